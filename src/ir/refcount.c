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

/* The first member of s (nwords words) that is >= from, or -1. */
static int
bs_next(const Word *s, int nwords, int from)
{
    int w = from >> 6;
    if (w >= nwords)
        return -1;
    Word cur = s[w] & (~(Word)0 << (from & 63));
    for (;;) {
        if (cur)
            return w * 64 + __builtin_ctzll(cur);
        if (++w >= nwords)
            return -1;
        cur = s[w];
    }
}

/* A set of registers with O(1) add/remove/test and iteration in O(size)
 * (Briggs and Torczon's sparse set): the per-op live sets of a block. */
typedef struct Live {
    int *dense, *pos;
    int n;
} Live;

static inline bool
lv_has(const Live *l, int r)
{
    return l->pos[r] < l->n && l->dense[l->pos[r]] == r;
}
static inline void
lv_add(Live *l, int r)
{
    if (!lv_has(l, r)) {
        l->pos[r] = l->n;
        l->dense[l->n++] = r;
    }
}
static inline void
lv_del(Live *l, int r)
{
    if (lv_has(l, r)) {
        int last = l->dense[--l->n];
        l->dense[l->pos[r]] = last;
        l->pos[last] = l->pos[r];
    }
}

static int
rc_int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
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

/* The liveness across blocks is computed only for the tracked temps that
 * can be live at a block boundary ("global" temps, numbered densely in
 * register order); a temp mentioned in one block only, and defined there
 * before any use, never is. A huge module body has tens of thousands of
 * temps but few global ones, so the per-block sets stay small. */
typedef struct Sets {
    int nwords;               /* words per set of global temps */
    int *gid;                 /* register -> global number, or -1 */
    int *greg;                /* global number -> register */
    Word *live_in, *live_out; /* per block, nwords each */
} Sets;

static void
rc_mention(const IrFunc *f, int r, bool def, int bi, int *blk, char *glob)
{
    if (!rc_tracked(f, r))
        return;
    if (blk[r] == -1) {
        blk[r] = bi;
        if (!def)
            glob[r] = 1; /* used before defined: live into the block */
    }
    else if (blk[r] != bi)
        glob[r] = 1;
}

static void
rc_number_globals(const IrFunc *f, Sets *S)
{
    int nr = f->regs.len;
    int *blk = xmalloc(sizeof(int) * (size_t)(nr + 1));
    char *glob = xcalloc((size_t)nr + 1, 1);
    for (int r = 0; r < nr; r++)
        blk[r] = -1;
    for (int bi = 0; bi < f->blocks.len; bi++) {
        const IrBlock *b = f->blocks.items[bi];
        for (int i = 0; i < b->ops.len; i++) {
            const IrOp *op = &b->ops.items[i];
            for (int j = 0; j < op->nargs; j++)
                if (!rc_arg_is_def(op, j))
                    rc_mention(f, op->args[j], false, bi, blk, glob);
            for (int j = 0; j < op->nargs; j++)
                if (rc_arg_is_def(op, j))
                    rc_mention(f, op->args[j], true, bi, blk, glob);
            rc_mention(f, op->dest, true, bi, blk, glob);
        }
        if (b->term == TERM_RETURN || b->term == TERM_FORITER ||
            b->term == TERM_BRANCH)
            rc_mention(f, b->cond, false, bi, blk, glob);
        /* The FORITER result is defined on the edge into t0. */
        if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
            glob[b->dest] = 1;
    }
    S->gid = xmalloc(sizeof(int) * (size_t)(nr + 1));
    S->greg = xmalloc(sizeof(int) * (size_t)(nr + 1));
    int ng = 0;
    for (int r = 0; r < nr; r++) {
        S->gid[r] = glob[r] ? ng : -1;
        if (glob[r])
            S->greg[ng++] = r;
    }
    S->nwords = (ng + 63) / 64 + 1;
    free(blk);
    free(glob);
}

/* live := (live - defs) + uses, on global numbers */
static void
rc_op_transfer_g(const Sets *S, const IrOp *op, Word *live)
{
    if (op->dest >= 0 && S->gid[op->dest] >= 0)
        bs_del(live, S->gid[op->dest]);
    for (int j = 0; j < op->nargs; j++)
        if (rc_arg_is_def(op, j) && op->args[j] >= 0 &&
            S->gid[op->args[j]] >= 0)
            bs_del(live, S->gid[op->args[j]]);
    for (int j = 0; j < op->nargs; j++)
        if (!rc_arg_is_def(op, j) && op->args[j] >= 0 &&
            S->gid[op->args[j]] >= 0)
            bs_add(live, S->gid[op->args[j]]);
}

