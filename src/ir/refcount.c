/*
 * refcount.c: inserts reference counting into a built function (mypyc's
 * model, notes §1 "Reference counting").
 *
 * Tracked values are temps of a refcounted rep that own a reference (not
 * locals, not borrowed constants). A backward liveness analysis over the
 * CFG gives, for every op, the tracked temps live before and after it:
 *  - an argument the op only reads dies after its last use: DECREF there;
 *  - an argument the op consumes ("steals") but that is still needed later,
 *    or that is a local or borrowed value, gets an INCREF first;
 *  - a result nobody uses is freed at once;
 *  - on an op's error edge every tracked temp live before it is freed
 *    (op->err_decrefs);
 *  - on a CFG edge, temps live at the end of the block but not at the start
 *    of the successor are freed (block->edge_decrefs).
 * Locals are not tracked: the emitter keeps them in frame-like slots that
 * are released when rebound, deleted or at function exit.
 */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

typedef uint64_t Word;

typedef struct Sets {
    int nwords;
    Word *live_in, *live_out; /* per block, nwords each */
} Sets;

static bool
rc_tracked(const IrFunc *f, int r)
{
    if (r < 0)
        return false;
    const IrReg *g = &f->regs.items[r];
    return !g->local && !g->borrowed && ir_rep_refcounted(g->rep);
}

static inline bool
bs_has(const Word *s, int i)
{
    return (s[i >> 6] >> (i & 63)) & 1;
}
static inline void
bs_add(Word *s, int i)
{
    s[i >> 6] |= (Word)1 << (i & 63);
}
static inline void
bs_del(Word *s, int i)
{
    s[i >> 6] &= ~((Word)1 << (i & 63));
}

/* Which args of op are defined (not used) by it. */
static bool
rc_arg_is_def(const IrOp *op, int j)
{
    if (op->kind == IR_UNPACK)
        return j > 0;
    if (op->kind == IR_CALLC && (op->addr & (1u << j)))
        return true;
    return false;
}

static void
rc_op_transfer(const IrFunc *f, const IrOp *op, Word *live)
{
    /* live := (live - defs) + uses */
    if (rc_tracked(f, op->dest))
        bs_del(live, op->dest);
    for (int j = 0; j < op->nargs; j++)
        if (rc_arg_is_def(op, j) && rc_tracked(f, op->args[j]))
            bs_del(live, op->args[j]);
    for (int j = 0; j < op->nargs; j++)
        if (!rc_arg_is_def(op, j) && rc_tracked(f, op->args[j]))
            bs_add(live, op->args[j]);
}

static void
rc_term_uses(const IrFunc *f, const IrBlock *b, Word *live)
{
    if ((b->term == TERM_RETURN || b->term == TERM_FORITER ||
         b->term == TERM_BRANCH) &&
        rc_tracked(f, b->cond))
        bs_add(live, b->cond);
}

static void
rc_block_live_in(const IrFunc *f,
                 const IrBlock *b,
                 const Word *out,
                 Word *in,
                 int nwords)
{
    memcpy(in, out, sizeof(Word) * (size_t)nwords);
    if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
        bs_del(in, b->dest);
    rc_term_uses(f, b, in);
    for (int i = b->ops.len - 1; i >= 0; i--)
        rc_op_transfer(f, &b->ops.items[i], in);
}

static void
rc_liveness(const IrFunc *f, Sets *S)
{
    int nb = f->blocks.len;
    S->nwords = (f->regs.len + 63) / 64 + 1;
    S->live_in = xcalloc((size_t)nb * (size_t)S->nwords, sizeof(Word));
    S->live_out = xcalloc((size_t)nb * (size_t)S->nwords, sizeof(Word));
    Word *tmp = xcalloc((size_t)S->nwords, sizeof(Word));
    bool changed = true;
    while (changed) {
        changed = false;
        for (int bi = nb - 1; bi >= 0; bi--) {
            const IrBlock *b = f->blocks.items[bi];
            Word *out = S->live_out + (size_t)bi * (size_t)S->nwords;
            Word *in = S->live_in + (size_t)bi * (size_t)S->nwords;
            memset(tmp, 0, sizeof(Word) * (size_t)S->nwords);
            int succ[2] = { -1, -1 };
            if (b->term == TERM_GOTO)
                succ[0] = b->t0;
            else if (b->term == TERM_BRANCH || b->term == TERM_FORITER) {
                succ[0] = b->t0;
                succ[1] = b->t1;
            }
            for (int e = 0; e < 2; e++)
                if (succ[e] >= 0) {
                    Word *sin =
                      S->live_in + (size_t)succ[e] * (size_t)S->nwords;
                    for (int w = 0; w < S->nwords; w++)
                        tmp[w] |= sin[w];
                }
            /* The FORITER result exists only on the t0 edge. */
            if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
                bs_add(tmp, b->dest);
            if (memcmp(tmp, out, sizeof(Word) * (size_t)S->nwords) != 0) {
                memcpy(out, tmp, sizeof(Word) * (size_t)S->nwords);
                changed = true;
            }
            rc_block_live_in(f, b, out, tmp, S->nwords);
            if (memcmp(tmp, in, sizeof(Word) * (size_t)S->nwords) != 0) {
                memcpy(in, tmp, sizeof(Word) * (size_t)S->nwords);
                changed = true;
            }
        }
    }
    free(tmp);
}

static IrOp
rc_make(IrOpKind k, int reg, int line)
{
    IrOp op;
    memset(&op, 0, sizeof op);
    op.kind = k;
    op.dest = -1;
    op.konst = -1;
    op.nargs = 1;
    op.args = xmalloc(sizeof(int));
    op.args[0] = reg;
    op.line = line;
    return op;
}

