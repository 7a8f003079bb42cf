/*
 * irbuild_stmt.c: statements, stores, comprehensions, function objects and
 * the per-module driver of the IR builder (see irbuild.h).
 *
 * Exception handling follows CPython's protocol: a handler block first
 * CATCHes the raised exception (making it the handled one, saving the
 * previous), matches except clauses, and on every way out restores the
 * previously handled exception. Finally bodies and with-exits are emitted
 * inline on each path out of their block.
 */
#include "irbuild.h"

#include <stdlib.h>
#include <string.h>

int bx_make_function(Builder *B, Node *def);

static IrOp *
bx_op(Builder *B, IrOpKind k, int dest)
{
    if (B->cur->term != TERM_NONE)
        B->cur = bx_new_block(B);
    return ir_emit(B->f, B->cur, k, dest, B->line);
}

/* Makes h the error handler of the ops built from here on. Handlers are
 * per block, so when the open block already has another handler the
 * build continues in a fresh block (an op emitted into the old block would
 * jump to the wrong handler). */
static void
bx_set_handler(Builder *B, int h)
{
    B->handler = h;
    if (B->cur && B->cur->handler != h && B->cur->term == TERM_NONE) {
        IrBlock *nb = bx_new_block(B);
        bx_goto(B, nb);
        bx_set(B, nb);
    }
}

static void
bx_assign_local(Builder *B, int local, int value)
{
    IrRep from = B->f->regs.items[value].rep;
    int box = B->f->regs.items[local].box - 1;
    int v = bx_coerce(B, value, B->f->regs.items[local].rep);
    IrOp *op = bx_op(B, IR_ASSIGN, local);
    ir_op_args(B->f, op, &v, 1);
    op->steals = 1;
    /* A number unboxed from an object keeps that object as its box, so
     * using the local as an object again (a dict key, an append) takes
     * the same object, as CPython does, instead of allocating one. */
    if (box < 0)
        return;
    if (from == REP_OBJ) {
        int t = bx_temp(B, REP_OBJ);
        ir_op_args(B->f, bx_op(B, IR_COPY, t), &value, 1);
        IrOp *as = bx_op(B, IR_ASSIGN, box);
        ir_op_args(B->f, as, &t, 1);
        as->steals = 1;
    }
    else
        bx_op(B, IR_UNDEF, box);
}

/* local = a promoted global's value, which is the unbound marker when
 * the global is unbound: reads after it keep their check (NameError). */
static void
bx_assign_promoted(Builder *B, int local, int value)
{
    bx_assign_local(B, local, value);
    B->cur->ops.items[B->cur->ops.len - 1].imm = true;
}

/* dest = src for hidden non-refcounted state (loop counters, flags). */
static void
bx_assign_raw(Builder *B, int dest, int src)
{
    IrOp *op = bx_op(B, IR_ASSIGN, dest);
    ir_op_args(B->f, op, &src, 1);
}

static void
bx_store_global(Builder *B, const char *name, int value)
{
    /* through the name's cache entry, which the store keeps current */
    int v = bx_coerce(B, value, REP_OBJ);
    IrOp *op = bx_callc(B, REP_VOID, "aotg_gstore", ERR_NEG, &v, 1);
    op->imm = true;
    op->ival = ir_global_slot(B->m, name);
}

static void
bx_store_name(Builder *B, const char *name, int value)
{
    bool local;
    int reg = bx_name_reg(B, name, &local);
    if (local)
        bx_assign_local(B, reg, value);
    else
        bx_store_global(B, name, value);
}

static void
bx_unpack(Builder *B, NodeList *elts, int value)
{
    int star = -1;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == AST_Starred)
            star = i;
    int n = elts->len;
    if (n > 63) {
        bx_error(B,
                 elts->items[0],
                 "unsupported: unpacking into more than "
                 "63 targets");
        return;
    }
    int regs[64];
    regs[0] = bx_coerce(B, value, REP_OBJ);
    for (int i = 0; i < n; i++)
        regs[i + 1] = bx_temp(B, REP_OBJ);
    IrOp *op = bx_op(B, IR_UNPACK, -1);
    ir_op_args(B->f, op, regs, n + 1);
    op->op = star;
    op->err = ERR_NEG;
    for (int i = 0; i < n; i++) {
        Node *t = elts->items[i];
        bx_store(
          B, t->kind == AST_Starred ? t->u.Starred.value : t, regs[i + 1]);
    }
}

void
bx_store(Builder *B, Node *target, int value)
{
    int saved = B->line;
    B->line = target->loc.line;
    switch (target->kind) {
    case AST_Name:
        bx_store_name(B, target->u.Name.id, value);
        break;
    case AST_Attribute: {
        int o = bx_expr_as(B, target->u.Attribute.value, REP_OBJ);
        B->line = target->loc.end_line; /* the attribute name's line */
        int a[3] = { o,
                     bx_const_str(B, target->u.Attribute.attr),
                     bx_coerce(B, value, REP_OBJ) };
        bx_callc(B, REP_VOID, "PyObject_SetAttr", ERR_NEG, a, 3);
        break;
    }
    case AST_Subscript: {
        int a2[4];
        int64_t opc;
        if (bx_sub2(B, target, a2, &opc)) {
            IrRep vr = B->f->regs.items[value].rep;
            if (vr == REP_TV)
                bx_sub2_op(B, REP_VOID, "AotObj_SetItem2_TV", a2, opc, value);
            else if (vr == REP_FV)
                bx_sub2_op(B, REP_VOID, "AotObj_SetItem2_FV", a2, opc, value);
            else
                bx_sub2_op(B,
                           REP_VOID,
                           "AotObj_SetItem2",
                           a2,
                           opc,
                           bx_coerce(B, value, REP_OBJ));
            break;
        }
        int o = bx_expr_as(B, target->u.Subscript.value, REP_OBJ);
        Node *s = target->u.Subscript.slice;
        int tv[3], mask;
        if (s->kind == AST_Slice && (mask = bx_slice_tv(B, s, tv)) >= 0) {
            int a[5] = {
                o, tv[0], tv[1], tv[2], bx_coerce(B, value, REP_OBJ)
            };
            IrOp *op =
              bx_callc(B, REP_VOID, "AotObj_SetSliceTV", ERR_NEG, a, 5);
            op->imm = true;
            op->ival = mask;
            break;
        }
        if (s->kind == AST_Slice) {
            int lo = s->u.Slice.lower
                       ? bx_expr_as(B, s->u.Slice.lower, REP_OBJ)
                       : REG_NULL;
            int hi = s->u.Slice.upper
                       ? bx_expr_as(B, s->u.Slice.upper, REP_OBJ)
                       : REG_NULL;
            int st = s->u.Slice.step ? bx_expr_as(B, s->u.Slice.step, REP_OBJ)
                                     : REG_NULL;
            int a[5] = { o, lo, hi, st, bx_coerce(B, value, REP_OBJ) };
            bx_callc(B, REP_VOID, "AotObj_SetSlice", ERR_NEG, a, 5);
            break;
        }
        int k = bx_index_value(B, s);
        if (B->f->regs.items[k].rep == REP_TV &&
            B->f->regs.items[value].rep == REP_FV) {
            int a[3] = { o, k, value };
            bx_callc(B, REP_VOID, "AotObj_SetItemTVFV", ERR_NEG, a, 3);
        }
        else if (B->f->regs.items[k].rep == REP_TV &&
                 B->f->regs.items[value].rep == REP_TV) {
            int a[3] = { o, k, value };
            bx_callc(B, REP_VOID, "AotObj_SetItemTVTV", ERR_NEG, a, 3);
        }
        else if (B->f->regs.items[k].rep == REP_TV) {
            int a[3] = { o, k, bx_coerce(B, value, REP_OBJ) };
            bx_callc(B, REP_VOID, "AotObj_SetItemTV", ERR_NEG, a, 3);
        }
        else {
            int a[3] = { o,
                         bx_coerce(B, k, REP_OBJ),
                         bx_coerce(B, value, REP_OBJ) };
            bx_callc(B, REP_VOID, "AotObj_SetItem", ERR_NEG, a, 3);
        }
        break;
    }
    case AST_Tuple:
        bx_unpack(B, &target->u.Tuple.elts, value);
        break;
    case AST_List:
        bx_unpack(B, &target->u.List.elts, value);
        break;
    default:
        bx_error(
          B, target, "cannot assign to %s", ast_kind_name(target->kind));
        break;
    }
    B->line = saved;
}

static void
bx_delete(Builder *B, Node *t)
{
    B->line = t->loc.line;
    switch (t->kind) {
    case AST_Name: {
        bool local;
        int reg = bx_name_reg(B, t->u.Name.id, &local);
        if (local) {
            IrOp *op = bx_op(B, IR_CHECKBOUND, -1);
            ir_op_args(B->f, op, &reg, 1);
            op->cname = t->u.Name.id;
            op->err = ERR_ALWAYS;
            bx_op(B, IR_UNDEF, reg);
            if (B->f->regs.items[reg].box > 0)
                bx_op(B, IR_UNDEF, B->f->regs.items[reg].box - 1);
        }
        else {
            int a[2] = { REG_GLOBALS, bx_const_str(B, t->u.Name.id) };
            bx_callc(B, REP_VOID, "AotGlobal_Delete", ERR_NEG, a, 2);
        }
        break;
    }
    case AST_Attribute: {
        int o = bx_expr_as(B, t->u.Attribute.value, REP_OBJ);
        int a[3] = { o, bx_const_str(B, t->u.Attribute.attr), REG_NULL };
        bx_callc(B, REP_VOID, "PyObject_SetAttr", ERR_NEG, a, 3);
        break;
    }
    case AST_Subscript: {
        int o = bx_expr_as(B, t->u.Subscript.value, REP_OBJ);
        Node *s = t->u.Subscript.slice;
        if (s->kind == AST_Slice) {
            int a[4] = {
                o,
                s->u.Slice.lower ? bx_expr_as(B, s->u.Slice.lower, REP_OBJ)
                                 : REG_NULL,
                s->u.Slice.upper ? bx_expr_as(B, s->u.Slice.upper, REP_OBJ)
                                 : REG_NULL,
                s->u.Slice.step ? bx_expr_as(B, s->u.Slice.step, REP_OBJ)
                                : REG_NULL
            };
            bx_callc(B, REP_VOID, "AotObj_DelSlice", ERR_NEG, a, 4);
        }
        else {
            int a[2] = { o, bx_coerce(B, bx_index_value(B, s), REP_OBJ) };
            bx_callc(B, REP_VOID, "AotObj_DelItem", ERR_NEG, a, 2);
        }
        break;
    }
    case AST_Tuple:
    case AST_List: {
        NodeList *l =
          t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        for (int i = 0; i < l->len; i++)
            bx_delete(B, l->items[i]);
        break;
    }
    default:
        bx_error(B, t, "cannot delete %s", ast_kind_name(t->kind));
        break;
    }
}

/* ---- loops ---- */

static void bx_promo_sync(Builder *B);

static void
bx_loop_check(Builder *B)
{
    if (B->promo_plan) {
        bx_promo_sync(B);
        return;
    }
    bx_callc(B, REP_VOID, "AotLoop_Check", ERR_NEG, NULL, 0);
}

static void
bx_push_loop(Builder *B, IrBlock *brk, IrBlock *cont)
{
    Unwind u;
    memset(&u, 0, sizeof u);
    u.kind = UW_LOOP;
    u.brk = brk->id;
    u.cont = cont->id;
    vec_push(&B->unwind, u);
}

static bool
bx_is_range_loop(Builder *B, Node *iter, Node *target)
{
    return target->kind == AST_Name && iter->kind == AST_Call &&
           iter->u.Call.func->kind == AST_Name &&
           iter->u.Call.func->u.Name.id == B->I->s_range &&
           iter->u.Call.keywords.len == 0 && iter->u.Call.args.len >= 1 &&
           iter->u.Call.args.len <= 3 &&
           !(iter->u.Call.args.items[0]->kind == AST_Starred) &&
           (iter->u.Call.args.len < 2 ||
            iter->u.Call.args.items[1]->kind != AST_Starred) &&
           (iter->u.Call.args.len < 3 ||
            iter->u.Call.args.items[2]->kind != AST_Starred) &&
           infer_is_builtin(B->I, B->scope, B->I->s_range);
}

/* Builds the loop header(s) for `for target in iter` and leaves B->cur at
 * the start of the body with the target assigned. *cont receives the block
 * that continues with the next item, *exhausted the block entered when the
 * iterable is used up. iter_scope is where the iterable is evaluated. */