/* The same on a sparse set of registers. */
static void
rc_op_transfer(const IrFunc *f, const IrOp *op, Live *live)
{
    if (rc_tracked(f, op->dest))
        lv_del(live, op->dest);
    for (int j = 0; j < op->nargs; j++)
        if (rc_arg_is_def(op, j) && rc_tracked(f, op->args[j]))
            lv_del(live, op->args[j]);
    for (int j = 0; j < op->nargs; j++)
        if (!rc_arg_is_def(op, j) && rc_tracked(f, op->args[j]))
            lv_add(live, op->args[j]);
}

static bool
rc_term_has_cond(const IrBlock *b)
{
    return b->term == TERM_RETURN || b->term == TERM_FORITER ||
           b->term == TERM_BRANCH;
}

static void
rc_block_live_in(const IrFunc *f,
                 const Sets *S,
                 const IrBlock *b,
                 const Word *out,
                 Word *in)
{
    memcpy(in, out, sizeof(Word) * (size_t)S->nwords);
    if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
        bs_del(in, S->gid[b->dest]);
    if (rc_term_has_cond(b) && rc_tracked(f, b->cond) && S->gid[b->cond] >= 0)
        bs_add(in, S->gid[b->cond]);
    for (int i = b->ops.len - 1; i >= 0; i--)
        rc_op_transfer_g(S, &b->ops.items[i], in);
}

static int
rc_succs(const IrBlock *b, int succ[2])
{
    succ[0] = succ[1] = -1;
    if (b->term == TERM_GOTO)
        succ[0] = b->t0;
    else if (b->term == TERM_BRANCH || b->term == TERM_FORITER) {
        succ[0] = b->t0;
        succ[1] = b->t1;
    }
    return 2;
}

