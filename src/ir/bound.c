/*
 * bound.c: definite assignment of locals, to drop CHECKBOUND ops that can
 * never fail (a local read on every path after a store).
 *
 * A forward "must" analysis over the CFG: a local is bound at a point if
 * every path from the entry binds it (ASSIGN, CATCH, an out-parameter, or
 * a CHECKBOUND that passed) without unbinding it (UNDEF) afterwards.
 * Parameters are bound at entry. Blocks entered by error edges (handlers)
 * start with nothing known, which is conservative: the checks there stay.
 */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

typedef uint64_t BWord;

static void
bound_transfer_op(const IrOp *op, BWord *s, const IrFunc *f)
{
#define BSET(r) s[(r) >> 6] |= (BWord)1 << ((r)&63)
#define BCLR(r) s[(r) >> 6] &= ~((BWord)1 << ((r)&63))
    switch (op->kind) {
    case IR_ASSIGN:
        if (op->imm)
            BCLR(op->dest);
        else if (f->regs.items[op->dest].local)
            BSET(op->dest);
        break;
    case IR_UNDEF:
        BCLR(op->dest);
        break;
    case IR_CHECKBOUND:
    case IR_CATCH:
        BSET(op->args[0]);
        break;
    case IR_CALLC:
        for (int k = 0; k < op->nargs; k++)
            if ((op->addr & (1u << k)) && op->args[k] >= 0)
                BSET(op->args[k]);
        break;
    default:
        break;
    }
#undef BSET
#undef BCLR
}

void
ir_drop_bound_checks(IrFunc *f)
{
    int nb = f->blocks.len, nw = (f->regs.len + 63) / 64 + 1;
    if (nb == 0)
        return;
    BWord *in = xmalloc(sizeof(BWord) * (size_t)nb * (size_t)nw);
    BWord *out = xmalloc(sizeof(BWord) * (size_t)nb * (size_t)nw);
    /* Predecessor lists (CSR): scanning every block for the edges into
     * each one made the pass cubic in a function with hundreds of
     * comprehensions. */
    int *npred = xcalloc((size_t)nb + 1, sizeof(int));
    for (int i = 0; i < nb; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_GOTO || b->term == TERM_BRANCH ||
            b->term == TERM_FORITER) {
            npred[b->t0 + 1]++;
            if (b->term != TERM_GOTO && b->t1 != b->t0)
                npred[b->t1 + 1]++;
        }
    }
    for (int i = 0; i < nb; i++)
        npred[i + 1] += npred[i];
    int *preds = xmalloc(sizeof(int) * ((size_t)npred[nb] + 1));
    int *fill = xmalloc(sizeof(int) * ((size_t)nb + 1));
    memcpy(fill, npred, sizeof(int) * (size_t)nb);
    for (int i = 0; i < nb; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_GOTO || b->term == TERM_BRANCH ||
            b->term == TERM_FORITER) {
            preds[fill[b->t0]++] = i;
            if (b->term != TERM_GOTO && b->t1 != b->t0)
                preds[fill[b->t1]++] = i;
        }
    }
    free(fill);
    /* top everywhere (must-analysis), bottom at entry and handlers */
    memset(in, 0xff, sizeof(BWord) * (size_t)nb * (size_t)nw);
    memset(out, 0xff, sizeof(BWord) * (size_t)nb * (size_t)nw);
    BWord *tmp = xmalloc(sizeof(BWord) * (size_t)nw);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < nb; i++) {
            const IrBlock *b = f->blocks.items[i];
            BWord *bi = in + (size_t)i * (size_t)nw;
            if (i == 0 || b->is_handler || npred[i] == npred[i + 1]) {
                memset(tmp, 0, sizeof(BWord) * (size_t)nw);
                if (i == 0)
                    for (int p = 0; p < f->nparams; p++)
                        tmp[p >> 6] |= (BWord)1 << (p & 63);
            }
            else {
                memset(tmp, 0xff, sizeof(BWord) * (size_t)nw);
                for (int e = npred[i]; e < npred[i + 1]; e++) {
                    const BWord *po = out + (size_t)preds[e] * (size_t)nw;
                    for (int w = 0; w < nw; w++)
                        tmp[w] &= po[w];
                }
            }
            memcpy(bi, tmp, sizeof(BWord) * (size_t)nw);
            for (int k = 0; k < b->ops.len; k++)
                bound_transfer_op(&b->ops.items[k], tmp, f);
            BWord *bo = out + (size_t)i * (size_t)nw;
            if (memcmp(tmp, bo, sizeof(BWord) * (size_t)nw) != 0) {
                memcpy(bo, tmp, sizeof(BWord) * (size_t)nw);
                changed = true;
            }
        }
    }
    /* drop the checks of locals known to be bound */
    for (int i = 0; i < nb; i++) {
        IrBlock *b = f->blocks.items[i];
        memcpy(tmp, in + (size_t)i * (size_t)nw, sizeof(BWord) * (size_t)nw);
        int w = 0;
        for (int k = 0; k < b->ops.len; k++) {
            IrOp *op = &b->ops.items[k];
            bool drop = op->kind == IR_CHECKBOUND &&
                        ((tmp[op->args[0] >> 6] >> (op->args[0] & 63)) & 1);
            bound_transfer_op(op, tmp, f);
            if (!drop)
                b->ops.items[w++] = *op;
        }
        b->ops.len = w;
    }
    free(tmp);
    free(in);
    free(out);
    free(npred);
    free(preds);
}