/* The comprehension's own frame begins (see Builder.comp_pending): the
 * blocks from here on, and the loop's cont and exhausted blocks, get its
 * handler and traceback name. */
static void
bx_comp_enter(Builder *B, IrBlock *cont, IrBlock *exhausted)
{
    if (!B->comp_pending)
        return;
    B->comp_pending = false;
    B->tbname = B->comp_tbname;
    B->tbvars = B->comp_tbvars;
    B->handler = B->comp_handler;
    IrBlock *nb = bx_new_block(B);
    bx_goto(B, nb);
    bx_set(B, nb);
    cont->handler = exhausted->handler = B->comp_handler;
    cont->tbname = exhausted->tbname = B->comp_tbname;
    cont->tbvars = exhausted->tbvars = B->comp_tbvars;
}

/* The generic half of a guarded loop (a range or sequence loop whose
 * guard failed): iter() of iterable into the hidden local it, next() into
 * target, on to the body shared with the fast half; and the continue
 * block, which goes back to the header of whichever half runs (mode). */
static void
bx_loop_generic_half(Builder *B,
                     int iterable,
                     int it,
                     Node *target,
                     int stmt_line,
                     IrBlock *exhausted,
                     IrBlock *body,
                     IrBlock *cont,
                     int mode,
                     IrBlock *fhead)
{
    B->line = stmt_line;
    int iobj =
      bx_callc(B, REP_OBJ, "AotIter_Get", ERR_NULL, &iterable, 1)->dest;
    bx_assign_local(B, it, iobj);
    IrBlock *shead = bx_new_block(B);
    bx_goto(B, shead);
    bx_set(B, shead);
    IrBlock *snext = bx_new_block(B);
    int item = bx_temp(B, REP_OBJ);
    B->cur->term = TERM_FORITER;
    B->cur->cond = it;
    B->cur->dest = item;
    B->cur->t0 = snext->id;
    B->cur->t1 = exhausted->id;
    B->cur->line = stmt_line;
    bx_set(B, snext);
    bx_store(B, target, item);
    bx_goto(B, body);
    bx_set(B, cont);
    bx_loop_check(B);
    B->cur->term = TERM_BRANCH;
    B->cur->cond = mode;
    B->cur->t0 = fhead->id;
    B->cur->t1 = shead->id;
    bx_set(B, body);
}

/* What bx_seq_loop can run by index: 0 no; 1 `for T in X`;
 * 2 `for a, b in enumerate(X[, start])`; 3 `for a, b[, c] in zip(X, Y[, Z])`
 * (targets without a star, as many as zip has arguments). */
static int
bx_seq_loop_kind(Builder *B, Node *iter, Node *target)
{
    switch (iter->kind) {
    case AST_Constant:
    case AST_Dict:
    case AST_DictComp:
    case AST_Set:
    case AST_SetComp:
    case AST_JoinedStr:
        return 0; /* never a list or tuple */
    default:
        break;
    }
    int kind = infer_enum_zip_loop(B->I, B->scope, iter, target);
    return kind ? kind : 1;
}

/* `for T in X` when X is, at run time, an exact list or tuple: an index
 * walks it (a list's length is read again at every step, as its iterator
 * does), with no iterator object; enumerate(X) and zip(X, Y) of such
 * sequences, while the names hold the builtins, also make no tuple per
 * step and no int object for the count. Anything else goes through
 * iter()/next() as CPython does. Lists and tuples run no code when read,
 * so fetching the items by index is not observable. */
static void
bx_seq_loop(Builder *B,
            int kind,
            Node *target,
            Node *iter,
            const Scope *body_scope,
            int stmt_line,
            IrBlock *cont,
            IrBlock *exhausted,
            int *hidden,
            int *nhidden)
{
    NodeList *args = kind == 1 ? NULL : &iter->u.Call.args;
    int nseq = kind == 3 ? args->len : 1;
    int obj[3], start = -1;
    if (kind == 1)
        obj[0] = bx_expr_as(B, iter, REP_OBJ);
    else {
        for (int k = 0; k < nseq; k++)
            obj[k] = bx_expr_as(B, args->items[k], REP_OBJ);
        if (kind == 2 && args->len == 2)
            start = bx_expr_as(B, args->items[1], REP_TV);
        else if (kind == 2) {
            start = bx_temp(B, REP_TV);
            B->f->regs.items[start].borrowed = true;
            bx_op(B, IR_CONST, start)->ival = 0;
        }
    }
    B->scope = body_scope;
    int mode = bx_hidden(B, REP_BOOL, "$fast");
    int cur = bx_hidden(B, REP_I64, "$i");
    int seq[3];
    for (int k = 0; k < nseq; k++)
        seq[k] = bx_hidden(B, REP_OBJ, "$seq");
    int base = kind == 2 ? bx_hidden(B, REP_I64, "$start") : -1;
    int it = bx_hidden(B, REP_OBJ, "$it");
    for (int k = 0; k < nseq; k++)
        hidden[(*nhidden)++] = seq[k];
    hidden[(*nhidden)++] = it;
    IrBlock *fast = bx_new_block(B), *slow = bx_new_block(B);
    IrOp *ok;
    if (kind == 1)
        ok = bx_callc(B, REP_BOOL, "aotg_seq_ok", ERR_NEVER, obj, 1);
    else {
        int a[4] = { obj[0], kind == 2 ? start : obj[1] };
        if (kind == 3 && nseq == 3)
            a[2] = obj[2];
        ok = bx_callc(B,
                      REP_BOOL,
                      kind == 2   ? "aotg_enum_ok"
                      : nseq == 2 ? "aotg_zip2_ok"
                                  : "aotg_zip3_ok",
                      ERR_NEVER,
                      a,
                      kind == 3 ? nseq : 2);
        ok->imm = true;
        ok->ival = ir_global_slot(B->m, iter->u.Call.func->u.Name.id);
    }
    B->cur->term = TERM_BRANCH;
    B->cur->cond = ok->dest;
    B->cur->t0 = fast->id;
    B->cur->t1 = slow->id;
    /* fast: indexes */
    bx_set(B, fast);
    for (int k = 0; k < nseq; k++)
        bx_assign_local(B, seq[k], obj[k]);
    int zero = bx_temp(B, REP_I64);
    bx_op(B, IR_CONST, zero)->ival = 0;
    bx_assign_raw(B, cur, zero);
    if (kind == 2) {
        IrOp *o =
          bx_callc(B, REP_I64, "AotTV_ShortValue", ERR_NEVER, &start, 1);
        bx_assign_raw(B, base, o->dest);
    }
    int one = bx_temp(B, REP_BOOL);
    bx_op(B, IR_CONST, one)->ival = 1;
    bx_assign_raw(B, mode, one);
    bx_comp_enter(B, cont, exhausted);
    IrBlock *fhead = bx_new_block(B);
    bx_goto(B, fhead);
    bx_set(B, fhead);
    int ma[4] = {
        seq[0], nseq > 1 ? seq[1] : cur, nseq > 2 ? seq[2] : cur, cur
    };
    IrOp *more = bx_callc(B,
                          REP_BOOL,
                          nseq == 1   ? "aotg_seq_more"
                          : nseq == 2 ? "aotg_seq_more2"
                                      : "aotg_seq_more3",
                          ERR_NEVER,
                          ma,
                          nseq + 1);
    IrBlock *fnext = bx_new_block(B);
    B->cur->term = TERM_BRANCH;
    B->cur->cond = more->dest;
    B->cur->t0 = fnext->id;
    B->cur->t1 = exhausted->id;
    bx_set(B, fnext);
    B->line = stmt_line;
    int item[3];
    for (int k = 0; k < nseq; k++) {
        int ia[2] = { seq[k], cur };
        item[k] =
          bx_callc(B, REP_OBJ, "aotg_seq_item", ERR_NEVER, ia, 2)->dest;
    }
    int idx = -1;
    if (kind == 2) {
        int sa[2] = { base, cur };
        int n = bx_callc(B, REP_I64, "aotg_i64_add", ERR_NEVER, sa, 2)->dest;
        idx = bx_callc(B, REP_TV, "AotTV_FromI64", ERR_NULL, &n, 1)->dest;
    }
    int one64 = bx_temp(B, REP_I64);
    bx_op(B, IR_CONST, one64)->ival = 1;
    int na[2] = { cur, one64 };
    IrOp *inc = bx_callc(B, REP_I64, "aotg_i64_add", ERR_NEVER, na, 2);
    bx_assign_raw(B, cur, inc->dest);
    if (kind == 1)
        bx_store(B, target, item[0]);
    else {
        NodeList *elts = target->kind == AST_Tuple ? &target->u.Tuple.elts
                                                   : &target->u.List.elts;
        if (kind == 2) {
            bx_store(B, elts->items[0], idx);
            bx_store(B, elts->items[1], item[0]);
        }
        else
            for (int k = 0; k < nseq; k++)
                bx_store(B, elts->items[k], item[k]);
    }
    IrBlock *body = bx_new_block(B);
    bx_goto(B, body);
    /* slow: iter() and next(), the call made if enumerate/zip */
    bx_set(B, slow);
    int zf = bx_temp(B, REP_BOOL);
    bx_op(B, IR_CONST, zf)->ival = 0;
    bx_assign_raw(B, mode, zf);
    int iterable = obj[0];
    if (kind != 1) {
        int fn = bx_global_load(B, iter->u.Call.func->u.Name.id);
        int cargs[4] = { fn, obj[0] };
        int nargs = 2;
        if (kind == 2 && args->len == 2)
            cargs[nargs++] = bx_coerce(B, start, REP_OBJ);
        for (int k = 1; kind == 3 && k < nseq; k++)
            cargs[nargs++] = obj[k];
        iterable = bx_temp(B, REP_OBJ);
        IrOp *call = bx_op(B, IR_CALLPY, iterable);
        ir_op_args(B->f, call, cargs, nargs);
        call->err = ERR_NULL;
    }
    bx_loop_generic_half(
      B, iterable, it, target, stmt_line, exhausted, body, cont, mode, fhead);
}