static void
rc_liveness(const IrFunc *f, Sets *S)
{
    int nb = f->blocks.len;
    rc_number_globals(f, S);
    int nw = S->nwords;
    S->live_in = xcalloc((size_t)nb * (size_t)nw, sizeof(Word));
    S->live_out = xcalloc((size_t)nb * (size_t)nw, sizeof(Word));
    Word *tmp = xcalloc((size_t)nw, sizeof(Word));
    bool changed = true;
    while (changed) {
        changed = false;
        for (int bi = nb - 1; bi >= 0; bi--) {
            const IrBlock *b = f->blocks.items[bi];
            Word *out = S->live_out + (size_t)bi * (size_t)nw;
            Word *in = S->live_in + (size_t)bi * (size_t)nw;
            memset(tmp, 0, sizeof(Word) * (size_t)nw);
            int succ[2];
            rc_succs(b, succ);
            for (int e = 0; e < 2; e++)
                if (succ[e] >= 0) {
                    Word *sin = S->live_in + (size_t)succ[e] * (size_t)nw;
                    for (int w = 0; w < nw; w++)
                        tmp[w] |= sin[w];
                }
            /* The FORITER result exists only on the t0 edge. */
            if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
                bs_add(tmp, S->gid[b->dest]);
            if (memcmp(tmp, out, sizeof(Word) * (size_t)nw) != 0) {
                memcpy(out, tmp, sizeof(Word) * (size_t)nw);
                changed = true;
            }
            rc_block_live_in(f, S, b, out, tmp);
            if (memcmp(tmp, in, sizeof(Word) * (size_t)nw) != 0) {
                memcpy(in, tmp, sizeof(Word) * (size_t)nw);
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

/* The sorted members of a sparse set, except skip (-1: none), as a heap
 * array (NULL when empty). */
static int *
rc_sorted(const Live *l, int skip, int *n)
{
    *n = 0;
    if (l->n == 0)
        return NULL;
    int *a = xmalloc(sizeof(int) * (size_t)l->n);
    for (int i = 0; i < l->n; i++)
        if (l->dense[i] != skip)
            a[(*n)++] = l->dense[i];
    qsort(a, (size_t)*n, sizeof(int), rc_int_cmp);
    return a;
}

/* What the forward rewrite needs to know about op i, found by the
 * backward scan: which arguments and which result are live after it. */
typedef struct OpFacts {
    char *arg_live; /* [j]: args[j] live after the op (NULL: no args) */
    bool dest_live;
    int *live_before; /* sorted tracked temps live before (error edge) */
    int nlive_before;
} OpFacts;

void
ir_refcount(IrModule *m, IrFunc *f)
{
    (void)m;
    Sets S;
    rc_liveness(f, &S);
    int nw = S.nwords;
    int nr = f->regs.len;
    Live live = { xmalloc(sizeof(int) * (size_t)(nr + 1)),
                  xcalloc((size_t)nr + 1, sizeof(int)),
                  0 };
    for (int bi = 0; bi < f->blocks.len; bi++) {
        IrBlock *b = f->blocks.items[bi];
        int n = b->ops.len;
        OpFacts *facts = xcalloc((size_t)n + 1, sizeof *facts);
        const Word *bout = S.live_out + (size_t)bi * (size_t)nw;
        live.n = 0;
        for (int g = bs_next(bout, nw, 0); g >= 0;
             g = bs_next(bout, nw, g + 1))
            lv_add(&live, S.greg[g]);
        if (b->term == TERM_FORITER && rc_tracked(f, b->dest))
            lv_del(&live, b->dest);
        if (rc_term_has_cond(b) && rc_tracked(f, b->cond))
            lv_add(&live, b->cond);
        /* what the terminator may need freed if it fails (FORITER) */
        if (b->term == TERM_FORITER) {
            int k;
            int *a = rc_sorted(&live, b->cond, &k);
            for (int i = 0; i < k; i++)
                vec_push(&b->term_err_decrefs, a[i]);
            free(a);
        }
        for (int i = n - 1; i >= 0; i--) {
            const IrOp *op = &b->ops.items[i];
            OpFacts *fa = &facts[i];
            if (op->nargs)
                fa->arg_live = xcalloc((size_t)op->nargs, 1);
            for (int j = 0; j < op->nargs; j++)
                fa->arg_live[j] =
                  rc_tracked(f, op->args[j]) && lv_has(&live, op->args[j]);
            fa->dest_live = rc_tracked(f, op->dest) && lv_has(&live, op->dest);
            rc_op_transfer(f, op, &live);
            if (op->err != ERR_NEVER)
                fa->live_before = rc_sorted(&live, -1, &fa->nlive_before);
        }
        /* walk forward rebuilding ops */
        Vec(IrOp) out = { 0 };
        for (int i = 0; i < n; i++) {
            IrOp op = b->ops.items[i];
            OpFacts *fa = &facts[i];
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
                if (!rc_tracked(f, r) || fa->arg_live[j] || again) {
                    vec_push(&out, rc_make(IR_INCREF, r, op.line));
                    pre_increfed |= 1u << j;
                }
            }
            if (op.err != ERR_NEVER) {
                Vec(int) ed = { 0 };
                for (int k = 0; k < fa->nlive_before; k++) {
                    int r = fa->live_before[k];
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
                free(fa->live_before);
            }
            vec_push(&out, op);
            /* after: free dying borrowed-by-op args and unused results */
            for (int j = 0; j < op.nargs; j++) {
                int r = op.args[j];
                if (!rc_tracked(f, r) || rc_arg_is_def(&op, j) ||
                    (op.steals & (1u << j)) || fa->arg_live[j])
                    continue;
                bool seen = false;
                for (int k = 0; k < j; k++)
                    seen |= op.args[k] == r;
                if (!seen)
                    vec_push(&out, rc_make(IR_DECREF, r, op.line));
            }
            if (rc_tracked(f, op.dest) && !fa->dest_live)
                vec_push(&out, rc_make(IR_DECREF, op.dest, op.line));
            for (int j = 0; j < op.nargs; j++)
                if (rc_arg_is_def(&op, j) && rc_tracked(f, op.args[j]) &&
                    !fa->arg_live[j])
                    vec_push(&out, rc_make(IR_DECREF, op.args[j], op.line));
            free(fa->arg_live);
        }
        free(facts);
        /* the returned value is handed over: locals/borrowed need a ref */
        if (b->term == TERM_RETURN && rc_needs_ref(f, b->cond) &&
            !rc_tracked(f, b->cond))
            vec_push(&out, rc_make(IR_INCREF, b->cond, b->line));
        free(b->ops.items);
        b->ops.items = out.items;
        b->ops.len = out.len;
        b->ops.cap = out.cap;
        /* edges: global temps live out of b but not into the successor */
        int succ[2];
        rc_succs(b, succ);
        for (int e = 0; e < 2; e++) {
            if (succ[e] < 0)
                continue;
            const Word *sin = S.live_in + (size_t)succ[e] * (size_t)nw;
            for (int g = bs_next(bout, nw, 0); g >= 0;
                 g = bs_next(bout, nw, g + 1)) {
                int r = S.greg[g];
                if (bs_has(sin, g))
                    continue;
                if (b->term == TERM_FORITER && r == b->dest)
                    continue;
                vec_push(&b->edge_decrefs[e], r);
            }
            /* a branch condition that is a tracked temp dies here too */
            if (b->term == TERM_BRANCH && rc_tracked(f, b->cond) &&
                (S.gid[b->cond] < 0 || !bs_has(sin, S.gid[b->cond])))
                vec_push(&b->edge_decrefs[e], b->cond);
        }
    }
    free(live.dense);
    free(live.pos);
    free(S.gid);
    free(S.greg);
    free(S.live_in);
    free(S.live_out);
}