static bool
rc_needs_ref(const IrFunc *f, int r)
{
    if (r < 0)
        return false;
    const IrReg *g = &f->regs.items[r];
    return ir_rep_refcounted(g->rep);
}

void
ir_refcount(IrModule *m, IrFunc *f)
{
    (void)m;
    Sets S;
    rc_liveness(f, &S);
    int nw = S.nwords;
    Word *live = xcalloc((size_t)nw, sizeof(Word));
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IrBlock *b = f->blocks.items[bi];
        int n = b->ops.len;
        /* live_after[i] for each op, by a backward scan */
        Word *after = xcalloc((size_t)(n + 1) * (size_t)nw, sizeof(Word));
        memcpy(live,
               S.live_out + (size_t)bi * (size_t)nw,
               sizeof(Word) * (size_t)nw);
        if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
            bs_del(live, b->dest);
        rc_term_uses(f, b, live);
        /* what the terminator may need freed if it fails (FORITER) */
        if (b->term == TERM_FORITER)
            for (int r = 0; r < f->regs.len; r++)
                if (bs_has(live, r) && rc_tracked(f, r) && r != b->cond)
                    vec_push(&b->term_err_decrefs, r);
        for (int i = n - 1; i >= 0; i--) {
            memcpy(
              after + (size_t)i * (size_t)nw, live, sizeof(Word) * (size_t)nw);
            rc_op_transfer(f, &b->ops.items[i], live);
        }
        /* live now holds live_before[0]; walk forward rebuilding ops */
        Vec(IrOp) out = { 0 };
        for (int i = 0; i < n; i++) {
            IrOp op = b->ops.items[i];
            Word *la = after + (size_t)i * (size_t)nw;
            /* before: live_before(i) */
            Word *lb = xcalloc((size_t)nw, sizeof(Word));
            memcpy(lb, la, sizeof(Word) * (size_t)nw);
            rc_op_transfer(f, &op, lb);
            unsigned pre_increfed = 0;
            for (int j = 0; j < op.nargs; j++) {
                if (!(op.steals & (1u << j)) || rc_arg_is_def(&op, j))
                    continue;
                int r = op.args[j];
                if (!rc_needs_ref(f, r))
                    continue;
                bool again = false;
                for (int k = j + 1; k < op.nargs; k++)
                    again |= op.args[k] == r;
                if (!rc_tracked(f, r) || bs_has(la, r) || again) {
                    vec_push(&out, rc_make(IR_INCREF, r, op.line));
                    pre_increfed |= 1u << j;
                }
            }
            if (op.err != ERR_NEVER) {
                Vec(int) ed = { 0 };
                for (int r = 0; r < f->regs.len; r++) {
                    if (!bs_has(lb, r) || !rc_tracked(f, r))
                        continue;
                    bool stolen = false;
                    for (int j = 0; j < op.nargs; j++)
                        if (op.args[j] == r && (op.steals & (1u << j)) &&
                            !(pre_increfed & (1u << j)))
                            stolen = true;
                    if (!stolen)
                        vec_push(&ed, r);
                }
                op.err_decrefs = ed.items;
                op.nerr_decrefs = ed.len;
            }
            vec_push(&out, op);
            /* after: free dying borrowed-by-op args and unused results */
            for (int j = 0; j < op.nargs; j++) {
                int r = op.args[j];
                if (!rc_tracked(f, r) || rc_arg_is_def(&op, j) ||
                    (op.steals & (1u << j)) || bs_has(la, r))
                    continue;
                bool seen = false;
                for (int k = 0; k < j; k++)
                    seen |= op.args[k] == r;
                if (!seen)
                    vec_push(&out, rc_make(IR_DECREF, r, op.line));
            }
            if (rc_tracked(f, op.dest) && !bs_has(la, op.dest))
                vec_push(&out, rc_make(IR_DECREF, op.dest, op.line));
            for (int j = 0; j < op.nargs; j++)
                if (rc_arg_is_def(&op, j) && rc_tracked(f, op.args[j]) &&
                    !bs_has(la, op.args[j]))
                    vec_push(&out, rc_make(IR_DECREF, op.args[j], op.line));
            free(lb);
        }
        /* the returned value is handed over: locals/borrowed need a ref */
        if (b->term == TERM_RETURN && rc_needs_ref(f, b->cond) &&
            !rc_tracked(f, b->cond))
            vec_push(&out, rc_make(IR_INCREF, b->cond, b->line));
        free(b->ops.items);
        b->ops.items = out.items;
        b->ops.len = out.len;
        b->ops.cap = out.cap;
        /* edges */
        const Word *bout = S.live_out + (size_t)bi * (size_t)nw;
        int succ[2] = { -1, -1 };
        if (b->term == TERM_GOTO)
            succ[0] = b->t0;
        else if (b->term == TERM_BRANCH || b->term == TERM_FORITER) {
            succ[0] = b->t0;
            succ[1] = b->t1;
        }
        for (int e = 0; e < 2; e++) {
            if (succ[e] < 0)
                continue;
            const Word *sin = S.live_in + (size_t)succ[e] * (size_t)nw;
            for (int r = 0; r < f->regs.len; r++) {
                if (!rc_tracked(f, r) || !bs_has(bout, r) || bs_has(sin, r))
                    continue;
                if (b->term == TERM_FORITER && r == b->dest)
                    continue;
                vec_push(&b->edge_decrefs[e], r);
            }
            /* a branch condition that is a tracked temp dies here too */
            if (b->term == TERM_BRANCH && rc_tracked(f, b->cond) &&
                !bs_has(sin, b->cond))
                vec_push(&b->edge_decrefs[e], b->cond);
        }
        free(after);
    }
    free(live);
    free(S.live_in);
    free(S.live_out);
}