static void
bx_for_header(Builder *B,
              Node *target,
              Node *iter,
              const Scope *iter_scope,
              int stmt_line,
              IrBlock **cont_out,
              IrBlock **exhausted_out,
              int hidden[4],
              int *nhidden)
{
    *nhidden = 0;
    const Scope *body_scope = B->scope;
    IrBlock *exhausted = bx_new_block(B);
    IrBlock *cont = bx_new_block(B);
    B->scope = iter_scope;
    B->line = iter->loc.line;
    if (bx_is_range_loop(B, iter, target)) {
        NodeList *args = &iter->u.Call.args;
        int v[3] = { -1, -1, -1 };
        for (int i = 0; i < args->len; i++)
            v[i] = bx_expr_as(B, args->items[i], REP_TV);
        B->scope = body_scope;
        int start, stop, step;
        if (args->len == 1) {
            start = bx_temp(B, REP_TV);
            B->f->regs.items[start].borrowed = true;
            IrOp *z = bx_op(B, IR_CONST, start);
            z->ival = 0;
            stop = v[0];
        }
        else {
            start = v[0];
            stop = v[1];
        }
        if (args->len == 3)
            step = v[2];
        else {
            step = bx_temp(B, REP_TV);
            B->f->regs.items[step].borrowed = true;
            IrOp *o = bx_op(B, IR_CONST, step);
            o->ival = 1;
        }
        int mode = bx_hidden(B, REP_BOOL, "$fast");
        int cur = bx_hidden(B, REP_I64, "$i");
        int end = bx_hidden(B, REP_I64, "$end");
        int st = bx_hidden(B, REP_I64, "$step");
        int it = bx_hidden(B, REP_OBJ, "$it");
        hidden[(*nhidden)++] = it;
        IrBlock *fast = bx_new_block(B), *slow = bx_new_block(B);
        int a[3] = { start, stop, step };
        IrOp *ok = bx_callc(B, REP_BOOL, "aotg_range_ok", ERR_NEVER, a, 3);
        ok->imm = true;
        ok->ival = ir_global_slot(B->m, B->I->s_range);
        B->cur->term = TERM_BRANCH;
        B->cur->cond = ok->dest;
        B->cur->t0 = fast->id;
        B->cur->t1 = slow->id;
        B->cur->cold_t1 = true; /* range rebound or bounds not short */
        /* fast: C counters */
        bx_set(B, fast);
        IrOp *o =
          bx_callc(B, REP_I64, "AotTV_ShortValue", ERR_NEVER, &start, 1);
        bx_assign_raw(B, cur, o->dest);
        o = bx_callc(B, REP_I64, "AotTV_ShortValue", ERR_NEVER, &stop, 1);
        bx_assign_raw(B, end, o->dest);
        o = bx_callc(B, REP_I64, "AotTV_ShortValue", ERR_NEVER, &step, 1);
        bx_assign_raw(B, st, o->dest);
        int one = bx_temp(B, REP_BOOL);
        IrOp *c1 = bx_op(B, IR_CONST, one);
        c1->ival = 1;
        bx_assign_raw(B, mode, one);
        bx_comp_enter(B, cont, exhausted);
        IrBlock *fhead = bx_new_block(B);
        bx_goto(B, fhead);
        bx_set(B, fhead);
        int ca[3] = { cur, end, st };
        /* range(a) and range(a, b) count up by one: no test of the step's
         * sign on every iteration */
        IrOp *cond =
          args->len < 3
            ? bx_callc(B, REP_BOOL, "aotg_range_more_up", ERR_NEVER, ca, 2)
            : bx_callc(B, REP_BOOL, "aotg_range_more", ERR_NEVER, ca, 3);
        IrBlock *fnext = bx_new_block(B);
        B->cur->term = TERM_BRANCH;
        B->cur->cond = cond->dest;
        B->cur->t0 = fnext->id;
        B->cur->t1 = exhausted->id;
        bx_set(B, fnext);
        int xv =
          bx_callc(B, REP_TV, "AotTV_FromShort", ERR_NEVER, &cur, 1)->dest;
        int na[2] = { cur, st };
        IrOp *inc = bx_callc(B, REP_I64, "aotg_i64_add", ERR_NEVER, na, 2);
        bx_assign_raw(B, cur, inc->dest);
        bx_store(B, target, xv);
        IrBlock *body = bx_new_block(B);
        bx_goto(B, body);
        /* slow: whatever `range` is now, iterate it */
        bx_set(B, slow);
        int zero = bx_temp(B, REP_BOOL);
        IrOp *c0 = bx_op(B, IR_CONST, zero);
        c0->ival = 0;
        bx_assign_raw(B, mode, zero);
        int rfn = bx_global_load(B, B->I->s_range);
        int cargs[4] = { rfn };
        for (int i = 0; i < args->len; i++)
            cargs[i + 1] = bx_coerce(B, v[i], REP_OBJ);
        int robj = bx_temp(B, REP_OBJ);
        IrOp *call = bx_op(B, IR_CALLPY, robj);
        ir_op_args(B->f, call, cargs, args->len + 1);
        call->err = ERR_NULL;
        bx_loop_generic_half(
          B, robj, it, target, stmt_line, exhausted, body, cont, mode, fhead);
        *cont_out = cont;
        *exhausted_out = exhausted;
        return;
    }
    int seqkind = bx_seq_loop_kind(B, iter, target);
    if (seqkind) {
        bx_seq_loop(B,
                    seqkind,
                    target,
                    iter,
                    body_scope,
                    stmt_line,
                    cont,
                    exhausted,
                    hidden,
                    nhidden);
        *cont_out = cont;
        *exhausted_out = exhausted;
        return;
    }
    int obj = bx_expr_as(B, iter, REP_OBJ);
    B->scope = body_scope;
    int it = bx_hidden(B, REP_OBJ, "$it");
    hidden[(*nhidden)++] = it;
    /* CPython's GET_ITER and FOR_ITER carry the for statement's line */
    B->line = stmt_line;
    int iobj = bx_callc(B, REP_OBJ, "AotIter_Get", ERR_NULL, &obj, 1)->dest;
    bx_assign_local(B, it, iobj);
    bx_comp_enter(B, cont, exhausted);
    IrBlock *head = bx_new_block(B);
    bx_goto(B, head);
    bx_set(B, head);
    IrBlock *next = bx_new_block(B);
    int item = bx_temp(B, REP_OBJ);
    B->cur->term = TERM_FORITER;
    B->cur->cond = it;
    B->cur->dest = item;
    B->cur->t0 = next->id;
    B->cur->t1 = exhausted->id;
    B->cur->line = stmt_line;
    bx_set(B, next);
    bx_store(B, target, item);
    bx_set(B, cont);
    bx_loop_check(B);
    bx_goto(B, head);
    bx_set(B, next);
    *cont_out = cont;
    *exhausted_out = exhausted;
}

/* The loop's iterator / walked sequences are released, last first (a
 * zip object's tuple of iterators dies so). */
static void
bx_release_hidden(Builder *B, const int *hidden, int nh)
{
    for (int i = nh - 1; i >= 0; i--)
        bx_op(B, IR_UNDEF, hidden[i]);
}

static void
bx_for(Builder *B, Node *s)
{
    AstFor *f = &s->u.For;
    IrBlock *cont, *exhausted;
    int hidden[4], nh;
    bx_for_header(B,
                  f->target,
                  f->iter,
                  B->scope,
                  s->loc.line,
                  &cont,
                  &exhausted,
                  hidden,
                  &nh);
    IrBlock *end = bx_new_block(B);
    bx_push_loop(B, end, cont);
    bx_stmts(B, &f->body);
    B->unwind.len--;
    bx_goto(B, cont);
    bx_set(B, exhausted);
    /* CPython drops the iterator (and so a walked list) when the loop
     * ends, before the else clause, and when it breaks out */
    bx_release_hidden(B, hidden, nh);
    bx_stmts(B, &f->orelse);
    bx_goto(B, end);
    bx_set(B, end);
    bx_release_hidden(B, hidden, nh);
}

static void
bx_while(Builder *B, Node *s)
{
    AstWhile *w = &s->u.While;
    IrBlock *head = bx_new_block(B), *body = bx_new_block(B),
            *orelse = bx_new_block(B), *end = bx_new_block(B),
            *cont = bx_new_block(B);
    bx_goto(B, head);
    bx_set(B, head);
    /* The truth test is at the while line (3.10/3.11); what the test
     * computes is at its own lines. */
    B->line = s->loc.line;
    bx_branch(B, w->test, body, orelse);
    bx_set(B, body);
    bx_push_loop(B, end, cont);
    bx_stmts(B, &w->body);
    B->unwind.len--;
    bx_goto(B, cont);
    bx_set(B, cont);
    bx_loop_check(B);
    bx_goto(B, head);
    bx_set(B, orelse);
    bx_stmts(B, &w->orelse);
    bx_goto(B, end);
    bx_set(B, end);
}

static bool bx_has_walrus(Node *n);
static int bx_enter_handler(Builder *B, int *saved, IrBlock **esc);
static void bx_restore_handled(Builder *B, int saved);
static void bx_reraise(Builder *B, int exc);

/* reg = the current value of promoted global i of plan p (the unbound
 * marker if it has none). */
static void
bx_promo_load(Builder *B, const InferPromo *p, int i, int reg)
{
    bool fl = (p->flags[i] & INFER_PROMO_FLOAT) != 0;
    IrOp *op = bx_callc(B,
                        fl ? REP_FV : REP_TV,
                        fl ? "aotg_promote_load_fv" : "aotg_promote_load",
                        ERR_NEVER,
                        NULL,
                        0);
    op->imm = true;
    op->ival = ir_global_slot(B->m, p->names[i]);
    bx_assign_promoted(B, reg, op->dest);
}

/* Stores the registers of the promoted globals the loop assigns (regs[i],
 * -1 for builtins it calls) into the module's dict. */
static void
bx_promo_store_all(Builder *B, const InferPromo *p, const int *regs)
{
    for (int i = 0; i < p->n; i++) {
        if (regs[i] < 0 || !(p->flags[i] & INFER_PROMO_WRITE))
            continue;
        IrOp *op =
          bx_callc(B,
                   REP_VOID,
                   (p->flags[i] & INFER_PROMO_FLOAT) ? "aotg_promote_store_fv"
                                                     : "aotg_promote_store",
                   ERR_NEG,
                   &regs[i],
                   1);
        op->imm = true;
        op->ival = ir_global_slot(B->m, p->names[i]);
    }
}

/* The cyclic garbage collector, which any allocation may start, runs
 * finalizers and gc.callbacks: Python code, which must not run while a
 * module loop keeps globals in registers. The loop pauses it (gc, a
 * hidden cint: whether it was enabled) and resumes it when the globals
 * are in the dict: at its periodic check and when it ends or raises;
 * collections due run then. */
static void
bx_promo_gc_pause(Builder *B, int gc)
{
    IrOp *op = bx_callc(B, REP_CINT, "AotPromote_GCPause", ERR_NEVER, NULL, 0);
    bx_assign_raw(B, gc, op->dest);
}

static void
bx_promo_gc_resume(Builder *B, int gc)
{
    bx_callc(B, REP_VOID, "AotPromote_GCResume", ERR_NEVER, &gc, 1);
}

/* Stores the promoted globals of a module loop back into the module's dict
 * (those the loop assigned: a register still unbound means the loop never
 * bound the name) and unbinds the registers. */
static void
bx_promo_writeback(Builder *B, const InferPromo *p, const int *regs)
{
    bx_promo_store_all(B, p, regs);
    bx_promo_gc_resume(B, regs[p->n]);
    for (int i = 0; i < p->n; i++)
        if (regs[i] >= 0)
            bx_op(B, IR_UNDEF, regs[i]);
}

/* The periodic loop check inside a module loop: its slow part runs signal
 * handlers and lets other threads run, which may read or set the loop's
 * globals (`while not done: pass` waiting for a thread), so they are
 * stored before it and loaded again after. */
static void
bx_promo_sync(Builder *B)
{
    const InferPromo *p = B->promo_plan;
    IrOp *due = bx_callc(B, REP_CINT, "AotLoop_Due", ERR_NEVER, NULL, 0);
    IrBlock *sync = bx_new_block(B), *cont = bx_new_block(B);
    B->cur->term = TERM_BRANCH;
    B->cur->cond = due->dest;
    B->cur->t0 = sync->id;
    B->cur->t1 = cont->id;
    bx_set(B, sync);
    bx_promo_store_all(B, p, B->promo_regs);
    bx_promo_gc_resume(B, B->promo_regs[p->n]);
    bx_callc(B, REP_VOID, "AotLoop_Slow", ERR_NEG, NULL, 0);
    bx_promo_gc_pause(B, B->promo_regs[p->n]);
    for (int i = 0; i < p->n; i++)
        if (B->promo_regs[i] >= 0)
            bx_promo_load(B, p, i, B->promo_regs[i]);
    bx_goto(B, cont);
    bx_set(B, cont);
}

/* The IrDef index of the direct module def named id (a module loop
 * calls it), as the emitter's aot_fnobj_N names its function object. */
static int
bx_promo_def_index(Builder *B, const char *id)
{
    InferDef *x = infer_direct_def(B->I, id);
    /* always found (infer.c planned the call), its clones built */
    return x && x->clones[0].func >= 0
             ? B->m->funcs.items[x->clones[0].func]->def_index
             : 0;
}

/* A module loop that infer.c found can keep its globals in registers
 * ("module loops"): a guard checks that the globals it reads hold plain
 * values and that the builtins it calls are the real ones; then the loop
 * runs on registers and stores them back when it ends or raises. When
 * the guard fails, the loop as written runs instead. */
static bool
bx_promoted_loop(Builder *B, Node *s)
{
    const InferPromo *p =
      B->f->is_module && !B->promo.used ? infer_promo(B->I, s) : NULL;
    if (!p)
        return false;
    IrBlock *fast = bx_new_block(B), *slow = bx_new_block(B),
            *end = bx_new_block(B);
    B->line = s->loc.line;
    for (int i = 0; i < p->n; i++) {
        /* 0: read (plain value or unbound); 1: stored only (plain value
         * or unbound: releasing it runs no code); 2+: a builtin called */
        int kind = (p->flags[i] & INFER_PROMO_CALL)   ? 2 + p->callee[i]
                   : (p->flags[i] & INFER_PROMO_READ) ? 0
                                                      : 1;
        IrOp *op;
        if ((p->flags[i] & INFER_PROMO_CALL) &&
            p->callee[i] == PROMO_CALLEE_DEF) {
            /* a module function: the global holds the def's object */
            op = bx_callc(B, REP_CINT, "aotg_promote_fn", ERR_NEVER, NULL, 0);
            op->ival = (int64_t)ir_global_slot(B->m, p->names[i]) << 16 |
                       bx_promo_def_index(B, p->names[i]);
        }
        else {
            op = bx_callc(B, REP_CINT, "aotg_promote_ok", ERR_NEVER, NULL, 0);
            op->imm = true;
            op->ival = (int64_t)ir_global_slot(B->m, p->names[i]) * 16 + kind;
        }
        IrBlock *next = bx_new_block(B);
        B->cur->term = TERM_BRANCH;
        B->cur->cond = op->dest;
        B->cur->t0 = next->id;
        B->cur->t1 = slow->id;
        bx_set(B, next);
    }
    bx_goto(B, fast);

    bx_set(B, fast);
    int *regs = arena_alloc(B->m->arena, sizeof(int) * (size_t)(p->n + 1));
    B->promo.arena = B->m->arena;
    for (int i = 0; i < p->n; i++) {
        regs[i] = -1;
        if (p->flags[i] & INFER_PROMO_CALL)
            continue;
        regs[i] = ir_reg(B->f,
                         (p->flags[i] & INFER_PROMO_FLOAT) ? REP_FV : REP_TV,
                         true,
                         p->names[i]);
        B->f->regs.items[regs[i]].global_name = true;
        ptrmap_put(&B->promo, p->names[i], regs[i]);
        if (p->flags[i] & INFER_PROMO_READ)
            bx_promo_load(B, p, i, regs[i]);
        else
            bx_op(B, IR_UNDEF, regs[i]); /* a previous run's value */
    }
    regs[p->n] = bx_hidden(B, REP_CINT, "$gc");
    bx_promo_gc_pause(B, regs[p->n]);
    int outer = B->handler;
    IrBlock *h = bx_new_block(B);
    h->is_handler = true;
    bx_set_handler(B, h->id);
    B->promo_plan = p;
    B->promo_regs = regs;
    if (s->kind == AST_For) {
        B->walrus = false;
        bx_for(B, s);
    }
    else
        bx_while(B, s);
    B->promo_plan = NULL;
    B->promo_regs = NULL;
    bx_set_handler(B, outer);
    bx_promo_writeback(B, p, regs);
    bx_goto(B, end);
    /* raised inside: store back, then keep propagating */
    bx_set(B, h);
    int saved;
    IrBlock *esc;
    int exc = bx_enter_handler(B, &saved, &esc);
    bx_promo_writeback(B, p, regs);
    bx_set_handler(B, outer);
    bx_restore_handled(B, saved);
    bx_reraise(B, exc);
    ptrmap_free(&B->promo);
    B->promo.used = 0;

    bx_set(B, slow);
    if (s->kind == AST_For) {
        B->walrus = bx_has_walrus(s->u.For.iter);
        bx_for(B, s);
    }
    else
        bx_while(B, s);
    bx_goto(B, end);
    bx_set(B, end);
    return true;
}

/* ---- comprehensions ---- */

static void
bx_comp_level(Builder *B, Node *e, int result, int kind, int level)
{
    NodeList *gens = kind == 0   ? &e->u.ListComp.generators
                     : kind == 1 ? &e->u.SetComp.generators
                                 : &e->u.DictComp.generators;
    if (level == gens->len) {
        if (kind == 2) {
            int k = bx_expr_as(B, e->u.DictComp.key, REP_OBJ);
            int v = bx_expr_as(B, e->u.DictComp.value, REP_OBJ);
            int a[3] = { result, k, v };
            bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, a, 3);
        }
        else {
            Node *elt = kind == 0 ? e->u.ListComp.elt : e->u.SetComp.elt;
            int v = bx_expr_as(B, elt, REP_OBJ);
            int a[2] = { result, v };
            bx_callc(B,
                     REP_VOID,
                     kind == 0 ? "PyList_Append" : "PySet_Add",
                     ERR_NEG,
                     a,
                     2);
        }
        return;
    }
    Node *g = gens->items[level];
    AstComprehension *c = &g->u.Comprehension;
    /* The first iterable is evaluated in the enclosing scope. */
    const Scope *iter_scope = level == 0 ? B->scope->parent : B->scope;
    IrBlock *cont, *exhausted;
    int hidden[4], nh;
    bx_for_header(B,
                  c->target,
                  c->iter,
                  iter_scope,
                  e->loc.line,
                  &cont,
                  &exhausted,
                  hidden,
                  &nh);
    for (int i = 0; i < c->ifs.len; i++) {
        IrBlock *pass = bx_new_block(B);
        bx_branch(B, c->ifs.items[i], pass, cont);
        bx_set(B, pass);
    }
    bx_comp_level(B, e, result, kind, level + 1);
    bx_goto(B, cont);
    bx_set(B, exhausted);
    bx_release_hidden(B, hidden, nh);
}

void
bx_comprehension(Builder *B, Node *e, int result, int kind)
{
    static const char *const names[] = { "<listcomp>",
                                         "<setcomp>",
                                         "<dictcomp>" };
    const char *ctor = kind == 0   ? "PyList_New"
                       : kind == 1 ? "PySet_New"
                                   : "PyDict_New";
    int arg;
    IrOp *mk;
    if (kind == 0) {
        arg = bx_temp(B, REP_I64);
        IrOp *z = bx_op(B, IR_CONST, arg);
        z->ival = 0;
        mk = bx_callc(B, REP_OBJ, ctor, ERR_NULL, &arg, 1);
    }
    else if (kind == 1) {
        arg = REG_NULL;
        mk = bx_callc(B, REP_OBJ, ctor, ERR_NULL, &arg, 1);
    }
    else
        mk = bx_callc(B, REP_OBJ, ctor, ERR_NULL, NULL, 0);
    bx_assign_local(B, result, mk->dest);
    /* On 3.11 a comprehension is its own frame in tracebacks: errors inside
     * get a "<listcomp>" entry, then one for the enclosing function at the
     * comprehension's line (the runtime drops both on 3.12+). */
    IrBlock *exit_err = bx_new_block(B);
    exit_err->is_handler = true;
    exit_err->exit_tb_line = e->loc.line;
    /* the enclosing frame is an outer comprehension when nested */
    exit_err->exit_tb_name = B->tbname;
    exit_err->term = TERM_RAISE;
    int saved_handler = B->handler;
    const char *saved_tb = B->tbname;
    const char *saved_tbvars = B->tbvars;
    const Scope *saved_scope = B->scope;
    B->comp_pending = true;
    B->comp_handler = exit_err->id;
    B->comp_tbname = names[kind];
    {
        /* "<listcomp>", ".0" and the comprehension's locals: its code's
         * co_varnames in 3.11, where NameError suggestions look */
        StrBuf nm;
        sb_init(&nm);
        sb_puts(&nm, names[kind]);
        sb_putc(&nm, '\0');
        sb_puts(&nm, ".0");
        for (int j = 0; j < e->scope->nsyms; j++)
            if (e->scope->syms[j]->kind == SYM_LOCAL) {
                sb_putc(&nm, '\0');
                sb_puts(&nm, e->scope->syms[j]->name);
            }
        sb_putc(&nm, '\0');
        char *v = arena_alloc(B->m->arena, nm.len + 1);
        memcpy(v, nm.data, nm.len);
        v[nm.len] = '\0';
        B->comp_tbvars = v;
        sb_free(&nm);
    }
    B->scope = e->scope;
    IrBlock *start = bx_new_block(B);
    bx_goto(B, start);
    bx_set(B, start);
    bx_comp_level(B, e, result, kind, 0);
    B->scope = saved_scope;
    bx_set_handler(B, saved_handler);
    B->tbname = saved_tb;
    B->tbvars = saved_tbvars;
    IrBlock *after = bx_new_block(B);
    bx_goto(B, after);
    bx_set(B, after);
    /* The comprehension's variables die with its (notional) frame. */
    for (int s = 0; s < B->d->layout.nscopes; s++) {
        if (B->d->layout.scopes[s] != e->scope)
            continue;
        for (int j = 0; j < e->scope->nsyms; j++) {
            int reg = B->slot_regs[B->d->layout.offsets[s] + j];
            if (reg >= 0 && e->scope->syms[j]->kind == SYM_LOCAL) {
                bx_op(B, IR_UNDEF, reg);
                if (B->f->regs.items[reg].box > 0)
                    bx_op(B, IR_UNDEF, B->f->regs.items[reg].box - 1);
            }
        }
    }
}

/* ---- non-local exits ---- */

static void bx_finally_inline(Builder *B, Unwind *u, int depth);

/* Runs the unwind actions above stack depth `to` (exclusive), innermost
 * first, as a return/break/continue leaves them. */
static void
bx_unwind_to(Builder *B, int to)
{
    int saved_handler = B->handler;
    for (int i = B->unwind.len - 1; i >= to; i--) {
        Unwind *u = &B->unwind.items[i];
        /* A cleanup that fails (an __exit__ raising) propagates from outside
         * its construct: the construct's own handler must not see it. */
        if (u->kind == UW_WITH || u->kind == UW_HANDLER)
            bx_set_handler(B, u->handler);
        switch (u->kind) {
        case UW_LOOP:
            break;
        case UW_WITH: {
            int a[1] = { u->reg };
            bx_callc(B, REP_VOID, "AotWith_ExitNormal", ERR_NEG, a, 1);
            break;
        }
        case UW_HANDLER:
            if (u->name_reg >= 0)
                bx_op(B, IR_UNDEF, u->name_reg);
            if (u->name_global) {
                int a[2] = { REG_GLOBALS, bx_const_str(B, u->name_global) };
                bx_callc(B, REP_VOID, "aotg_global_discard", ERR_NEG, a, 2);
            }
            {
                int a[1] = { u->reg };
                IrOp *op = bx_callc(
                  B, REP_VOID, "AotExc_RestoreHandled", ERR_NEVER, a, 1);
                op->steals = 1;
            }
            break;
        case UW_FINALLY:
            bx_finally_inline(B, u, i);
            break;
        }
    }
    /* The exit's own terminator follows; later (dead) code keeps the
     * handler the statement was built under. */
    B->handler = saved_handler;
}

static void
bx_finally_inline(Builder *B, Unwind *u, int depth)
{
    /* The finally body runs with the handlers and unwind stack that were in
     * force outside its try statement. */
    UnwindVec saved = B->unwind;
    int saved_handler = B->handler;
    Unwind *copy = xmalloc(sizeof(Unwind) * (size_t)(depth + 1));
    memcpy(copy, saved.items, sizeof(Unwind) * (size_t)depth);
    B->unwind.items = copy;
    B->unwind.len = depth;
    B->unwind.cap = depth + 1;
    bx_set_handler(B, u->handler);
    IrBlock *nb = bx_new_block(B);
    bx_goto(B, nb);
    bx_set(B, nb);
    bx_stmts(B, u->finalbody);
    free(B->unwind.items);
    B->unwind = saved;
    bx_set_handler(B, saved_handler);
    IrBlock *after = bx_new_block(B);
    bx_goto(B, after);
    bx_set(B, after);
}

static int
bx_find_loop(Builder *B)
{
    for (int i = B->unwind.len - 1; i >= 0; i--)
        if (B->unwind.items[i].kind == UW_LOOP)
            return i;
    return -1;
}

static void
bx_return(Builder *B, Node *s)
{
    int v;
    if (B->f->is_module) {
        bx_error(B, s, "'return' outside function");
        return;
    }
    if (s->u.Return.value)
        v = bx_expr_as(B, s->u.Return.value, B->f->ret_rep);
    else
        v = bx_coerce(B, bx_const_obj(B, IK_NONE, "", 0), B->f->ret_rep);
    if (B->unwind.len) {
        /* Keep the value in a hidden local while finally bodies run. */
        int keep = bx_hidden(B, B->f->ret_rep, "$ret");
        bx_assign_local(B, keep, v);
        bx_unwind_to(B, 0);
        v = keep;
    }
    if (B->cur->term != TERM_NONE)
        return; /* a finally body returned or raised */
    B->cur->term = TERM_RETURN;
    B->cur->cond = v;
}

/* ---- try / with ---- */

static int
bx_catch(Builder *B, int saved)
{
    int exc = bx_hidden(B, REP_OBJ, "$exc");
    int t = bx_temp(B, REP_OBJ);
    IrOp *op = bx_op(B, IR_CATCH, t);
    ir_op_args(B->f, op, &saved, 1);
    op->err = ERR_NEVER;
    bx_assign_local(B, exc, t);
    return exc;
}

static void
bx_restore_handled(Builder *B, int saved)
{
    IrOp *op =
      bx_callc(B, REP_VOID, "AotExc_RestoreHandled", ERR_NEVER, &saved, 1);
    op->steals = 1;
}

static void
bx_reraise(Builder *B, int exc)
{
    IrOp *op = bx_callc(B, REP_VOID, "AotExc_Restore", ERR_RERAISE, &exc, 1);
    op->steals = 1;
    B->cur->term = TERM_UNREACHABLE;
}

/* A block for "an exception escaped a handler body": restore the
 * previously handled exception and keep propagating. */
static IrBlock *
bx_handler_escape(Builder *B, int saved, int name_reg, const char *gname)
{
    IrBlock *h = bx_new_block(B);
    h->is_handler = true;
    IrBlock *keep = B->cur;
    bx_set(B, h);
    if (name_reg >= 0)
        bx_op(B, IR_UNDEF, name_reg);
    if (gname) {
        int a[2] = { REG_GLOBALS, bx_const_str(B, gname) };
        IrOp *op =
          bx_callc(B, REP_VOID, "aotg_global_discard", ERR_NEVER, a, 2);
        (void)op;
    }
    bx_restore_handled(B, saved);
    B->cur->term = TERM_RAISE;
    bx_set(B, keep);
    return h;
}

/* The start of a handler block: the exception being raised is caught
 * into a hidden local (returned; *saved gets the exception that was being
 * handled before), and *esc, which restores that one and propagates,
 * handles whatever fails from here on. */
static int
bx_enter_handler(Builder *B, int *saved, IrBlock **esc)
{
    *saved = bx_hidden(B, REP_OBJ, "$saved");
    int exc = bx_catch(B, *saved);
    *esc = bx_handler_escape(B, *saved, -1, NULL);
    bx_set_handler(B, (*esc)->id);
    return exc;
}

static void
bx_try_except(Builder *B, Node *s, IrBlock *end)
{
    AstTry *t = &s->u.Try;
    IrBlock *h = bx_new_block(B);
    h->is_handler = true;
    int outer = B->handler;
    bx_set_handler(B, h->id);
    IrBlock *body = bx_new_block(B);
    bx_goto(B, body);
    bx_set(B, body);
    bx_stmts(B, &t->body);
    bx_set_handler(B, outer);
    IrBlock *orelse = bx_new_block(B);
    bx_goto(B, orelse);
    bx_set(B, orelse);
    bx_stmts(B, &t->orelse);
    bx_goto(B, end);

    /* handlers */
    bx_set(B, h);
    int saved;
    IrBlock *esc;
    int exc = bx_enter_handler(B, &saved, &esc);
    for (int i = 0; i < t->handlers.len; i++) {
        Node *hn = t->handlers.items[i];
        AstExceptHandler *eh = &hn->u.ExceptHandler;
        B->line = hn->loc.line;
        IrBlock *next = bx_new_block(B);
        if (eh->type) {
            int ty = bx_expr_as(B, eh->type, REP_OBJ);
            int a[2] = { exc, ty };
            int m =
              bx_callc(B, REP_CINT, "AotExc_Matches", ERR_NEG, a, 2)->dest;
            IrBlock *match = bx_new_block(B);
            B->cur->term = TERM_BRANCH;
            B->cur->cond = m;
            B->cur->t0 = match->id;
            B->cur->t1 = next->id;
            bx_set(B, match);
        }
        int name_reg = -1;
        const char *gname = NULL;
        if (eh->name) {
            bool local;
            int reg = bx_name_reg(B, eh->name, &local);
            int v = bx_temp(B, REP_OBJ);
            IrOp *cp = bx_op(B, IR_COPY, v);
            ir_op_args(B->f, cp, &exc, 1);
            bx_store_name(B, eh->name, v);
            if (local)
                name_reg = reg;
            else
                gname = eh->name;
        }
        IrBlock *esc2 = bx_handler_escape(B, saved, name_reg, gname);
        bx_set_handler(B, esc2->id);
        Unwind u;
        memset(&u, 0, sizeof u);
        u.kind = UW_HANDLER;
        u.reg = saved;
        u.name_reg = name_reg;
        u.name_global = gname;
        u.handler = outer;
        vec_push(&B->unwind, u);
        bx_stmts(B, &eh->body);
        B->unwind.len--;
        bx_set_handler(B, esc->id);
        if (B->cur->term == TERM_NONE) {
            if (name_reg >= 0)
                bx_op(B, IR_UNDEF, name_reg);
            if (gname) {
                int a[2] = { REG_GLOBALS, bx_const_str(B, gname) };
                bx_callc(B, REP_VOID, "aotg_global_discard", ERR_NEG, a, 2);
            }
            bx_restore_handled(B, saved);
            bx_op(B, IR_UNDEF, exc);
            bx_goto(B, end);
        }
        bx_set(B, next);
        if (!eh->type)
            break; /* a bare except catches everything */
    }
    /* nothing matched: re-raise */
    if (B->cur->term == TERM_NONE) {
        bx_set_handler(B, outer);
        bx_restore_handled(B, saved);
        bx_reraise(B, exc);
    }
    bx_set_handler(B, outer);
}

static void
bx_try(Builder *B, Node *s)
{
    AstTry *t = &s->u.Try;
    IrBlock *end = bx_new_block(B);
    if (t->finalbody.len == 0) {
        bx_try_except(B, s, end);
        bx_set(B, end);
        return;
    }
    /* try/finally around the (optional) try/except */
    IrBlock *fh = bx_new_block(B);
    fh->is_handler = true;
    int outer = B->handler;
    Unwind u;
    memset(&u, 0, sizeof u);
    u.kind = UW_FINALLY;
    u.finalbody = &t->finalbody;
    u.handler = outer;
    vec_push(&B->unwind, u);
    bx_set_handler(B, fh->id);
    /* The normal-path finally body starts here: an exception it raises
     * leaves the try statement, it is not handled by its own finally. */
    IrBlock *inner_end = bx_new_block(B);
    inner_end->handler = outer;
    if (t->handlers.len) {
        IrBlock *nb = bx_new_block(B);
        bx_goto(B, nb);
        bx_set(B, nb);
        bx_try_except(B, s, inner_end);
        /* bx_try_except resets the handler to the one it found: ours */
    }
    else {
        IrBlock *nb = bx_new_block(B);
        bx_goto(B, nb);
        bx_set(B, nb);
        bx_stmts(B, &t->body);
        bx_goto(B, inner_end);
    }
    B->unwind.len--;
    bx_set_handler(B, outer);
    /* normal path: run the finally body */
    bx_set(B, inner_end);
    bx_stmts(B, &t->finalbody);
    bx_goto(B, end);
    /* exceptional path: catch, run the body, re-raise */
    bx_set(B, fh);
    int saved;
    IrBlock *esc;
    int exc = bx_enter_handler(B, &saved, &esc);
    Unwind hu;
    memset(&hu, 0, sizeof hu);
    hu.kind = UW_HANDLER;
    hu.reg = saved;
    hu.name_reg = -1;
    hu.handler = outer;
    vec_push(&B->unwind, hu);
    bx_stmts(B, &t->finalbody);
    B->unwind.len--;
    if (B->cur->term == TERM_NONE) {
        bx_set_handler(B, outer);
        bx_restore_handled(B, saved);
        bx_reraise(B, exc);
    }
    bx_set_handler(B, outer);
    bx_set(B, end);
}

static void
bx_with_items(Builder *B, Node *s, int i)
{
    AstWith *w = &s->u.With;
    if (i == w->items.len) {
        bx_stmts(B, &w->body);
        return;
    }
    Node *item = w->items.items[i];
    B->line = item->loc.line;
    int mgr = bx_expr_as(B, item->u.WithItem.context_expr, REP_OBJ);
    int exit = bx_hidden(B, REP_OBJ, "$exit");
    int a[2] = { mgr, exit };
    IrOp *enter = bx_callc(B, REP_OBJ, "AotWith_Enter", ERR_NULL, a, 2);
    enter->addr = 2;
    /* up to 3.12 its errors are reported at the `with` line */
    if (item->loc.line != s->loc.line)
        enter->line_pre313 = s->loc.line;
    int val = enter->dest;
    IrBlock *h = bx_new_block(B);
    h->is_handler = true;
    int outer = B->handler;
    bx_set_handler(B, h->id);
    Unwind u;
    memset(&u, 0, sizeof u);
    u.kind = UW_WITH;
    u.reg = exit;
    u.handler = outer;
    vec_push(&B->unwind, u);
    IrBlock *body = bx_new_block(B);
    bx_goto(B, body);
    bx_set(B, body);
    if (item->u.WithItem.optional_vars)
        bx_store(B, item->u.WithItem.optional_vars, val);
    bx_with_items(B, s, i + 1);
    B->unwind.len--;
    bx_set_handler(B, outer);
    IrBlock *end = bx_new_block(B);
    if (B->cur->term == TERM_NONE) {
        B->line = item->loc.line;
        bx_callc(B, REP_VOID, "AotWith_ExitNormal", ERR_NEG, &exit, 1);
        bx_op(B, IR_UNDEF, exit);
        bx_goto(B, end);
    }
    /* exceptional exit */
    bx_set(B, h);
    B->line = item->loc.line;
    int saved;
    IrBlock *esc;
    int exc = bx_enter_handler(B, &saved, &esc);
    int ea[2] = { exit, exc };
    int r = bx_callc(B, REP_CINT, "AotWith_ExitExc", ERR_NEG, ea, 2)->dest;
    bx_set_handler(B, outer);
    IrBlock *suppress = bx_new_block(B), *reraise = bx_new_block(B);
    B->cur->term = TERM_BRANCH;
    B->cur->cond = r;
    B->cur->t0 = suppress->id;
    B->cur->t1 = reraise->id;
    bx_set(B, suppress);
    bx_restore_handled(B, saved);
    bx_op(B, IR_UNDEF, exc);
    bx_op(B, IR_UNDEF, exit);
    bx_goto(B, end);
    bx_set(B, reraise);
    bx_restore_handled(B, saved);
    bx_reraise(B, exc);
    bx_set(B, end);
}

/* ---- imports ---- */

static int
bx_fromlist(Builder *B, NodeList *names)
{
    if (!names)
        return bx_const_obj(B, IK_NONE, "", 0);
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < names->len; i++) {
        sb_puts(&sb, names->items[i]->u.Alias.name);
        sb_putc(&sb, '\0');
    }
    char *data = arena_alloc(B->m->arena, sb.len + 1);
    memcpy(data, sb.data, sb.len);
    sb_free(&sb);
    return bx_const_obj(B, IK_TUPLE_OF_STR, data, names->len);
}

static int
bx_import_name(Builder *B, const char *name, NodeList *fromlist, int level)
{
    int lvl = bx_temp(B, REP_I64);
    IrOp *c = bx_op(B, IR_CONST, lvl);
    c->ival = level;
    int a[5] = { REG_GLOBALS,
                 REG_BUILTINS,
                 bx_const_str(B, name),
                 bx_fromlist(B, fromlist),
                 lvl };
    return bx_callc(B, REP_OBJ, "AotImport_Name", ERR_NULL, a, 5)->dest;
}

/* q, r = divmod(a, b) of two predicted ints (infer_divmod_assign): one
 * op computes both while divmod is the builtin and a, b are shorts (the
 * remainder through a hidden local), no tuple; otherwise it calls divmod
 * and unpacks its result as CPython does. Arguments that may run code
 * keep the generic call, which loads divmod first. */
static bool
bx_divmod_assign(Builder *B, Node *t, Node *v)
{
    if (B->walrus || !infer_divmod_assign(B->I, B->scope, t, v))
        return false;
    NodeList *al = &v->u.Call.args;
    for (int i = 0; i < 2; i++)
        if (infer_expr_rep(B->I, B->d, B->c, B->scope, al->items[i]) !=
              REP_TV ||
            bx_arg_runs_code(B, al->items[i]))
            return false;
    int saved = B->line;
    B->line = v->loc.line;
    int a[3];
    a[0] = bx_expr_as(B, al->items[0], REP_TV);
    a[1] = bx_expr_as(B, al->items[1], REP_TV);
    a[2] = bx_hidden(B, REP_TV, "$divmod");
    IrOp *op = bx_callc(B, REP_TV, "aotg_divmod", ERR_NULL, a, 3);
    op->addr = 4;
    op->imm = true;
    op->ival = ir_global_slot(B->m, v->u.Call.func->u.Name.id);
    int q = op->dest;
    /* the remainder out of the hidden local, which then holds nothing */
    int r = bx_temp(B, REP_TV);
    IrOp *cp = bx_op(B, IR_COPY, r);
    ir_op_args(B->f, cp, &a[2], 1);
    bx_op(B, IR_UNDEF, a[2]);
    B->line = saved;
    NodeList *tl = t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
    bx_store(B, tl->items[0], q);
    bx_store(B, tl->items[1], r);
    return true;
}

static void
bx_import(Builder *B, Node *s)
{
    NodeList *names = &s->u.Import.names;
    for (int i = 0; i < names->len; i++) {
        AstAlias *al = &names->items[i]->u.Alias;
        /* every name at the statement's line, as CPython reports
         * (`import os, \` + a missing module on the next line) */
        B->line = s->loc.line;
        int m = bx_import_name(B, al->name, NULL, 0);
        if (!al->asname) {
            const char *dot = strchr(al->name, '.');
            const char *top =
              dot ? intern(B->m->in, al->name, (size_t)(dot - al->name))
                  : al->name;
            bx_store_name(B, top, m);
            continue;
        }
        /* import a.b.c as d: walk down the attributes */
        const char *p = strchr(al->name, '.');
        while (p) {
            const char *q = strchr(p + 1, '.');
            size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
            const char *part = intern(B->m->in, p + 1, n);
            int a[2] = { m, bx_const_str(B, part) };
            m = bx_callc(B, REP_OBJ, "AotImport_From", ERR_NULL, a, 2)->dest;
            p = q;
        }
        bx_store_name(B, al->asname, m);
    }
}

static void
bx_import_from(Builder *B, Node *s)
{
    AstImportFrom *f = &s->u.ImportFrom;
    int m = bx_import_name(B, f->module ? f->module : "", &f->names, f->level);
    for (int i = 0; i < f->names.len; i++) {
        AstAlias *al = &f->names.items[i]->u.Alias;
        int a[2] = { m, bx_const_str(B, al->name) };
        int v = bx_callc(B, REP_OBJ, "AotImport_From", ERR_NULL, a, 2)->dest;
        bx_store_name(B, al->asname ? al->asname : al->name, v);
    }
}

/* ---- statements ---- */

static void bx_walrus_visit(Node *c, void *p);

/* True if n contains a walrus outside nested functions. */
static bool
bx_has_walrus(Node *n)
{
    bool found = false;
    if (n)
        bx_walrus_visit(n, &found);
    return found;
}

static void
bx_walrus_visit(Node *c, void *p)
{
    bool *found = p;
    if (*found || c->kind == AST_Lambda || c->kind == AST_FunctionDef)
        return;
    if (c->kind == AST_NamedExpr) {
        *found = true;
        return;
    }
    ast_visit_children(c, bx_walrus_visit, p);
}

/* The rep of `target <op> value` for an augmented assignment s, as
 * inference sees it (the target read as an operand). */
static IrRep
bx_augassign_rep(Builder *B, Node *s)
{
    Node fake;
    memset(&fake, 0, sizeof fake);
    fake.kind = AST_BinOp;
    fake.loc = s->loc;
    fake.u.BinOp.left = s->u.AugAssign.target;
    fake.u.BinOp.op = s->u.AugAssign.op;
    fake.u.BinOp.right = s->u.AugAssign.value;
    IrRep rep = infer_expr_rep(B->I, B->d, B->c, B->scope, &fake);
    return rep == REP_BOTTOM ? REP_OBJ : rep;
}

static void
bx_stmt(Builder *B, Node *s)
{
    B->line = s->loc.line;
    B->walrus = s->kind != AST_FunctionDef && s->kind != AST_If &&
                s->kind != AST_While && s->kind != AST_For &&
                s->kind != AST_Try && s->kind != AST_With && bx_has_walrus(s);
    if (s->kind == AST_If || s->kind == AST_While)
        B->walrus =
          bx_has_walrus(s->kind == AST_If ? s->u.If.test : s->u.While.test);
    if (B->cur->term != TERM_NONE)
        B->cur = bx_new_block(B); /* unreachable code still gets built */
    ir_emit(B->f, B->cur, IR_LINE, -1, s->loc.line);
    switch (s->kind) {
    case AST_ExprStmt:
        bx_expr(B, s->u.ExprStmt.value);
        break;
    case AST_Assign: {
        NodeList *tg = &s->u.Assign.targets;
        if (tg->len == 1 &&
            infer_parallel_assign(tg->items[0], s->u.Assign.value)) {
            /* a, b = x, y: all values first, then the stores in order */
            Node *t = tg->items[0];
            NodeList *tl =
              t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
            NodeList *vl = &s->u.Assign.value->u.Tuple.elts;
            int vals[16];
            for (int k = 0; k < vl->len; k++) {
                vals[k] = bx_expr(B, vl->items[k]);
                /* A local name evaluates to the local's own register,
                 * which an earlier store may overwrite (a, b = b, a):
                 * take the value out first. */
                if (B->f->regs.items[vals[k]].local) {
                    int t = bx_temp(B, B->f->regs.items[vals[k]].rep);
                    IrOp *op = bx_op(B, IR_COPY, t);
                    ir_op_args(B->f, op, &vals[k], 1);
                    vals[k] = t;
                }
            }
            for (int k = 0; k < tl->len; k++)
                bx_store(B, tl->items[k], vals[k]);
            break;
        }
        if (tg->len == 1 &&
            bx_divmod_assign(B, tg->items[0], s->u.Assign.value))
            break;
        int v = bx_expr(B, s->u.Assign.value);
        NodeList *t = &s->u.Assign.targets;
        for (int i = 0; i < t->len; i++) {
            int val = v;
            if (i + 1 < t->len) {
                val = bx_temp(B, B->f->regs.items[v].rep);
                IrOp *op = bx_op(B, IR_COPY, val);
                ir_op_args(B->f, op, &v, 1);
            }
            bx_store(B, t->items[i], val);
        }
        break;
    }
    case AST_AnnAssign:
        if (s->u.AnnAssign.value) {
            int v = bx_expr(B, s->u.AnnAssign.value);
            bx_store(B, s->u.AnnAssign.target, v);
        }
        if (B->f->is_module && s->u.AnnAssign.simple &&
            s->u.AnnAssign.target->kind == AST_Name) {
            /* module-level x: T records __annotations__['x'] = T */
            int ann = bx_expr_as(B, s->u.AnnAssign.annotation, REP_OBJ);
            int a[3] = { REG_GLOBALS,
                         bx_const_str(B, s->u.AnnAssign.target->u.Name.id),
                         ann };
            bx_callc(B, REP_VOID, "aotg_annotate", ERR_NEG, a, 3);
        }
        break;
    case AST_AugAssign: {
        Node *t = s->u.AugAssign.target;
        int op = s->u.AugAssign.op | 0x100;
        if (t->kind == AST_Name) {
            IrRep rep = bx_augassign_rep(B, s);
            IrRep opnd = (rep == REP_TV || rep == REP_FV) ? rep : REP_OBJ;
            Node load = *t;
            load.u.Name.ctx = CTX_LOAD;
            /* An int accumulator plus a value of unknown type (total +=
             * f(x)): in tagged words, an int value is added without boxing
             * the accumulator; anything else takes AotTV's generic path,
             * which is PyNumber_InPlace*. */
            int bop = s->u.AugAssign.op;
            IrRep lrep = infer_expr_rep(B->I, B->d, B->c, B->scope, &load);
            if (rep == REP_OBJ && lrep == REP_TV && bop != OP_DIV &&
                bop != OP_POW && bop != OP_MATMULT)
                rep = opnd = REP_TV;
            int cur, val;
            if (rep == REP_FV) {
                cur = bx_fv_operand(B, &load);
                val = bx_fv_operand(B, s->u.AugAssign.value);
            }
            else {
                cur = bx_expr_as(B, &load, opnd);
                val = bx_expr_as(B, s->u.AugAssign.value, opnd);
            }
            int t2 = bx_temp(B, rep);
            IrOp *o = bx_op(B, IR_BINOP, t2);
            int a[2] = { cur, val };
            ir_op_args(B->f, o, a, 2);
            o->op = op;
            o->err = ERR_NULL;
            bx_store(B, t, t2);
        }
        else if (t->kind == AST_Attribute) {
            int o = bx_expr_as(B, t->u.Attribute.value, REP_OBJ);
            int name = bx_const_str(B, t->u.Attribute.attr);
            int a[2] = { o, name };
            int cur =
              bx_callc(B, REP_OBJ, "PyObject_GetAttr", ERR_NULL, a, 2)->dest;
            int val = bx_expr_as(B, s->u.AugAssign.value, REP_OBJ);
            int t2 = bx_temp(B, REP_OBJ);
            IrOp *bo = bx_op(B, IR_BINOP, t2);
            int b[2] = { cur, val };
            ir_op_args(B->f, bo, b, 2);
            bo->op = op;
            bo->err = ERR_NULL;
            int c[3] = { o, name, t2 };
            bx_callc(B, REP_VOID, "PyObject_SetAttr", ERR_NEG, c, 3);
        }
        else if (t->kind == AST_Subscript) {
            int o = bx_expr_as(B, t->u.Subscript.value, REP_OBJ);
            Node *sl = t->u.Subscript.slice;
            int k;
            if (sl->kind == AST_Slice) {
                int a[3] = { sl->u.Slice.lower
                               ? bx_expr_as(B, sl->u.Slice.lower, REP_OBJ)
                               : REG_NULL,
                             sl->u.Slice.upper
                               ? bx_expr_as(B, sl->u.Slice.upper, REP_OBJ)
                               : REG_NULL,
                             sl->u.Slice.step
                               ? bx_expr_as(B, sl->u.Slice.step, REP_OBJ)
                               : REG_NULL };
                k = bx_callc(B, REP_OBJ, "PySlice_New", ERR_NULL, a, 3)->dest;
            }
            else if (sl->kind == AST_Tuple)
                k = bx_coerce(B, bx_index_value(B, sl), REP_OBJ);
            else
                k = bx_expr_as(
                  B,
                  sl,
                  infer_expr_rep(B->I, B->d, B->c, B->scope, sl) == REP_TV
                    ? REP_TV
                    : REP_OBJ);
            /* An int index takes the exact-list fast paths; the operation
             * runs in the rep that o[k] <op> value is predicted to have
             * (counts[c] += 1 on tagged ints), boxed for the store. */
            bool tvk = B->f->regs.items[k].rep == REP_TV;
            int a[2] = { o, k };
            IrRep rep = bx_augassign_rep(B, s);
            if (rep != REP_TV && rep != REP_FV)
                rep = REP_OBJ;
            /* a number item is unboxed from its slot (as bx_expr_as) */
            const char *get = !tvk            ? "AotObj_GetItem"
                              : rep == REP_TV ? "AotObj_GetItemTV_TV"
                              : rep == REP_FV ? "AotObj_GetItemTV_FV"
                                              : "AotObj_GetItemTV";
            int cur =
              bx_callc(B, tvk ? rep : REP_OBJ, get, ERR_NULL, a, 2)->dest;
            int val;
            if (rep == REP_FV) {
                cur = bx_coerce(B, cur, REP_FV);
                val = bx_fv_operand(B, s->u.AugAssign.value);
            }
            else {
                cur = bx_coerce(B, cur, rep);
                val = bx_expr_as(B, s->u.AugAssign.value, rep);
            }
            int t2 = bx_temp(B, rep);
            IrOp *bo = bx_op(B, IR_BINOP, t2);
            int b[2] = { cur, val };
            ir_op_args(B->f, bo, b, 2);
            bo->op = op;
            bo->err = ERR_NULL;
            if (tvk && (rep == REP_FV || rep == REP_TV)) {
                int c[3] = { o, k, t2 };
                bx_callc(B,
                         REP_VOID,
                         rep == REP_FV ? "AotObj_SetItemTVFV"
                                       : "AotObj_SetItemTVTV",
                         ERR_NEG,
                         c,
                         3);
                break;
            }
            int c[3] = { o, k, bx_coerce(B, t2, REP_OBJ) };
            bx_callc(B,
                     REP_VOID,
                     tvk ? "AotObj_SetItemTV" : "AotObj_SetItem",
                     ERR_NEG,
                     c,
                     3);
        }
        else
            bx_error(B, t, "illegal expression for augmented assignment");
        break;
    }
    case AST_If: {
        IrBlock *bt = bx_new_block(B), *bf = bx_new_block(B),
                *end = bx_new_block(B);
        bx_branch(B, s->u.If.test, bt, bf);
        B->walrus = false;
        bx_set(B, bt);
        bx_stmts(B, &s->u.If.body);
        bx_goto(B, end);
        bx_set(B, bf);
        bx_stmts(B, &s->u.If.orelse);
        bx_goto(B, end);
        bx_set(B, end);
        break;
    }
    case AST_While:
        if (!bx_promoted_loop(B, s))
            bx_while(B, s);
        break;
    case AST_For:
        if (bx_promoted_loop(B, s))
            break;
        B->walrus = bx_has_walrus(s->u.For.iter);
        bx_for(B, s);
        break;
    case AST_Break: {
        int i = bx_find_loop(B);
        if (i < 0) {
            bx_error(B, s, "'break' outside loop");
            break;
        }
        bx_unwind_to(B, i + 1);
        if (B->cur->term == TERM_NONE) {
            B->cur->term = TERM_GOTO;
            B->cur->t0 = B->unwind.items[i].brk;
        }
        break;
    }
    case AST_Continue: {
        int i = bx_find_loop(B);
        if (i < 0) {
            bx_error(B, s, "'continue' not properly in loop");
            break;
        }
        bx_unwind_to(B, i + 1);
        if (B->cur->term == TERM_NONE) {
            B->cur->term = TERM_GOTO;
            B->cur->t0 = B->unwind.items[i].cont;
        }
        break;
    }
    case AST_Return:
        bx_return(B, s);
        break;
    case AST_Pass:
    case AST_Global:
    case AST_Nonlocal:
        break;
    case AST_Delete:
        for (int i = 0; i < s->u.Delete.targets.len; i++)
            bx_delete(B, s->u.Delete.targets.items[i]);
        break;
    case AST_Assert: {
        IrBlock *ok = bx_new_block(B), *fail = bx_new_block(B);
        bx_branch(B, s->u.Assert.test, ok, fail);
        bx_set(B, fail);
        int msg =
          s->u.Assert.msg ? bx_expr_as(B, s->u.Assert.msg, REP_OBJ) : REG_NULL;
        B->line = s->u.Assert.test->loc.line; /* CPython's raise location */
        bx_callc(B, REP_VOID, "AotExc_AssertFail", ERR_ALWAYS, &msg, 1);
        if (B->cur->term == TERM_NONE)
            B->cur->term = TERM_UNREACHABLE;
        bx_set(B, ok);
        break;
    }
    case AST_Raise: {
        if (!s->u.Raise.exc) {
            bx_callc(B, REP_VOID, "AotExc_Reraise", ERR_RERAISE, NULL, 0);
        }
        else {
            int e = bx_expr_as(B, s->u.Raise.exc, REP_OBJ);
            int c = s->u.Raise.cause ? bx_expr_as(B, s->u.Raise.cause, REP_OBJ)
                                     : REG_NULL;
            int a[2] = { e, c };
            bx_callc(B, REP_VOID, "AotExc_Raise", ERR_ALWAYS, a, 2);
        }
        if (B->cur->term == TERM_NONE)
            B->cur->term = TERM_UNREACHABLE;
        break;
    }
    case AST_Try:
        bx_try(B, s);
        break;
    case AST_With:
        bx_with_items(B, s, 0);
        break;
    case AST_Import:
        bx_import(B, s);
        break;
    case AST_ImportFrom:
        bx_import_from(B, s);
        break;
    case AST_FunctionDef: {
        int fn = bx_make_function(B, s);
        bx_store_name(B, s->u.FunctionDef.name, fn);
        break;
    }
    default:
        bx_error(B, s, "unsupported: statement '%s'", ast_kind_name(s->kind));
        break;
    }
    B->walrus = false;
}

void
bx_stmts(Builder *B, NodeList *body)
{
    for (int i = 0; i < body->len; i++)
        bx_stmt(B, body->items[i]);
}

/* ---- functions ---- */

static Node *
bx_docstring(NodeList *body)
{
    if (body->len && body->items[0]->kind == AST_ExprStmt) {
        Node *v = body->items[0]->u.ExprStmt.value;
        if (v->kind == AST_Constant &&
            (v->u.Constant.ckind == CONST_STR ||
             v->u.Constant.ckind == CONST_STR_ESCAPED))
            return v;
    }
    return NULL;
}

/* Creates the function object for a def or lambda at its definition site:
 * decorators, defaults, keyword defaults and annotations are evaluated here
 * in CPython's order. Returns the (decorated) function object. */
int
bx_make_function(Builder *B, Node *def)
{
    InferDef *d = infer_def_of(B->I, def);
    bool is_lambda = def->kind == AST_Lambda;
    Node *args = is_lambda ? def->u.Lambda.args : def->u.FunctionDef.args;
    AstArguments *a = args ? &args->u.Arguments : NULL;
    int ndeco = 0;
    int *decos = NULL;
    if (!is_lambda) {
        NodeList *dl = &def->u.FunctionDef.decorators;
        decos = arena_alloc(B->m->arena, sizeof(int) * (size_t)(dl->len + 1));
        for (int i = 0; i < dl->len; i++) {
            B->line = dl->items[i]->loc.line;
            decos[ndeco++] = bx_expr_as(B, dl->items[i], REP_OBJ);
        }
    }
    B->line = def->loc.line;
    int defaults = REG_NULL, kwdefaults = REG_NULL, annots = REG_NULL;
    if (a && a->defaults.len) {
        int n = a->defaults.len;
        int *regs = arena_alloc(B->m->arena, sizeof(int) * (size_t)n);
        for (int i = 0; i < n; i++)
            regs[i] = bx_expr_as(B, a->defaults.items[i], REP_OBJ);
        defaults = bx_build(B, regs, n, 1);
    }
    if (a) {
        for (int i = 0; i < a->kwonlyargs.len; i++) {
            Node *dv = a->kw_defaults.len > i ? a->kw_defaults.items[i] : NULL;
            if (!dv)
                continue;
            if (kwdefaults == REG_NULL)
                kwdefaults =
                  bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
            int v = bx_expr_as(B, dv, REP_OBJ);
            int x[3] = { kwdefaults,
                         bx_const_str(B, a->kwonlyargs.items[i]->u.Arg.arg),
                         v };
            bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, x, 3);
        }
    }
    /* Annotations are evaluated at definition time (no PEP 563 here). */
    if (!is_lambda) {
        int total =
          a ? a->posonlyargs.len + a->args.len + a->kwonlyargs.len + 2 : 0;
        Node **all =
          arena_alloc(B->m->arena, sizeof(Node *) * (size_t)(total + 1));
        int n = 0;
        if (a) {
            NodeList *lists[3] = { &a->posonlyargs, &a->args, &a->kwonlyargs };
            for (int l = 0; l < 3; l++)
                for (int i = 0; i < lists[l]->len; i++)
                    all[n++] = lists[l]->items[i];
            /* CPython's order: posonly, args, vararg, kwonly, kwarg */
            if (a->vararg) {
                memmove(all + a->posonlyargs.len + a->args.len + 1,
                        all + a->posonlyargs.len + a->args.len,
                        sizeof(Node *) * (size_t)a->kwonlyargs.len);
                all[a->posonlyargs.len + a->args.len] = a->vararg;
                n++;
            }
            if (a->kwarg)
                all[n++] = a->kwarg;
        }
        for (int i = 0; i < n; i++) {
            Node *ann = all[i]->u.Arg.annotation;
            if (!ann)
                continue;
            if (annots == REG_NULL)
                annots =
                  bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
            int v = bx_expr_as(B, ann, REP_OBJ);
            int x[3] = { annots, bx_const_str(B, all[i]->u.Arg.arg), v };
            bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, x, 3);
        }
        if (def->u.FunctionDef.returns) {
            if (annots == REG_NULL)
                annots =
                  bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
            int v = bx_expr_as(B, def->u.FunctionDef.returns, REP_OBJ);
            int x[3] = { annots, bx_const_str(B, "return"), v };
            bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, x, 3);
        }
    }
    int doc = REG_NULL;
    if (!is_lambda) {
        Node *ds = bx_docstring(&def->u.FunctionDef.body);
        if (ds) {
            doc = bx_expr_as(B, ds, REP_OBJ);
            doc =
              bx_callc(B, REP_OBJ, "AotDoc_Clean", ERR_NULL, &doc, 1)->dest;
        }
    }
    int fn = bx_temp(B, REP_OBJ);
    IrOp *op = bx_op(B, IR_MAKEFUNC, fn);
    int x[4] = { defaults, kwdefaults, doc, annots };
    ir_op_args(B->f, op, x, 4);
    op->ival = d->ir_def;
    op->err = ERR_NULL;
    /* A decorator's call is reported at its own line from 3.11, at the
     * def's before. */
    for (int i = ndeco - 1; i >= 0; i--) {
        int t = bx_temp(B, REP_OBJ);
        B->line = def->u.FunctionDef.decorators.items[i]->loc.line;
        IrOp *c = bx_op(B, IR_CALLPY, t);
        c->line_pre311 = def->loc.line;
        int ca[2] = { decos[i], fn };
        ir_op_args(B->f, c, ca, 2);
        c->err = ERR_NULL;
        fn = t;
    }
    B->line = def->loc.line;
    return fn;
}

/* Builds one clone's body. */
/* ---- boxes of unboxed locals ----
 *
 * A local predicted to be an int or float that is also used as an object
 * (`{x: x + 1 for x in xs}`, `seen.add(x)`, `d[x] += 1`) would be boxed
 * again at each such use: a new object where CPython passes the one it
 * has. Such locals get a hidden "box" local holding the object their
 * value was unboxed from (bx_assign_local), which those uses take
 * instead (bx_coerce). Which locals: those whose name appears as a
 * plain name where an object is wanted, as the scan below finds it;
 * missing one only costs the allocation. */

typedef struct BoxScan {
    PtrMap names;  /* used where an object is wanted */
    PtrMap objsrc; /* bound to items of containers, call results... */
    bool ret_obj;  /* the clone returns an object */
} BoxScan;

/* Names a target binds from a value that is an object to begin with. */
static void
bx_box_src(BoxScan *S, Node *t)
{
    if (t->kind == AST_Name)
        ptrmap_put(&S->objsrc, t->u.Name.id, 1);
    else if (t->kind == AST_Tuple || t->kind == AST_List) {
        NodeList *l =
          t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        for (int i = 0; i < l->len; i++)
            bx_box_src(S, l->items[i]);
    }
    else if (t->kind == AST_Starred)
        bx_box_src(S, t->u.Starred.value);
}

static bool bx_unboxed_builtin(Node *f);

/* Is v (assigned or iterated) an object before it is unboxed: a
 * container's item, a call's result? Not range(), arithmetic or
 * numeric builtins, whose values are made unboxed. */
static bool
bx_box_objvalue(Node *v, bool iterated)
{
    if (v->kind == AST_Call)
        return !bx_unboxed_builtin(v->u.Call.func);
    return iterated || v->kind == AST_Subscript || v->kind == AST_Attribute;
}

static void
bx_box_use(BoxScan *S, Node *e)
{
    if (e && e->kind == AST_Name)
        ptrmap_put(&S->names, e->u.Name.id, 1);
}

static void
bx_box_uses(BoxScan *S, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        bx_box_use(S, l->items[i]);
}

/* builtins whose int and float arguments stay unboxed (irbuild_expr.c) */
static bool
bx_unboxed_builtin(Node *f)
{
    static const char *const names[] = { "range",  "abs", "min",   "max",
                                         "int",    "str", "float", "len",
                                         "divmod", NULL };
    if (f->kind != AST_Name)
        return false;
    for (int i = 0; names[i]; i++)
        if (strcmp(f->u.Name.id, names[i]) == 0)
            return true;
    return false;
}

static void
bx_box_scan(Node *n, void *ctx)
{
    BoxScan *S = ctx;
    switch (n->kind) {
    case AST_FunctionDef:
    case AST_Lambda:
        return; /* their own locals */
    case AST_For:
        if (bx_box_objvalue(n->u.For.iter, true))
            bx_box_src(S, n->u.For.target);
        break;
    case AST_Comprehension:
        if (bx_box_objvalue(n->u.Comprehension.iter, true))
            bx_box_src(S, n->u.Comprehension.target);
        break;
    case AST_NamedExpr:
        if (bx_box_objvalue(n->u.NamedExpr.value, false))
            bx_box_src(S, n->u.NamedExpr.target);
        break;
    case AST_Call:
        if (!bx_unboxed_builtin(n->u.Call.func)) {
            bx_box_uses(S, &n->u.Call.args);
            for (int i = 0; i < n->u.Call.keywords.len; i++)
                bx_box_use(S, n->u.Call.keywords.items[i]->u.Keyword.value);
        }
        break;
    case AST_Dict:
        bx_box_uses(S, &n->u.Dict.keys);
        bx_box_uses(S, &n->u.Dict.values);
        break;
    case AST_Set:
        bx_box_uses(S, &n->u.Set.elts);
        break;
    case AST_List:
        if (n->u.List.ctx == CTX_LOAD)
            bx_box_uses(S, &n->u.List.elts);
        break;
    case AST_Tuple:
        if (n->u.Tuple.ctx == CTX_LOAD)
            bx_box_uses(S, &n->u.Tuple.elts);
        break;
    case AST_ListComp:
        bx_box_use(S, n->u.ListComp.elt);
        break;
    case AST_SetComp:
        bx_box_use(S, n->u.SetComp.elt);
        break;
    case AST_DictComp:
        bx_box_use(S, n->u.DictComp.key);
        bx_box_use(S, n->u.DictComp.value);
        break;
    case AST_Subscript:
        bx_box_use(S, n->u.Subscript.slice);
        break;
    case AST_Assign:
        /* stored into a container or an attribute */
        for (int i = 0; i < n->u.Assign.targets.len; i++) {
            if (n->u.Assign.targets.items[i]->kind != AST_Name)
                bx_box_use(S, n->u.Assign.value);
            if (bx_box_objvalue(n->u.Assign.value, false))
                bx_box_src(S, n->u.Assign.targets.items[i]);
        }
        break;
    case AST_Return:
        if (S->ret_obj)
            bx_box_use(S, n->u.Return.value);
        break;
    case AST_Compare:
        for (int i = 0; i < n->u.Compare.ops.len; i++) {
            int op = n->u.Compare.ops.items[i]->u.CmpOp.op;
            if (op == CMP_IN || op == CMP_NOTIN || op == CMP_IS ||
                op == CMP_ISNOT) {
                bx_box_use(S,
                           i ? n->u.Compare.comparators.items[i - 1]
                             : n->u.Compare.left);
                bx_box_use(S, n->u.Compare.comparators.items[i]);
            }
        }
        break;
    default:
        break;
    }
    ast_visit_children(n, bx_box_scan, S);
}

/* Gives the int and float locals used as objects their box locals. */
static void
bx_make_boxes(Builder *B)
{
    Node *root = B->d->node;
    BoxScan S;
    memset(&S, 0, sizeof S);
    S.ret_obj = B->c->ret != REP_TV && B->c->ret != REP_FV;
    if (root && root->kind == AST_FunctionDef) {
        NodeList *body = &root->u.FunctionDef.body;
        for (int i = 0; i < body->len; i++)
            bx_box_scan(body->items[i], &S);
    }
    else if (!root) {
        /* the module body: only its comprehensions have locals */
        NodeList *body = &B->I->module->u.Module.body;
        for (int i = B->chunk_lo; i < B->chunk_hi; i++)
            bx_box_scan(body->items[i], &S);
    }
    if (!S.names.used || !S.objsrc.used) {
        ptrmap_free(&S.names);
        ptrmap_free(&S.objsrc);
        return;
    }
    int n = B->f->regs.len;
    for (int r = 0; r < n; r++) {
        IrReg *x = &B->f->regs.items[r];
        if (!x->local || !x->name || x->global_name ||
            (x->rep != REP_TV && x->rep != REP_FV) ||
            !ptrmap_get(&S.names, x->name, 0) ||
            !ptrmap_get(&S.objsrc, x->name, 0))
            continue;
        char *bn = arena_alloc(B->m->arena, strlen(x->name) + 6);
        sprintf(bn, "$box.%s", x->name);
        int b = bx_hidden(B, REP_OBJ, bn);
        B->f->regs.items[r].box = b + 1;
    }
    ptrmap_free(&S.names);
    ptrmap_free(&S.objsrc);
}

static void
bx_function_body(Builder *B)
{
    InferDef *d = B->d;
    IrFunc *f = B->f;
    f->ret_rep = B->c->ret;
    B->slot_regs =
      arena_alloc(B->m->arena, sizeof(int) * (size_t)(d->layout.total + 1));
    for (int i = 0; i < d->layout.total; i++)
        B->slot_regs[i] = -1;
    /* Parameters first (regs 0..nparams-1), in co_varnames order. */
    f->param_reps =
      arena_alloc(B->m->arena, sizeof(IrRep) * (size_t)(d->scope->nsyms + 1));
    if (d->scope && d->node) {
        for (int j = 0; j < d->scope->nsyms; j++) {
            Symbol *sym = d->scope->syms[j];
            if (!(sym->flags & SYMF_PARAM))
                continue;
            int r = ir_reg(f, B->c->locals[j], true, sym->name);
            f->regs.items[r].param = !(sym->flags & SYMF_DELETED);
            f->param_reps[f->nparams] =
              f->nparams < d->npos ? B->c->params[f->nparams] : REP_OBJ;
            B->slot_regs[j] = r;
            f->nparams++;
        }
    }
    for (int s = 0; s < d->layout.nscopes; s++) {
        const Scope *sc = d->layout.scopes[s];
        if (sc->kind == SCOPE_MODULE)
            continue;
        for (int j = 0; j < sc->nsyms; j++) {
            int slot = d->layout.offsets[s] + j;
            Symbol *sym = sc->syms[j];
            if (sym->kind != SYM_LOCAL || B->slot_regs[slot] >= 0)
                continue;
            B->slot_regs[slot] =
              ir_reg(f, B->c->locals[slot], true, sym->name);
        }
    }
    bx_make_boxes(B);
    B->cur = bx_new_block(B);
    if (!d->node) {
        NodeList *body = &B->I->module->u.Module.body;
        if (B->chunk_lo == 0) {
            Node *ds = bx_docstring(body);
            if (ds) {
                int v = bx_expr_as(B, ds, REP_OBJ);
                v =
                  bx_callc(B, REP_OBJ, "AotDoc_Clean", ERR_NULL, &v, 1)->dest;
                bx_store_global(B, "__doc__", v);
            }
        }
        NodeList part = { body->items + B->chunk_lo,
                          B->chunk_hi - B->chunk_lo };
        bx_stmts(B, &part);
        if (B->cur->term == TERM_NONE) {
            int none = bx_const_obj(B, IK_NONE, "", 0);
            B->cur->term = TERM_RETURN;
            B->cur->cond = none;
        }
        return;
    }
    if (d->node->kind == AST_Lambda) {
        Node *body = d->node->u.Lambda.body;
        B->line = body->loc.line;
        int v = bx_expr_as(B, body, f->ret_rep);
        B->cur->term = TERM_RETURN;
        B->cur->cond = v;
        return;
    }
    bx_stmts(B, &d->node->u.FunctionDef.body);
    if (B->cur->term == TERM_NONE) {
        B->line = d->node->loc.end_line;
        int none = bx_const_obj(B, IK_NONE, "", 0);
        int v = bx_coerce(B, none, f->ret_rep);
        B->cur->term = TERM_RETURN;
        B->cur->cond = v;
    }
}

static const char *
bx_sig(Arena *a, InferDef *d, InferClone *c, int k)
{
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "%s(", d->scope ? d->scope->qualname : "<module>");
    for (int p = 0; p < d->npos; p++)
        sb_printf(&sb, "%s%s", p ? ", " : "", infer_type_name(c->params[p]));
    sb_printf(&sb, ") -> %s%s", infer_type_name(c->ret), k ? " native" : "");
    const char *s = arena_strdup(a, sb.data);
    sb_free(&sb);
    return s;
}

/* AST nodes per module-body function: C compilers take time superlinear
 * in a function's size (gcc -O2 needed minutes for 10,000 one-line
 * assignments in one function), and a module body runs once, so a long
 * one is cut at top-level statements into functions of about this size. */
#define BX_CHUNK_NODES 300

static void
bx_count_node(Node *n, void *ctx)
{
    ++*(int *)ctx;
    ast_visit_children(n, bx_count_node, ctx);
}

/* Start indexes of the module body's chunks after the first (pushed to
 * starts); none when the body is small. */
typedef Vec(int) BxStarts;

static void
bx_chunk_module(Node *module, BxStarts *starts)
{
    NodeList *body = &module->u.Module.body;
    int acc = 0;
    for (int i = 0; i < body->len; i++) {
        int n = 0;
        bx_count_node(body->items[i], &n);
        if (acc > 0 && acc + n > BX_CHUNK_NODES) {
            vec_push(starts, i);
            acc = 0;
        }
        acc += n;
    }
}

bool
irbuild_module(IrModule *m, Infer *I, Node *module, Diag *diag)
{
    BxStarts starts = { 0 };
    bx_chunk_module(module, &starts);
    /* Pass 1: create an IrDef and one IrFunc per clone so calls can name
     * their targets before the bodies exist. */
    for (int i = 0; i < I->defs.len; i++) {
        InferDef *d = I->defs.items[i];
        IrDef *idef = arena_alloc(m->arena, sizeof *idef);
        idef->node = d->node;
        idef->name = d->node ? d->scope->name : "<module>";
        idef->qualname = d->node ? d->scope->qualname : "<module>";
        d->ir_def = m->defs.len;
        vec_push(&m->defs, idef);
        for (int k = 0; k < d->nclones; k++) {
            IrFunc *f = ir_func_new(m, idef->name, idef->qualname);
            f->node = d->node;
            f->def_index = d->ir_def;
            f->is_module = d->node == NULL;
            f->firstlineno = d->node ? d->node->loc.line : 1;
            f->cname = arena_printf(m->arena, "aotf_%d", f->index);
            f->sig = bx_sig(m->arena, d, &d->clones[k], k);
            d->clones[k].func = f->index;
            if (k == 0)
                idef->generic = f->index;
            else {
                idef->clones[idef->nclones] = f->index;
                idef->clone_params[idef->nclones] = d->clones[k].params;
                idef->nclones++;
            }
        }
        if (!d->node) {
            m->body = d->clones[0].func;
            if (starts.len)
                vec_push(&m->body_chunks, m->body);
            for (int c = 0; c < starts.len; c++) {
                IrFunc *f = ir_func_new(m, idef->name, idef->qualname);
                f->def_index = d->ir_def;
                f->is_module = true;
                f->firstlineno = 1;
                f->cname = arena_printf(m->arena, "aotf_%d", f->index);
                f->sig = m->funcs.items[m->body]->sig;
                vec_push(&m->body_chunks, f->index);
            }
            continue;
        }
        Node *args = d->node->kind == AST_Lambda ? d->node->u.Lambda.args
                                                 : d->node->u.FunctionDef.args;
        if (args) {
            AstArguments *a = &args->u.Arguments;
            idef->npos = a->posonlyargs.len + a->args.len;
            idef->nposonly = a->posonlyargs.len;
            idef->nkwonly = a->kwonlyargs.len;
            idef->varargs = a->vararg != NULL;
            idef->varkw = a->kwarg != NULL;
        }
        idef->module_level = d->direct;
        int n = idef->npos + idef->nkwonly + idef->varargs + idef->varkw;
        idef->argnames =
          arena_alloc(m->arena, sizeof(char *) * (size_t)(n + 1));
        idef->nargnames = n;
        for (int j = 0, k = 0; j < d->scope->nsyms && k < n; j++)
            if (d->scope->syms[j]->flags & SYMF_PARAM)
                idef->argnames[k++] = d->scope->syms[j]->name;
    }
    /* Pass 2: bodies. */
    bool ok = true;
    for (int i = 0; i < I->defs.len; i++) {
        InferDef *d = I->defs.items[i];
        for (int k = 0; k < d->nclones; k++) {
            Builder B;
            memset(&B, 0, sizeof B);
            B.m = m;
            B.I = I;
            B.d = d;
            B.c = &d->clones[k];
            B.f = m->funcs.items[d->clones[k].func];
            B.scope = d->scope;
            B.handler = -1;
            B.diag = diag;
            B.ret_local = -1;
            B.chunk_hi = module->u.Module.body.len;
            if (!d->node && starts.len) {
                /* The module body, one function per chunk. */
                for (int c = 0; c <= starts.len; c++) {
                    B.f = m->funcs.items[m->body_chunks.items[c]];
                    B.chunk_lo = c ? starts.items[c - 1] : 0;
                    B.chunk_hi = c < starts.len ? starts.items[c]
                                                : module->u.Module.body.len;
                    B.slot_regs = NULL;
                    bx_function_body(&B);
                    vec_free(&B.unwind);
                    if (B.failed)
                        ok = false;
                }
                continue;
            }
            bx_function_body(&B);
            vec_free(&B.unwind);
            if (B.failed)
                ok = false;
        }
    }
    vec_free(&starts);
    return ok;
}
