/*
 * irbuild_expr.c: expressions -> IR (see irbuild.h).
 *
 * Every expression is built in the rep infer_expr_rep gives it; callers
 * coerce with bx_coerce. Local variables are read in place (borrowed) unless
 * the statement also rebinds locals through a walrus, in which case a read
 * copies the value so a later rebinding in the same expression cannot free
 * it under us.
 */
#include "irbuild.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void
bx_error(Builder *B, Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(B->diag, n ? n->loc : (Loc){ 0, 0, 0, 0 }, fmt, ap);
    va_end(ap);
    B->failed = true;
}

IrBlock *
bx_new_block(Builder *B)
{
    IrBlock *b = ir_block(B->f);
    b->handler = B->handler;
    b->tbname = B->tbname;
    b->tbvars = B->tbvars;
    return b;
}

void
bx_set(Builder *B, IrBlock *b)
{
    B->cur = b;
}

void
bx_goto(Builder *B, IrBlock *t)
{
    if (B->cur->term == TERM_NONE) {
        B->cur->term = TERM_GOTO;
        B->cur->t0 = t->id;
    }
}

int
bx_temp(Builder *B, IrRep rep)
{
    return ir_reg(B->f, rep, false, NULL);
}

int
bx_hidden(Builder *B, IrRep rep, const char *name)
{
    return ir_reg(B->f, rep, true, name);
}

static IrOp *
bx_op(Builder *B, IrOpKind k, int dest)
{
    /* A block that already ended (after return/raise) gets no more ops:
     * start a fresh, unreachable one so building can go on. */
    if (B->cur->term != TERM_NONE)
        B->cur = bx_new_block(B);
    return ir_emit(B->f, B->cur, k, dest, B->line);
}

IrOp *
bx_callc(Builder *B,
         IrRep rep,
         const char *cname,
         IrErr err,
         const int *args,
         int n)
{
    int dest = rep == REP_VOID ? -1 : bx_temp(B, rep);
    IrOp *op = bx_op(B, IR_CALLC, dest);
    op->cname = cname;
    op->err = err;
    ir_op_args(B->f, op, args, n);
    return op;
}

int
bx_const_obj(Builder *B, IrConstKind k, const char *data, int len)
{
    int r = bx_temp(B, REP_OBJ);
    B->f->regs.items[r].borrowed = true;
    IrOp *op = bx_op(B, IR_CONST, r);
    op->konst = ir_const(B->m, k, data, len);
    return r;
}

int
bx_const_str(Builder *B, const char *s)
{
    return bx_const_obj(B, IK_STR, s, (int)strlen(s));
}

static int
bx_const_none(Builder *B)
{
    return bx_const_obj(B, IK_NONE, "", 0);
}

int
bx_global_load(Builder *B, const char *name)
{
    int r = bx_temp(B, REP_OBJ);
    IrOp *op = bx_op(B, IR_GLOBAL, r);
    op->cname = name;
    op->ival = ir_global_slot(B->m, name);
    op->err = ERR_NULL;
    return r;
}

/* Register of a local name as seen from the current scope, or -1 if the
 * name is a global. */
int
bx_name_reg(Builder *B, const char *name, bool *is_local)
{
    const Scope *owner = NULL;
    *is_local = false;
    if (B->promo.used && B->scope->kind == SCOPE_MODULE) {
        int r = ptrmap_get(&B->promo, name, -1);
        if (r >= 0) {
            *is_local = true;
            return r;
        }
    }
    Symbol *sym = scope_resolve(B->scope, name, &owner);
    if (!sym || !owner)
        return -1;
    int slot = infer_slot(&B->d->layout, owner, sym);
    if (slot < 0)
        return -1;
    *is_local = true;
    return B->slot_regs[slot];
}

int
bx_load_local(Builder *B, int reg, const char *name, bool check)
{
    IrReg *r = &B->f->regs.items[reg];
    if (check && !(r->param && !B->walrus)) {
        IrOp *op = bx_op(B, IR_CHECKBOUND, -1);
        ir_op_args(B->f, op, &reg, 1);
        op->cname = name;
        op->err = ERR_ALWAYS; /* emitter: fails only when unbound */
    }
    if (!B->walrus)
        return reg;
    int t = bx_temp(B, r->rep);
    IrOp *op = bx_op(B, IR_COPY, t);
    ir_op_args(B->f, op, &reg, 1);
    return t;
}

int
bx_coerce(Builder *B, int reg, IrRep to)
{
    IrRep from = B->f->regs.items[reg].rep;
    if (from == to)
        return reg;
    if (to == REP_CINT) {
        if (from == REP_BOOL)
            return reg; /* already a 0/1 truth */
        int t = bx_temp(B, REP_CINT);
        IrOp *op = bx_op(B, IR_TRUTH, t);
        ir_op_args(B->f, op, &reg, 1);
        op->err = (from == REP_OBJ || from == REP_TV) ? ERR_NEG : ERR_NEVER;
        return t;
    }
    if (to == REP_OBJ && from == REP_BOOL) {
        /* a True/False literal (x[i] = False): the borrowed constant.
         * It was built a few ops back (before the target's parts); the
         * look is bounded so a huge block stays linear to build. */
        int stop = B->cur->ops.len > 32 ? B->cur->ops.len - 32 : 0;
        for (int i = B->cur->ops.len - 1; i >= stop; i--) {
            IrOp *d = &B->cur->ops.items[i];
            if (d->dest != reg)
                continue;
            if (d->kind == IR_CONST)
                return bx_const_obj(B, d->ival ? IK_TRUE : IK_FALSE, "", 0);
            break;
        }
    }
    if (to == REP_OBJ && (from == REP_TV || from == REP_FV) &&
        B->f->regs.items[reg].box > 0) {
        /* the object the local was unboxed from, if it still holds
         * that value (bx_assign_local) */
        int a[2] = { B->f->regs.items[reg].box - 1, reg };
        return bx_callc(B,
                        REP_OBJ,
                        from == REP_TV ? "AotTV_BoxOr" : "AotFV_BoxOr",
                        ERR_NULL,
                        a,
                        2)
          ->dest;
    }
    if (to == REP_OBJ) {
        int t = bx_temp(B, REP_OBJ);
        IrOp *op = bx_op(B, IR_BOX, t);
        ir_op_args(B->f, op, &reg, 1);
        op->err =
          (from == REP_BOOL || from == REP_CINT) ? ERR_NEVER : ERR_NULL;
        return t;
    }
    if (to == REP_TV && (from == REP_OBJ || from == REP_I64)) {
        int t = bx_temp(B, REP_TV);
        IrOp *op = bx_op(B, IR_UNBOX, t);
        ir_op_args(B->f, op, &reg, 1);
        op->err = ERR_NULL;
        return t;
    }
    if (to == REP_TV || to == REP_FV || to == REP_BOOL) {
        /* Only reachable if inference and building disagree: go through an
         * object, which is always correct for TV and checked otherwise. */
        int o = bx_coerce(B, reg, REP_OBJ);
        int t = bx_temp(B, to);
        IrOp *op = bx_op(B, IR_UNBOX, t);
        ir_op_args(B->f, op, &o, 1);
        op->err = ERR_NULL;
        return t;
    }
    return reg;
}

static int bx_binop_regs(Builder *B, int op, int l, int r, IrRep rep);
static IrRep bx_rep(Builder *B, Node *e);

int
bx_expr_as(Builder *B, Node *e, IrRep rep)
{
    /* A number literal wanted as an object comes from the constant table
     * instead of being boxed each time. */
    if (rep == REP_OBJ && e->kind == AST_Constant &&
        (e->u.Constant.ckind == CONST_INT ||
         e->u.Constant.ckind == CONST_FLOAT))
        return bx_const_obj(B,
                            e->u.Constant.ckind == CONST_INT ? IK_INT
                                                             : IK_FLOAT,
                            e->u.Constant.value,
                            e->u.Constant.value_len);
    /* So are True and False (flags[j] = False): a borrowed reference,
     * not a PyBool_FromLong and its release per use. */
    if (rep == REP_OBJ && e->kind == AST_Constant &&
        (e->u.Constant.ckind == CONST_TRUE ||
         e->u.Constant.ckind == CONST_FALSE))
        return bx_const_obj(
          B, e->u.Constant.ckind == CONST_TRUE ? IK_TRUE : IK_FALSE, "", 0);
    /* Arithmetic on unknowns wanted as a predicted int or float (s +=
     * a[k] * b[k] with s a float) is done in that representation: the
     * operands are unboxed instead of the result, so a float product
     * allocates no object. The tagged words hold anything, so a wrong
     * guess only costs a slow path. */
    if ((rep == REP_FV || rep == REP_TV) && e->kind == AST_BinOp &&
        bx_rep(B, e) == REP_OBJ) {
        int op = e->u.BinOp.op;
        bool fv_op =
          op == OP_ADD || op == OP_SUB || op == OP_MULT || op == OP_DIV;
        bool tv_op = op == OP_ADD || op == OP_SUB || op == OP_MULT ||
                     op == OP_FLOORDIV || op == OP_BITAND || op == OP_BITOR ||
                     op == OP_BITXOR || op == OP_LSHIFT || op == OP_RSHIFT;
        bool two_ints = bx_rep(B, e->u.BinOp.left) == REP_TV &&
                        bx_rep(B, e->u.BinOp.right) == REP_TV;
        if (rep == REP_FV && fv_op && !two_ints) {
            int a = bx_fv_operand(B, e->u.BinOp.left);
            int b = bx_fv_operand(B, e->u.BinOp.right);
            return bx_binop_regs(B, op, a, b, REP_FV);
        }
        if (rep == REP_TV && tv_op) {
            int a = bx_expr_as(B, e->u.BinOp.left, REP_TV);
            int b = bx_expr_as(B, e->u.BinOp.right, REP_TV);
            return bx_binop_regs(B, op, a, b, REP_TV);
        }
    }
    /* An item of a list of predicted numbers (dp[i - 1][j] + 1) is
     * unboxed straight from its slot: no reference to the item is taken
     * and dropped around the unboxing. */
    if ((rep == REP_TV || rep == REP_FV) && e->kind == AST_Subscript &&
        e->u.Subscript.slice->kind != AST_Slice &&
        e->u.Subscript.slice->kind != AST_Tuple &&
        bx_rep(B, e->u.Subscript.slice) == REP_TV) {
        int saved_line = B->line;
        B->line = e->loc.line;
        int a2[4];
        int64_t opc;
        if (bx_sub2(B, e, a2, &opc)) {
            int r = bx_sub2_op(B,
                               rep,
                               rep == REP_TV ? "AotObj_GetItem2_TV"
                                             : "AotObj_GetItem2_FV",
                               a2,
                               opc,
                               -1)
                      ->dest;
            B->line = saved_line;
            return r;
        }
        int a[2];
        a[0] = bx_expr_as(B, e->u.Subscript.value, REP_OBJ);
        a[1] = bx_expr_as(B, e->u.Subscript.slice, REP_TV);
        int r = bx_callc(B,
                         rep,
                         rep == REP_TV ? "AotObj_GetItemTV_TV"
                                       : "AotObj_GetItemTV_FV",
                         ERR_NULL,
                         a,
                         2)
                  ->dest;
        B->line = saved_line;
        return r;
    }
    return bx_coerce(B, bx_expr(B, e), rep);
}

static IrRep
bx_rep(Builder *B, Node *e)
{
    IrRep r = infer_expr_rep(B->I, B->d, B->c, B->scope, e);
    return r == REP_BOTTOM ? REP_OBJ : r;
}

/* ---- constants ---- */

/* Does a folded int fit an immediate tagged word? (2 bits of headroom
 * below the short range, as the literals always had.) */
static bool
bx_is_short_const(const InferFold *f)
{
    return f->exact && f->v >= -(1LL << 61) && f->v < (1LL << 61);
}

/* An immediate tagged word: a short owns nothing, so no refcounting. */
static int
bx_short_const(Builder *B, int64_t v)
{
    int r = bx_temp(B, REP_TV);
    B->f->regs.items[r].borrowed = true;
    bx_op(B, IR_CONST, r)->ival = v;
    return r;
}

static int
bx_constant(Builder *B, Node *e)
{
    AstConstant *c = &e->u.Constant;
    switch (c->ckind) {
    case CONST_NONE:
        return bx_const_none(B);
    case CONST_TRUE:
    case CONST_FALSE: {
        int r = bx_temp(B, REP_BOOL);
        IrOp *op = bx_op(B, IR_CONST, r);
        op->ival = c->ckind == CONST_TRUE;
        return r;
    }
    case CONST_ELLIPSIS:
        return bx_const_obj(B, IK_ELLIPSIS, "", 0);
    case CONST_INT: {
        /* Small literals become immediate tagged words; others are table
         * constants unboxed into pointer-tagged words. */
        InferFold f;
        if (infer_fold_int(e, &f) && bx_is_short_const(&f))
            return bx_short_const(B, f.v);
        int k = bx_const_obj(B, IK_INT, c->value, c->value_len);
        return bx_coerce(B, k, REP_TV);
    }
    case CONST_FLOAT: {
        int r = bx_temp(B, REP_FV);
        B->f->regs.items[r].borrowed = true; /* a double owns nothing */
        IrOp *op = bx_op(B, IR_CONST, r);
        op->fval = strtod(c->value, NULL);
        return r;
    }
    case CONST_COMPLEX:
        return bx_const_obj(B, IK_COMPLEX, c->value, c->value_len);
    case CONST_STR:
        return bx_const_obj(B, IK_STR, c->value, c->value_len);
    case CONST_STR_ESCAPED:
        return bx_const_obj(B, IK_STR_ESCAPED, c->value, c->value_len);
    case CONST_BYTES:
        return bx_const_obj(B, IK_BYTES, c->value, c->value_len);
    }
    return bx_const_none(B);
}

/* ---- operators ---- */

/* The constant-table index of folded int expression e (infer_fold_int
 * said it folds): its value when that fits in 64 bits, else the operator
 * applied at module init to its operands' constants. */
static int
bx_fold_konst(Builder *B, Node *e)
{
    InferFold f;
    infer_fold_int(e, &f);
    char buf[64];
    int n;
    if (f.exact) {
        n = snprintf(buf, sizeof buf, "%lld", (long long)f.v);
        return ir_const(B->m, IK_INT, arena_strndup(B->m->arena, buf, n), n);
    }
    int a, b = -1;
    if (e->kind == AST_UnaryOp)
        a = bx_fold_konst(B, e->u.UnaryOp.operand);
    else {
        a = bx_fold_konst(B, e->u.BinOp.left);
        b = bx_fold_konst(B, e->u.BinOp.right);
    }
    n = snprintf(buf, sizeof buf, "%c %d %d", f.op, a, b);
    return ir_const(B->m, IK_FOLD, arena_strndup(B->m->arena, buf, n), n);
}

/* A folded int expression: an immediate tagged word when small, else a
 * constant computed once, as CPython's compiler folds it. -1 if e does
 * not fold. */
static int
bx_folded(Builder *B, Node *e)
{
    InferFold f;
    if (!infer_fold_int(e, &f))
        return -1;
    if (bx_is_short_const(&f))
        return bx_short_const(B, f.v);
    int r = bx_temp(B, REP_OBJ);
    B->f->regs.items[r].borrowed = true;
    bx_op(B, IR_CONST, r)->konst = bx_fold_konst(B, e);
    return r;
}

static int
bx_binop_regs(Builder *B, int op, int l, int r, IrRep rep)
{
    int t = bx_temp(B, rep);
    IrOp *o = bx_op(B, IR_BINOP, t);
    int a[2] = { l, r };
    ir_op_args(B->f, o, a, 2);
    o->op = op;
    o->err = ERR_NULL;
    return t;
}

/* An operand of a float-predicted operation: int-predicted values (int
 * literals too) stay tagged ints, the rest are float-predicted words. An
 * int literal is not turned into a double: the other operand may turn
 * out to be an int or a Fraction, for which x / 3 and x / 3.0 differ
 * (the C compiler folds the conversion on the float path anyway). */
int
bx_fv_operand(Builder *B, Node *e)
{
    IrRep r = bx_rep(B, e);
    return bx_expr_as(B, e, r == REP_TV ? REP_TV : REP_FV);
}

/* x % MOD, x // MOD with MOD an int module constant: the op just built
 * expects MOD's value (IrOp.imm, ival), for which the emitter divides
 * by a C constant (a multiply instead of a hardware divide), behind a
 * test that MOD still holds it. */
static void
bx_expect_const(Builder *B, int t, Node *r, int op, IrRep rep)
{
    int64_t v;
    if (rep != REP_TV || (op != OP_MOD && op != OP_FLOORDIV) ||
        r->kind != AST_Name ||
        !infer_const_int(B->I, B->scope, r->u.Name.id, &v) || v == 0 ||
        v < -((int64_t)1 << 61) || v >= ((int64_t)1 << 61))
        return;
    IrOp *o = B->cur->ops.len ? &vec_last(&B->cur->ops) : NULL;
    if (o == NULL || o->kind != IR_BINOP || o->dest != t)
        return; /* not the op bx_binop_regs just built */
    o->imm = true;
    o->ival = v;
}

static int
bx_binop(Builder *B, Node *e)
{
    IrRep rep = bx_rep(B, e);
    Node *l = e->u.BinOp.left, *r = e->u.BinOp.right;
    IrRep opnd = REP_OBJ;
    if (rep == REP_FV) {
        /* Each operand in its own rep: an int-predicted word meets a
         * float-predicted one in AotFV_*TF/FT without boxing. */
        int a = bx_fv_operand(B, l);
        int b = bx_fv_operand(B, r);
        return bx_binop_regs(B, e->u.BinOp.op, a, b, rep);
    }
    if (rep == REP_TV)
        opnd = rep;
    else if (e->u.BinOp.op == OP_DIV && bx_rep(B, l) == REP_TV &&
             bx_rep(B, r) == REP_TV)
        opnd = REP_TV; /* int / int: AotTV_TrueDiv */
    int a = bx_expr_as(B, l, opnd);
    int b = bx_expr_as(B, r, opnd);
    int t = bx_binop_regs(B, e->u.BinOp.op, a, b, rep);
    bx_expect_const(B, t, r, e->u.BinOp.op, rep);
    return t;
}

static int
bx_unop(Builder *B, Node *e)
{
    int op = e->u.UnaryOp.op;
    if (op == UOP_NOT) {
        int c = bx_cond(B, e->u.UnaryOp.operand);
        int t = bx_temp(B, REP_BOOL);
        IrOp *o = bx_op(B, IR_UNOP, t);
        ir_op_args(B->f, o, &c, 1);
        o->op = UOP_NOT;
        return t;
    }
    IrRep rep = bx_rep(B, e);
    int a = bx_expr_as(B, e->u.UnaryOp.operand, rep);
    int t = bx_temp(B, rep);
    IrOp *o = bx_op(B, IR_UNOP, t);
    ir_op_args(B->f, o, &a, 1);
    o->op = op;
    o->err = ERR_NULL;
    return t;
}

/* One comparison a <op> b as a value (rep) or truth (REP_CINT/BOOL).
 * Identity, membership and float comparisons always give C truth values
 * first; an object result is boxed from them. */
static int
bx_compare_regs(Builder *B, int op, int a, int b, IrRep rep)
{
    IrRep ar = B->f->regs.items[a].rep, br = B->f->regs.items[b].rep;
    bool truthy =
      op == CMP_IS || op == CMP_ISNOT || op == CMP_IN || op == CMP_NOTIN;
    /* A predicted int against a value of unknown type (i >= n, n a
     * parameter): compared as tagged words, an int n without boxing i;
     * anything else takes AotTV's generic path. */
    if (!truthy && ar == REP_TV && br == REP_OBJ) {
        b = bx_coerce(B, b, REP_TV);
        br = REP_TV;
    }
    else if (!truthy && ar == REP_OBJ && br == REP_TV) {
        a = bx_coerce(B, a, REP_TV);
        ar = REP_TV;
    }
    /* x is x of a number: the same object in CPython, while boxing the
     * word twice would make two */
    if ((op == CMP_IS || op == CMP_ISNOT) && a == b &&
        (ar == REP_TV || ar == REP_FV)) {
        int t = bx_temp(B, REP_BOOL);
        bx_op(B, IR_CONST, t)->ival = op == CMP_IS;
        return rep == REP_OBJ ? bx_coerce(B, t, REP_OBJ) : t;
    }
    bool numeric =
      (ar == REP_TV || ar == REP_FV) && (br == REP_TV || br == REP_FV);
    if (truthy ||
        !((ar == REP_TV && br == REP_TV) || (numeric && rep != REP_OBJ))) {
        a = bx_coerce(B, a, REP_OBJ);
        b = bx_coerce(B, b, REP_OBJ);
    }
    IrRep trep = rep;
    if (op == CMP_IS || op == CMP_ISNOT)
        trep = REP_BOOL;
    else if (op == CMP_IN || op == CMP_NOTIN)
        trep = REP_CINT;
    else if (rep == REP_BOOL)
        trep = REP_CINT;
    int t = bx_temp(B, trep);
    IrOp *o = bx_op(B, IR_COMPARE, t);
    int args[2] = { a, b };
    ir_op_args(B->f, o, args, 2);
    o->op = op;
    o->err = trep == REP_BOOL  ? ERR_NEVER
             : trep == REP_OBJ ? ERR_NULL
                               : ERR_NEG;
    if (trep != rep && rep == REP_OBJ)
        return bx_coerce(B, t, REP_OBJ);
    return t;
}

static IrRep
bx_cmp_operand_rep(Builder *B, Node *l, Node *r)
{
    IrRep lr = bx_rep(B, l), rr = bx_rep(B, r);
    if (lr == rr && (lr == REP_TV || lr == REP_FV))
        return lr;
    /* int against unknown, float against int: each in its own rep
     * (bx_compare_regs) */
    if ((lr == REP_TV && rr == REP_OBJ) || (lr == REP_OBJ && rr == REP_TV) ||
        (lr == REP_TV && rr == REP_FV) || (lr == REP_FV && rr == REP_TV))
        return REP_BOTTOM;
    return REP_OBJ;
}

/* An operand of a comparison in the rep bx_cmp_operand_rep chose
 * (REP_BOTTOM: its own). */
static int
bx_cmp_operand(Builder *B, Node *e, IrRep orep)
{
    if (orep == REP_BOTTOM) {
        orep = bx_rep(B, e);
        if (orep != REP_TV && orep != REP_FV)
            orep = REP_OBJ;
    }
    return bx_expr_as(B, e, orep);
}

static int
bx_compare(Builder *B, Node *e)
{
    AstCompare *c = &e->u.Compare;
    IrRep rep = bx_rep(B, e);
    if (c->comparators.len == 1) {
        Node *r = c->comparators.items[0];
        IrRep orep = bx_cmp_operand_rep(B, c->left, r);
        int a = bx_cmp_operand(B, c->left, orep);
        int b = bx_cmp_operand(B, r, orep);
        int op = c->ops.items[0]->u.CmpOp.op;
        if (rep == REP_BOOL || op == CMP_IS || op == CMP_ISNOT ||
            op == CMP_IN || op == CMP_NOTIN) {
            int t = bx_compare_regs(
              B,
              op,
              a,
              b,
              op == CMP_IS || op == CMP_ISNOT || rep == REP_BOOL ? REP_BOOL
                                                                 : REP_CINT);
            return t;
        }
        return bx_compare_regs(B, op, a, b, REP_OBJ);
    }
    /* Chained: a < b < c == (a < b) and (b < c), b evaluated once, each
     * operand in its own rep (two predicted ints compare natively). */
    int result = bx_temp(B, REP_OBJ);
    IrBlock *done = bx_new_block(B);
    int left = bx_cmp_operand(B, c->left, REP_BOTTOM);
    for (int i = 0; i < c->comparators.len; i++) {
        int right = bx_cmp_operand(B, c->comparators.items[i], REP_BOTTOM);
        int op = c->ops.items[i]->u.CmpOp.op;
        int v = bx_compare_regs(B, op, left, right, REP_OBJ);
        if (B->f->regs.items[v].rep != REP_OBJ)
            v = bx_coerce(B, v, REP_OBJ);
        IrOp *as = bx_op(B, IR_ASSIGN, result);
        ir_op_args(B->f, as, &v, 1);
        as->steals = 1;
        if (i + 1 == c->comparators.len) {
            bx_goto(B, done);
            break;
        }
        int t = bx_coerce(B, result, REP_CINT);
        IrBlock *next = bx_new_block(B);
        B->cur->term = TERM_BRANCH;
        B->cur->cond = t;
        B->cur->t0 = next->id;
        B->cur->t1 = done->id;
        bx_set(B, next);
        left = right;
    }
    bx_set(B, done);
    return result;
}

int
bx_cond(Builder *B, Node *e)
{
    if (e->kind == AST_Compare && e->u.Compare.comparators.len == 1) {
        AstCompare *c = &e->u.Compare;
        Node *r = c->comparators.items[0];
        IrRep orep = bx_cmp_operand_rep(B, c->left, r);
        int a = bx_cmp_operand(B, c->left, orep);
        int b = bx_cmp_operand(B, r, orep);
        int op = c->ops.items[0]->u.CmpOp.op;
        bool boolish = op == CMP_IS || op == CMP_ISNOT;
        /* at the comparison's line, as bx_expr would put it (the
         * statement's may be an earlier one) */
        int saved_line = B->line;
        B->line = e->loc.line;
        int t = bx_compare_regs(B, op, a, b, boolish ? REP_BOOL : REP_CINT);
        B->line = saved_line;
        return t;
    }
    if (e->kind == AST_UnaryOp && e->u.UnaryOp.op == UOP_NOT) {
        int c = bx_cond(B, e->u.UnaryOp.operand);
        int t = bx_temp(B, REP_BOOL);
        IrOp *o = bx_op(B, IR_UNOP, t);
        ir_op_args(B->f, o, &c, 1);
        o->op = UOP_NOT;
        return t;
    }
    return bx_coerce(B, bx_expr(B, e), REP_CINT);
}

/* Ends the current block (a new one if it already ended) with a branch
 * on the 0/1 register c. */
static void
bx_branch_on(Builder *B, int c, IrBlock *t, IrBlock *f)
{
    if (B->cur->term != TERM_NONE)
        B->cur = bx_new_block(B);
    B->cur->term = TERM_BRANCH;
    B->cur->cond = c;
    B->cur->t0 = t->id;
    B->cur->t1 = f->id;
}

/* Branches to t or f on the truth of e, short-circuiting and/or/not. */
void
bx_branch(Builder *B, Node *e, IrBlock *t, IrBlock *f)
{
    if (e->kind == AST_UnaryOp && e->u.UnaryOp.op == UOP_NOT) {
        bx_branch(B, e->u.UnaryOp.operand, f, t);
        return;
    }
    if (e->kind == AST_Compare && e->u.Compare.comparators.len > 1) {
        /* if lo <= x < hi: each link's truth, as CPython's jumps take it,
         * the middle operands evaluated once, in their own reps */
        AstCompare *c = &e->u.Compare;
        int saved_line = B->line;
        B->line = e->loc.line;
        int left = bx_cmp_operand(B, c->left, REP_BOTTOM);
        for (int i = 0; i < c->comparators.len; i++) {
            int right = bx_cmp_operand(B, c->comparators.items[i], REP_BOTTOM);
            int op = c->ops.items[i]->u.CmpOp.op;
            bool boolish = op == CMP_IS || op == CMP_ISNOT;
            int tr = bx_compare_regs(
              B, op, left, right, boolish ? REP_BOOL : REP_CINT);
            IrBlock *next = i + 1 < c->comparators.len ? bx_new_block(B) : t;
            bx_branch_on(B, tr, next, f);
            if (next != t)
                bx_set(B, next);
            left = right;
        }
        B->line = saved_line;
        return;
    }
    if (e->kind == AST_BoolOp) {
        NodeList *v = &e->u.BoolOp.values;
        bool is_and = e->u.BoolOp.op == BOOL_AND;
        for (int i = 0; i < v->len - 1; i++) {
            IrBlock *next = bx_new_block(B);
            if (is_and)
                bx_branch(B, v->items[i], next, f);
            else
                bx_branch(B, v->items[i], t, next);
            bx_set(B, next);
        }
        bx_branch(B, v->items[v->len - 1], t, f);
        return;
    }
    bx_branch_on(B, bx_cond(B, e), t, f);
}

static int
bx_boolop(Builder *B, Node *e)
{
    IrRep rep = bx_rep(B, e);
    int result = bx_temp(B, rep);
    IrBlock *done = bx_new_block(B);
    NodeList *v = &e->u.BoolOp.values;
    bool is_and = e->u.BoolOp.op == BOOL_AND;
    for (int i = 0; i < v->len; i++) {
        int x = bx_expr_as(B, v->items[i], rep);
        IrOp *as = bx_op(B, IR_ASSIGN, result);
        ir_op_args(B->f, as, &x, 1);
        as->steals = 1;
        if (i + 1 == v->len) {
            bx_goto(B, done);
            break;
        }
        int c = bx_coerce(B, result, REP_CINT);
        IrBlock *next = bx_new_block(B);
        B->cur->term = TERM_BRANCH;
        B->cur->cond = c;
        B->cur->t0 = is_and ? next->id : done->id;
        B->cur->t1 = is_and ? done->id : next->id;
        bx_set(B, next);
    }
    bx_set(B, done);
    return result;
}

static int
bx_ifexp(Builder *B, Node *e)
{
    IrRep rep = bx_rep(B, e);
    int result = bx_temp(B, rep);
    IrBlock *bt = bx_new_block(B), *bf = bx_new_block(B),
            *done = bx_new_block(B);
    bx_branch(B, e->u.IfExp.test, bt, bf);
    bx_set(B, bt);
    int x = bx_expr_as(B, e->u.IfExp.body, rep);
    IrOp *as = bx_op(B, IR_ASSIGN, result);
    ir_op_args(B->f, as, &x, 1);
    as->steals = 1;
    bx_goto(B, done);
    bx_set(B, bf);
    int y = bx_expr_as(B, e->u.IfExp.orelse, rep);
    as = bx_op(B, IR_ASSIGN, result);
    ir_op_args(B->f, as, &y, 1);
    as->steals = 1;
    bx_goto(B, done);
    bx_set(B, done);
    return result;
}

/* ---- names ---- */

static int
bx_name(Builder *B, Node *e)
{
    bool local;
    int reg = bx_name_reg(B, e->u.Name.id, &local);
    if (local)
        return bx_load_local(B, reg, e->u.Name.id, true);
    return bx_global_load(B, e->u.Name.id);
}

static int
bx_walrus(Builder *B, Node *e)
{
    Node *t = e->u.NamedExpr.target;
    bool local;
    int reg = bx_name_reg(B, t->u.Name.id, &local);
    IrRep rep = local ? B->f->regs.items[reg].rep : REP_OBJ;
    int v = bx_expr_as(B, e->u.NamedExpr.value, rep);
    /* The expression's value is the bound value: copy before storing. */
    int copy = bx_temp(B, rep);
    IrOp *op = bx_op(B, IR_COPY, copy);
    ir_op_args(B->f, op, &v, 1);
    bx_store(B, t, v);
    return copy;
}

/* ---- displays ---- */

static bool
bx_has_starred(NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == AST_Starred)
            return true;
    return false;
}

/* A list (tuple=0) or tuple (tuple=1) of the values in regs, consuming
 * them. BUILD's steal mask has one bit per argument, so long sequences are
 * built by appending instead. */
int
bx_build(Builder *B, const int *regs, int n, int tuple)
{
    if (n < 32) {
        int t = bx_temp(B, REP_OBJ);
        IrOp *op = bx_op(B, IR_BUILD, t);
        ir_op_args(B->f, op, regs, n);
        op->op = tuple;
        op->steals = (1u << n) - 1;
        op->err = ERR_NULL;
        return t;
    }
    int zero = bx_temp(B, REP_I64);
    IrOp *z = bx_op(B, IR_CONST, zero);
    z->ival = 0;
    int list = bx_callc(B, REP_OBJ, "PyList_New", ERR_NULL, &zero, 1)->dest;
    for (int i = 0; i < n; i++) {
        int a[2] = { list, bx_coerce(B, regs[i], REP_OBJ) };
        bx_callc(B, REP_VOID, "PyList_Append", ERR_NEG, a, 2);
    }
    if (!tuple)
        return list;
    return bx_callc(B, REP_OBJ, "AotList_AsTuple", ERR_NULL, &list, 1)->dest;
}

static int bx_konst_seq(Builder *B, NodeList *elts);

/* The constant-table index of e when it is a constant CPython's compiler
 * keeps as one object (a literal, a folded int, a tuple of those), else
 * -1. */
static int
bx_konst_index(Builder *B, Node *e)
{
    static const IrConstKind kinds[] = {
        [CONST_NONE] = IK_NONE,
        [CONST_TRUE] = IK_TRUE,
        [CONST_FALSE] = IK_FALSE,
        [CONST_ELLIPSIS] = IK_ELLIPSIS,
        [CONST_COMPLEX] = IK_COMPLEX,
        [CONST_STR] = IK_STR,
        [CONST_STR_ESCAPED] = IK_STR_ESCAPED,
        [CONST_BYTES] = IK_BYTES,
    };
    InferFold f;
    if (e->kind == AST_Tuple)
        return bx_konst_seq(B, &e->u.Tuple.elts);
    if (e->kind == AST_Constant && e->u.Constant.ckind == CONST_FLOAT)
        return ir_const(
          B->m, IK_FLOAT, e->u.Constant.value, e->u.Constant.value_len);
    if (e->kind == AST_Constant && e->u.Constant.ckind != CONST_INT)
        return ir_const(B->m,
                        kinds[e->u.Constant.ckind],
                        e->u.Constant.value ? e->u.Constant.value : "",
                        e->u.Constant.value ? e->u.Constant.value_len : 0);
    if ((e->kind == AST_Constant || e->kind == AST_UnaryOp ||
         e->kind == AST_BinOp) &&
        infer_fold_int(e, &f))
        return bx_fold_konst(B, e);
    return -1;
}

/* A tuple display of constants is one constant object built at import,
 * as CPython's compiler folds it: no allocation per evaluation, and equal
 * displays in a module are the same object. The items of a list or dict
 * display of constants come from such a tuple too (CPython's LIST_EXTEND
 * of a constant tuple, BUILD_CONST_KEY_MAP), which keeps the code of a
 * huge literal table small. -1 if any item is not a constant. */
static int
bx_konst_seq(Builder *B, NodeList *elts)
{
    if (elts->len == 0)
        return -1;
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < elts->len; i++) {
        int k = bx_konst_index(B, elts->items[i]);
        if (k < 0) {
            sb_free(&sb);
            return -1;
        }
        sb_printf(&sb, "%s%d", i ? " " : "", k);
    }
    int k = ir_const(B->m,
                     IK_TUPLE,
                     arena_strndup(B->m->arena, sb.data, sb.len),
                     (int)sb.len);
    sb_free(&sb);
    return k;
}

/* For item i of a display: the index of an earlier item that is the
 * same local name holding a predicted number (whose boxed object item i
 * can share), else -1. Nothing between the two reads can rebind a local
 * but a walrus, and then loads are copies anyway. */
static int
bx_seq_dup_name(Builder *B, NodeList *elts, int i)
{
    Node *x = elts->items[i];
    bool local;
    if (B->walrus || x->kind != AST_Name)
        return -1;
    int r = bx_name_reg(B, x->u.Name.id, &local);
    if (!local || (B->f->regs.items[r].rep != REP_TV &&
                   B->f->regs.items[r].rep != REP_FV))
        return -1;
    for (int j = 0; j < i; j++)
        if (elts->items[j]->kind == AST_Name &&
            elts->items[j]->u.Name.id == x->u.Name.id)
            return j;
    return -1;
}

static int
bx_build_seq(Builder *B, NodeList *elts, int tuple)
{
    if (!tuple && elts->len >= 3) {
        int k = bx_konst_seq(B, elts);
        if (k >= 0) {
            int t = bx_temp(B, REP_OBJ);
            B->f->regs.items[t].borrowed = true;
            bx_op(B, IR_CONST, t)->konst = k;
            return bx_callc(B, REP_OBJ, "PySequence_List", ERR_NULL, &t, 1)
              ->dest;
        }
    }
    if (!bx_has_starred(elts) && elts->len < 32) {
        int regs[32];
        for (int i = 0; i < elts->len; i++) {
            int dup = bx_seq_dup_name(B, elts, i);
            if (dup >= 0) {
                /* (i, i): CPython stores one object twice; boxing the
                 * word again would make a second (and allocate) */
                regs[i] = bx_temp(B, REP_OBJ);
                IrOp *op = bx_op(B, IR_COPY, regs[i]);
                ir_op_args(B->f, op, &regs[dup], 1);
                continue;
            }
            regs[i] = bx_expr_as(B, elts->items[i], REP_OBJ);
        }
        return bx_build(B, regs, elts->len, tuple);
    }
    int zero = bx_temp(B, REP_I64);
    IrOp *z = bx_op(B, IR_CONST, zero);
    z->ival = 0;
    int list = bx_callc(B, REP_OBJ, "PyList_New", ERR_NULL, &zero, 1)->dest;
    for (int i = 0; i < elts->len; i++) {
        Node *x = elts->items[i];
        if (x->kind == AST_Starred) {
            int it = bx_expr_as(B, x->u.Starred.value, REP_OBJ);
            int a[2] = { list, it };
            bx_callc(B, REP_VOID, "AotList_Extend", ERR_NEG, a, 2);
        }
        else {
            int v = bx_expr_as(B, x, REP_OBJ);
            int a[2] = { list, v };
            bx_callc(B, REP_VOID, "PyList_Append", ERR_NEG, a, 2);
        }
    }
    if (!tuple)
        return list;
    return bx_callc(B, REP_OBJ, "AotList_AsTuple", ERR_NULL, &list, 1)->dest;
}

static int
bx_set_display(Builder *B, Node *e)
{
    int null = REG_NULL;
    int set = bx_callc(B, REP_OBJ, "PySet_New", ERR_NULL, &null, 1)->dest;
    NodeList *l = &e->u.Set.elts;
    for (int i = 0; i < l->len; i++) {
        Node *x = l->items[i];
        bool star = x->kind == AST_Starred;
        int v = bx_expr_as(B, star ? x->u.Starred.value : x, REP_OBJ);
        int a[2] = { set, v };
        bx_callc(
          B, REP_VOID, star ? "AotSet_Update" : "PySet_Add", ERR_NEG, a, 2);
    }
    return set;
}

static int
bx_dict_display(Builder *B, Node *e)
{
    AstDict *d = &e->u.Dict;
    if (d->keys.len >= 2) {
        bool all = true;
        for (int i = 0; i < d->keys.len && all; i++)
            all = d->keys.items[i] != NULL;
        int kk = all ? bx_konst_seq(B, &d->keys) : -1;
        int kv = kk >= 0 ? bx_konst_seq(B, &d->values) : -1;
        if (kv >= 0) {
            int a[2] = { bx_temp(B, REP_OBJ), bx_temp(B, REP_OBJ) };
            B->f->regs.items[a[0]].borrowed = true;
            B->f->regs.items[a[1]].borrowed = true;
            bx_op(B, IR_CONST, a[0])->konst = kk;
            bx_op(B, IR_CONST, a[1])->konst = kv;
            return bx_callc(
                     B, REP_OBJ, "AotDict_FromConstItems", ERR_NULL, a, 2)
              ->dest;
        }
    }
    int dict = bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
    for (int i = 0; i < d->values.len; i++) {
        if (!d->keys.items[i]) {
            int m = bx_expr_as(B, d->values.items[i], REP_OBJ);
            int a[2] = { dict, m };
            bx_callc(B, REP_VOID, "AotDict_Update", ERR_NEG, a, 2);
            continue;
        }
        int k = bx_expr_as(B, d->keys.items[i], REP_OBJ);
        int v = bx_expr_as(B, d->values.items[i], REP_OBJ);
        int a[3] = { dict, k, v };
        bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, a, 3);
    }
    return dict;
}

/* ---- subscripts and attributes ---- */

static int
bx_slice_part(Builder *B, Node *e)
{
    return e ? bx_expr_as(B, e, REP_OBJ) : REG_NULL;
}

int
bx_index_value(Builder *B, Node *s)
{
    if (s->kind == AST_Slice) {
        int a[3] = { bx_slice_part(B, s->u.Slice.lower),
                     bx_slice_part(B, s->u.Slice.upper),
                     bx_slice_part(B, s->u.Slice.step) };
        return bx_callc(B, REP_OBJ, "PySlice_New", ERR_NULL, a, 3)->dest;
    }
    if (s->kind == AST_Tuple) {
        /* a[1:2, 3]: a tuple whose slices become slice objects */
        NodeList *l = &s->u.Tuple.elts;
        if (l->len < 32 && !bx_has_starred(l)) {
            int regs[32];
            for (int i = 0; i < l->len; i++)
                regs[i] =
                  bx_coerce(B, bx_index_value(B, l->items[i]), REP_OBJ);
            return bx_build(B, regs, l->len, 1);
        }
    }
    return bx_expr(B, s);
}

int
bx_slice_tv(Builder *B, Node *s, int regs[3])
{
    Node *part[3] = { s->u.Slice.lower, s->u.Slice.upper, s->u.Slice.step };
    for (int k = 0; k < 3; k++)
        if (part[k] && bx_rep(B, part[k]) != REP_TV)
            return -1;
    int mask = 0, zero = -1;
    for (int k = 0; k < 3; k++) {
        if (part[k]) {
            regs[k] = bx_expr_as(B, part[k], REP_TV);
            mask |= 1 << k;
            continue;
        }
        if (zero < 0) {
            zero = bx_temp(B, REP_TV);
            B->f->regs.items[zero].borrowed = true;
            bx_op(B, IR_CONST, zero)->ival = 0;
        }
        regs[k] = zero;
    }
    return mask;
}

/* x[i][j] built as one op whose row is borrowed while no code can run
 * (AotList_Row2 in pyaot_rt.h): i a predicted int, j a local predicted
 * int, that plus or minus an int literal, or an int literal. Builds x
 * and i and fills a[] = { x, i, j, jname } and the op code; false (and
 * nothing built) for any other shape. j's register is read without its
 * bound check: the op checks, after x[i] as CPython does. */
bool
bx_sub2(Builder *B, Node *e, int a[4], int64_t *opc)
{
    if (e->kind != AST_Subscript || B->walrus ||
        B->scope->kind == SCOPE_MODULE)
        return false;
    Node *inner = e->u.Subscript.value, *j = e->u.Subscript.slice;
    if (inner->kind != AST_Subscript)
        return false;
    Node *i = inner->u.Subscript.slice;
    if (i->kind == AST_Slice || i->kind == AST_Tuple || bx_rep(B, i) != REP_TV)
        return false;
    /* j's errors (unbound, a failing j + 1) are reported at the op's
     * line: only when j is on the line where the subscript starts */
    if (j->loc.line != e->loc.line || j->loc.end_line != e->loc.line)
        return false;
    const int64_t lim = (int64_t)1 << 40;
    Node *name = NULL;
    int64_t c = 0, kind = 0;
    InferFold f;
    if (j->kind == AST_Name)
        name = j;
    else if (j->kind == AST_BinOp &&
             (j->u.BinOp.op == OP_ADD || j->u.BinOp.op == OP_SUB) &&
             j->u.BinOp.left->kind == AST_Name &&
             j->u.BinOp.right->kind == AST_Constant &&
             j->u.BinOp.right->u.Constant.ckind == CONST_INT &&
             infer_fold_int(j->u.BinOp.right, &f) && f.exact && f.v >= 0 &&
             f.v < lim) {
        name = j->u.BinOp.left;
        c = f.v;
        kind = j->u.BinOp.op == OP_ADD ? 1 : 2;
    }
    else if (!(infer_fold_int(j, &f) && f.exact && f.v > -lim && f.v < lim))
        return false;
    int jreg;
    if (name) {
        bool local;
        jreg = bx_name_reg(B, name->u.Name.id, &local);
        if (!local || B->f->regs.items[jreg].rep != REP_TV)
            return false;
    }
    a[0] = bx_expr_as(B, inner->u.Subscript.value, REP_OBJ);
    a[1] = bx_expr_as(B, i, REP_TV);
    if (name)
        a[2] = jreg;
    else
        a[2] = bx_short_const(B, f.v);
    a[3] = bx_const_str(B, name ? name->u.Name.id : "");
    *opc = c << 2 | kind;
    return true;
}

/* The op of bx_sub2's parts: cname(opc, x, i, j, jname[, v]). */
IrOp *
bx_sub2_op(Builder *B,
           IrRep rep,
           const char *cname,
           const int a[4],
           int64_t opc,
           int v)
{
    int args[5] = { a[0], a[1], a[2], a[3], v };
    IrOp *op = bx_callc(B,
                        rep,
                        cname,
                        rep == REP_VOID ? ERR_NEG : ERR_NULL,
                        args,
                        v < 0 ? 4 : 5);
    op->imm = true;
    op->ival = opc;
    return op;
}

static int
bx_subscript(Builder *B, Node *e)
{
    int a2[4];
    int64_t opc;
    if (bx_sub2(B, e, a2, &opc))
        return bx_sub2_op(B, REP_OBJ, "AotObj_GetItem2", a2, opc, -1)->dest;
    int o = bx_expr_as(B, e->u.Subscript.value, REP_OBJ);
    Node *s = e->u.Subscript.slice;
    int tv[3], mask;
    if (s->kind == AST_Slice && (mask = bx_slice_tv(B, s, tv)) >= 0) {
        int a[4] = { o, tv[0], tv[1], tv[2] };
        IrOp *op = bx_callc(B, REP_OBJ, "AotObj_GetSliceTV", ERR_NULL, a, 4);
        op->imm = true;
        op->ival = mask;
        return op->dest;
    }
    if (s->kind == AST_Slice) {
        int a[4] = { o,
                     bx_slice_part(B, s->u.Slice.lower),
                     bx_slice_part(B, s->u.Slice.upper),
                     bx_slice_part(B, s->u.Slice.step) };
        return bx_callc(B, REP_OBJ, "AotObj_GetSlice", ERR_NULL, a, 4)->dest;
    }
    int k = bx_index_value(B, s);
    if (B->f->regs.items[k].rep == REP_TV) {
        int a[2] = { o, k };
        return bx_callc(B, REP_OBJ, "AotObj_GetItemTV", ERR_NULL, a, 2)->dest;
    }
    int a[2] = { o, bx_coerce(B, k, REP_OBJ) };
    return bx_callc(B, REP_OBJ, "AotObj_GetItem", ERR_NULL, a, 2)->dest;
}

/* Is e a name that an import at module level binds (CPython's
 * is_import_originated: only the module's symbols are consulted)? */
static bool
bx_import_bound(Builder *B, const Node *e)
{
    if (e->kind != AST_Name)
        return false;
    const Scope *top = B->scope;
    while (top->parent)
        top = top->parent;
    const Symbol *sym = scope_lookup(top, e->u.Name.id);
    return sym && (sym->flags & SYMF_IMPORTED);
}

static int
bx_attribute(Builder *B, Node *e)
{
    int o = bx_expr_as(B, e->u.Attribute.value, REP_OBJ);
    /* CPython locates attribute operations at the attribute name, the
     * node's last token (it matters when the expression spans lines). */
    B->line = e->loc.end_line;
    int a[2] = { o, bx_const_str(B, e->u.Attribute.attr) };
    /* module.name: a site cache (AotAttr_Load) */
    if (bx_import_bound(B, e->u.Attribute.value))
        return bx_callc(B, REP_OBJ, "AotAttr_Load", ERR_NULL, a, 2)->dest;
    return bx_callc(B, REP_OBJ, "PyObject_GetAttr", ERR_NULL, a, 2)->dest;
}

/* ---- calls ---- */

static int
bx_kwnames(Builder *B, NodeList *kws)
{
    if (kws->len == 0)
        return -1;
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < kws->len; i++) {
        sb_puts(&sb, kws->items[i]->u.Keyword.arg);
        sb_putc(&sb, '\0');
    }
    char *data = arena_alloc(B->m->arena, sb.len + 1);
    memcpy(data, sb.data, sb.len);
    sb_free(&sb);
    return ir_const(B->m, IK_TUPLE_OF_STR, data, kws->len);
}

static bool
bx_call_is_simple(Node *e)
{
    if (bx_has_starred(&e->u.Call.args))
        return false;
    for (int i = 0; i < e->u.Call.keywords.len; i++)
        if (!e->u.Call.keywords.items[i]->u.Keyword.arg)
            return false;
    return e->u.Call.args.len + e->u.Call.keywords.len < 60;
}

/* Does CPython (3.11+) compile the call e = o.m(...) as a method call
 * (maybe_optimize_method_call), which puts the call at the method name's
 * line? Not when o is a name that an import at module level binds
 * (is_import_originated looks only at the module's symbols), nor with
 * *args, **kwargs or 30 and more stack entries. */
static bool
bx_cpython_method_call(Builder *B, Node *e)
{
    Node *fnode = e->u.Call.func;
    if (fnode->kind != AST_Attribute)
        return false;
    if (bx_import_bound(B, fnode->u.Attribute.value))
        return false;
    int nkw = e->u.Call.keywords.len;
    return bx_call_is_simple(e) && e->u.Call.args.len + nkw + (nkw != 0) < 30;
}

/* The line 3.10 reports for the call e = o.m(...): the method name's
 * when it compiles a method call (no keywords, no starred arguments, fewer
 * than 30 arguments; imports not told apart), else the call's first. */
static int
bx_call_line310(Node *e)
{
    Node *fnode = e->u.Call.func;
    if (fnode->kind == AST_Attribute && bx_call_is_simple(e) &&
        e->u.Call.keywords.len == 0 && e->u.Call.args.len < 30)
        return fnode->loc.end_line;
    return e->loc.line;
}

static int
bx_call_star(Builder *B, Node *e, int fn)
{
    AstCall *c = &e->u.Call;
    int zero = bx_temp(B, REP_I64);
    IrOp *z = bx_op(B, IR_CONST, zero);
    z->ival = 0;
    int list = bx_callc(B, REP_OBJ, "PyList_New", ERR_NULL, &zero, 1)->dest;
    for (int i = 0; i < c->args.len; i++) {
        Node *x = c->args.items[i];
        if (x->kind == AST_Starred && c->args.len == 1) {
            /* f(*x) alone names the function in its error message */
            int it = bx_expr_as(B, x->u.Starred.value, REP_OBJ);
            int a[3] = { list, fn, it };
            bx_callc(B, REP_VOID, "AotCall_ExtendArgs", ERR_NEG, a, 3);
        }
        else if (x->kind == AST_Starred) {
            int it = bx_expr_as(B, x->u.Starred.value, REP_OBJ);
            int a[2] = { list, it };
            bx_callc(B, REP_VOID, "AotList_Extend", ERR_NEG, a, 2);
        }
        else {
            int v = bx_expr_as(B, x, REP_OBJ);
            int a[2] = { list, v };
            bx_callc(B, REP_VOID, "PyList_Append", ERR_NEG, a, 2);
        }
    }
    int tuple =
      bx_callc(B, REP_OBJ, "AotList_AsTuple", ERR_NULL, &list, 1)->dest;
    int dict = REG_NULL;
    if (c->keywords.len) {
        dict = bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
        bool merged = false;
        for (int i = 0; i < c->keywords.len; i++) {
            Node *k = c->keywords.items[i];
            int v = bx_expr_as(B, k->u.Keyword.value, REP_OBJ);
            if (!k->u.Keyword.arg) {
                int a[3] = { dict, fn, v };
                bx_callc(B, REP_VOID, "AotCall_MergeKwargs", ERR_NEG, a, 3);
                merged = true;
            }
            else if (!merged) {
                int a[3] = { dict, bx_const_str(B, k->u.Keyword.arg), v };
                bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, a, 3);
            }
            else {
                /* After a ** merge a name may repeat: merge a one-item
                 * dict so the duplicate is reported. */
                int one =
                  bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
                int a[3] = { one, bx_const_str(B, k->u.Keyword.arg), v };
                bx_callc(B, REP_VOID, "PyDict_SetItem", ERR_NEG, a, 3);
                int b[3] = { dict, fn, one };
                bx_callc(B, REP_VOID, "AotCall_MergeKwargs", ERR_NEG, b, 3);
            }
        }
    }
    int a[3] = { fn, tuple, dict };
    return bx_callc(B, REP_OBJ, "AotCall_Star", ERR_NULL, a, 3)->dest;
}

/* The namespace locals() would return here: the module dict at module
 * level, else a fresh snapshot of the function's bound locals (what
 * CPython 3.11's locals() gives inside a function). */
static int
bx_locals_dict(Builder *B)
{
    if (B->scope->kind == SCOPE_MODULE ||
        (B->f->is_module && B->scope->kind != SCOPE_COMPREHENSION)) {
        int a[1] = { REG_GLOBALS };
        return bx_callc(B, REP_OBJ, "aotg_newref", ERR_NULL, a, 1)->dest;
    }
    int d = bx_callc(B, REP_OBJ, "PyDict_New", ERR_NULL, NULL, 0)->dest;
    /* Inside a comprehension: up to 3.11 its own frame's locals (the
     * comprehensions' variables; CPython's hidden `.0` iterator is not
     * there); from 3.12 (PEP 709) the function's locals and those of
     * every comprehension around, inlined into its frame. The generated
     * C picks by PY_VERSION_HEX (the _312 setters). */
    const Scope *chain[64];
    int nchain = 0;
    for (const Scope *c = B->scope;
         c && c->kind == SCOPE_COMPREHENSION && nchain < 64;
         c = c->parent)
        chain[nchain++] = c;
    for (int k = nchain; k >= 0; k--) {
        const Scope *sc = k == nchain ? B->d->scope : chain[k];
        if (!sc || sc->kind == SCOPE_MODULE)
            continue; /* a module's comprehension: its own names */
        bool only312 = nchain > 0 && k > 0;
        int off = -1;
        for (int s = 0; s < B->d->layout.nscopes; s++)
            if (B->d->layout.scopes[s] == sc)
                off = B->d->layout.offsets[s];
        if (off < 0)
            continue;
        for (int j = 0; j < sc->nsyms; j++) {
            Symbol *sym = sc->syms[j];
            int reg = B->slot_regs[off + j];
            if (sym->kind != SYM_LOCAL || reg < 0)
                continue;
            IrRep rep = B->f->regs.items[reg].rep;
            if (rep != REP_OBJ && rep != REP_TV && rep != REP_FV)
                continue;
            int a[3] = { d, bx_const_str(B, sym->name), reg };
            const char *fn = rep == REP_OBJ  ? "aotg_set_bound"
                             : rep == REP_TV ? "aotg_set_bound_tv"
                                             : "aotg_set_bound_fv";
            char *name = (char *)fn;
            if (only312) {
                name = arena_alloc(B->m->arena, strlen(fn) + 5);
                sprintf(name, "%s_312", fn);
            }
            bx_callc(B, REP_VOID, name, ERR_NEG, a, 3);
        }
    }
    return d;
}

/* globals(), locals(), vars(), eval(s), exec(s): compiled code has no
 * frame, so these get the module's namespace (and locals) explicitly when
 * the name still means the builtin. Returns -100 if not such a call. */
static int
bx_frame_builtin(Builder *B, const char *name, NodeList *args)
{
    static const char *const names[] = { "globals", "locals", "vars",
                                         "eval",    "exec",   "dir" };
    static const int nargs[] = { 0, 0, 0, 1, 1, 0 };
    int k = -1;
    for (int i = 0; i < 6; i++)
        if (strcmp(name, names[i]) == 0 && args->len == nargs[i])
            k = i;
    if (k < 0 || !infer_is_builtin(B->I, B->scope, name))
        return -100;
    int src =
      (k == 3 || k == 4) ? bx_expr_as(B, args->items[0], REP_OBJ) : REG_NULL;
    int loc = k >= 1 ? bx_locals_dict(B) : REG_NULL;
    int a[3] = { src, loc, REG_GLOBALS };
    IrOp *op = bx_callc(B, REP_OBJ, "aotg_frame_builtin", ERR_NULL, a, 3);
    op->steals = loc != REG_NULL ? 2 : 0;
    op->imm = true;
    op->ival = ir_global_slot(B->m, intern_cstr(B->m->in, name)) * 8 + k;
    return op->dest;
}

/* Can evaluating e run Python code (which could rebind the callee of the
 * call it is an argument of)? Constants, names and int/float arithmetic
 * on them cannot, short of an int-predicted word holding an object whose
 * operator rebinds the callee. */
static int bx_math1_index(Builder *B, Node *e);

bool
bx_arg_runs_code(Builder *B, Node *e)
{
    switch (e->kind) {
    case AST_Call:
        /* math.sqrt(x) on a number runs no Python code while math.sqrt
         * is the builtin (as arithmetic on predicted numbers runs none
         * while they hold numbers). */
        return bx_math1_index(B, e) < 0;
    case AST_Constant:
    case AST_Name:
        return false;
    case AST_BinOp: {
        IrRep r = bx_rep(B, e);
        return (r != REP_TV && r != REP_FV) ||
               bx_arg_runs_code(B, e->u.BinOp.left) ||
               bx_arg_runs_code(B, e->u.BinOp.right);
    }
    case AST_UnaryOp: {
        /* `not x` asks x for its truth: code, unless x is a predicted
         * number or bool */
        IrRep r = e->u.UnaryOp.op == UOP_NOT ? bx_rep(B, e->u.UnaryOp.operand)
                                             : bx_rep(B, e);
        return (r != REP_TV && r != REP_FV && r != REP_BOOL) ||
               bx_arg_runs_code(B, e->u.UnaryOp.operand);
    }
    case AST_List:
    case AST_Tuple: {
        /* building a list or tuple runs no code (d.setdefault(k, [])) */
        NodeList *l = e->kind == AST_List ? &e->u.List.elts : &e->u.Tuple.elts;
        for (int i = 0; i < l->len; i++)
            if (l->items[i]->kind == AST_Starred ||
                bx_arg_runs_code(B, l->items[i]))
                return true;
        return false;
    }
    case AST_Dict:
        /* hashing a key may run code; an empty dict runs none */
        return e->u.Dict.keys.len != 0;
    default:
        return true;
    }
}

/* e is math.f(x) with f one of the one-argument float functions, or
 * f(x) with f bound by `from math import f`: returns f's AOT_MATH_* code
 * (+ 32 for the second form), else -1. `math` (or f) must be a module
 * global and x a predicted float or int that runs no code. */
static int
bx_math1_index(Builder *B, Node *e)
{
    if (e->kind != AST_Call)
        return -1;
    AstCall *c = &e->u.Call;
    Node *fn = c->func;
    if (c->args.len != 1 || c->keywords.len != 0 ||
        c->args.items[0]->kind == AST_Starred)
        return -1;
    int w = -1;
    if (fn->kind == AST_Attribute && fn->u.Attribute.value->kind == AST_Name &&
        strcmp(fn->u.Attribute.value->u.Name.id, "math") == 0 &&
        infer_is_global_name(B->scope, fn->u.Attribute.value->u.Name.id))
        w = infer_math1_code(fn->u.Attribute.attr);
    else if (fn->kind == AST_Name &&
             infer_is_global_name(B->scope, fn->u.Name.id) &&
             ptrmap_get(&B->I->math_names, fn->u.Name.id, 0) > 0)
        w = ptrmap_get(&B->I->math_names, fn->u.Name.id, 0) - 1 + 32;
    IrRep ar = bx_rep(B, c->args.items[0]);
    if (w < 0 || (ar != REP_FV && ar != REP_TV) ||
        bx_arg_runs_code(B, c->args.items[0]))
        return -1;
    return w;
}

/* A call of builtin nm (which: its index in the generated code's
 * aot_builtin_fast table) through the C helper h, its arguments built in
 * rep. CPython loads the callee first: when an argument can run code (and
 * rebind the name), the name is loaded into a register before the
 * arguments and passed to h_pre instead. */
static int
bx_builtin_fast(Builder *B,
                const char *nm,
                int which,
                NodeList *args,
                IrRep rep,
                const char *h,
                const char *h_pre)
{
    bool pre = false;
    for (int i = 0; i < args->len; i++)
        pre |= bx_arg_runs_code(B, args->items[i]);
    int regs[9], k = 0;
    if (pre)
        regs[k++] = bx_global_load(B, nm);
    for (int i = 0; i < args->len; i++)
        regs[k++] = bx_expr_as(B, args->items[i], rep);
    IrOp *op = bx_callc(B, rep, pre ? h_pre : h, ERR_NULL, regs, k);
    op->imm = true;
    op->ival = pre ? which : ir_global_slot(B->m, nm) * 8 + which;
    return op->dest;
}

static int
bx_call(Builder *B, Node *e)
{
    AstCall *c = &e->u.Call;
    Node *fnode = c->func;
    /* Direct call of a clone of a module-level def. */
    int k = 0;
    InferDef *t = infer_call_target(B->I, B->d, B->c, B->scope, e, &k);
    if (t && t->clones[k].func >= 0) {
        InferClone *tc = &t->clones[k];
        int regs[65];
        /* CPython loads the callee before evaluating the arguments: when
         * an argument can run code (and so rebind the global), load it
         * first and let the call compare it with the def's function
         * (em_callnat); otherwise the guard runs at the call. */
        int pre = -1;
        for (int i = 0; i < c->args.len && pre < 0; i++)
            if (bx_arg_runs_code(B, c->args.items[i])) {
                pre = bx_global_load(B, fnode->u.Name.id);
                B->f->regs.items[pre].fnref =
                  B->m->funcs.items[tc->func]->def_index + 1;
            }
        for (int i = 0; i < c->keywords.len && pre < 0; i++)
            if (bx_arg_runs_code(B, c->keywords.items[i]->u.Keyword.value)) {
                pre = bx_global_load(B, fnode->u.Name.id);
                B->f->regs.items[pre].fnref =
                  B->m->funcs.items[tc->func]->def_index + 1;
            }
        /* Arguments left out are the defaults, read by the emitter from
         * the function object on the native path (em_callnat). Keyword
         * arguments name parameters after the positional ones, maybe
         * skipping some (infer_call_supplied): evaluated in source
         * order, passed in parameter order. */
        uint64_t mask = 0;
        infer_call_supplied(t, e, &mask);
        int pregs[64];
        for (int i = 0; i < c->args.len; i++)
            pregs[i] = bx_expr_as(B, c->args.items[i], tc->params[i]);
        for (int k = 0; k < c->keywords.len; k++) {
            Node *kv = c->keywords.items[k]->u.Keyword.value;
            for (int i = c->args.len; i < t->npos; i++)
                if (((mask >> i) & 1) && infer_call_param_arg(t, e, i) == kv) {
                    pregs[i] = bx_expr_as(B, kv, tc->params[i]);
                    break;
                }
        }
        /* args: the supplied parameters in order; argi[i]: where
         * parameter i's value is among them */
        int argi[64];
        int nregs = 0;
        for (int i = 0; i < t->npos; i++)
            if ((mask >> i) & 1) {
                argi[i] = nregs;
                regs[nregs++] = pregs[i];
            }
        IrRep rep = tc->ret == REP_TV || tc->ret == REP_FV ? tc->ret : REP_OBJ;
        int dest = bx_temp(B, rep);
        IrOp *op = bx_op(B, IR_CALLNAT, dest);
        /* a gap among the supplied parameters: say which they are */
        if (nregs < t->npos && ((mask >> nregs) != 0))
            op->pmask = mask;
        if (c->keywords.len) {
            /* the keyword names in source order, and where each one's
             * value is among the arguments */
            StrBuf nb;
            sb_init(&nb);
            op->kwperm =
              arena_alloc(B->m->arena, sizeof(int) * c->keywords.len);
            for (int k = 0; k < c->keywords.len; k++) {
                Node *kw = c->keywords.items[k];
                sb_puts(&nb, kw->u.Keyword.arg);
                sb_putc(&nb, '\0');
                op->kwperm[k] = c->args.len;
                for (int i = c->args.len; i < t->npos; i++)
                    if (((mask >> i) & 1) &&
                        infer_call_param_arg(t, e, i) == kw->u.Keyword.value)
                        op->kwperm[k] = argi[i];
            }
            char *data = arena_alloc(B->m->arena, nb.len + 1);
            memcpy(data, nb.data, nb.len);
            sb_free(&nb);
            op->kwconst1 =
              1 + ir_const(B->m, IK_TUPLE_OF_STR, data, c->keywords.len);
        }
        if (pre >= 0) {
            regs[nregs++] = pre;
            op->imm = true; /* the last argument is the loaded callee */
        }
        ir_op_args(B->f, op, regs, nregs);
        op->ival = tc->func;
        op->konst = ir_global_slot(B->m, fnode->u.Name.id);
        op->cname = fnode->u.Name.id;
        op->err = ERR_NULL;
        return dest;
    }
    /* Builtins that read the caller's frame. */
    if (fnode->kind == AST_Name && c->keywords.len == 0 &&
        !bx_has_starred(&c->args)) {
        int r = bx_frame_builtin(B, fnode->u.Name.id, &c->args);
        if (r != -100)
            return r;
    }
    /* math.f(x) and f(x) after `from math import f`: the C library
     * behind a check that the callee is the math module's builtin
     * (AotMath_F1, AotMath_FN1). */
    int mw = bx_math1_index(B, e);
    if (mw >= 0) {
        IrRep ar = bx_rep(B, c->args.items[0]);
        int x = bx_expr_as(B, c->args.items[0], ar);
        bool named = mw >= 32;
        /* One op for the lookup and the call: at the call's line, where
         * its errors (math domain error) are reported; an import-bound
         * receiver is not a method call (bx_cpython_method_call). */
        B->line = e->loc.line;
        IrOp *op =
          bx_callc(B,
                   REP_FV,
                   named ? (ar == REP_FV ? "aotg_mathn_f" : "aotg_mathn_t")
                         : (ar == REP_FV ? "aotg_math1_f" : "aotg_math1_t"),
                   ERR_NULL,
                   &x,
                   1);
        op->imm = true;
        if (fnode->loc.end_line != e->loc.line)
            op->line_pre311 = fnode->loc.end_line;
        const char *g =
          named ? fnode->u.Name.id : fnode->u.Attribute.value->u.Name.id;
        op->ival = ir_global_slot(B->m, g) * 32 + (mw & 31);
        return op->dest;
    }
    /* min/max of 2-8 predicted ints (or floats), abs of one: compare the
     * words without boxing them; str/int/float of one argument: the
     * constructors' conversion without the argument tuple. */
    if (fnode->kind == AST_Name && c->keywords.len == 0 &&
        !bx_has_starred(&c->args) &&
        infer_is_builtin(B->I, B->scope, fnode->u.Name.id)) {
        const char *nm = fnode->u.Name.id;
        int n = c->args.len;
        int which = strcmp(nm, "min") == 0   ? 0
                    : strcmp(nm, "max") == 0 ? 1
                    : nm == B->I->s_abs      ? 2
                                             : -1;
        IrRep rep = bx_rep(B, e);
        if (which >= 0 && (rep == REP_TV || rep == REP_FV) &&
            (which == 2 ? n == 1 : n >= 2 && n <= 8))
            return bx_builtin_fast(B,
                                   nm,
                                   which,
                                   &c->args,
                                   rep,
                                   rep == REP_TV ? "aotg_mm_tv" : "aotg_mm_fv",
                                   rep == REP_TV ? "aotg_mm_tv_g"
                                                 : "aotg_mm_fv_g");
        int conv = nm == B->I->s_int          ? 4
                   : strcmp(nm, "str") == 0   ? 3
                   : strcmp(nm, "float") == 0 ? 5
                                              : -1;
        /* float(i) of a predicted int, int(x) of a predicted float or
         * int: converted in C (no boxing) while the name holds the
         * builtin type and the value is a short int / a double. */
        if (conv >= 3 && n == 1 && !bx_arg_runs_code(B, c->args.items[0])) {
            IrRep ar = bx_rep(B, c->args.items[0]);
            const char *h = conv == 5 && ar == REP_TV   ? "aotg_float_tv"
                            : conv == 4 && ar == REP_FV ? "aotg_int_fv"
                            : conv == 4 && ar == REP_TV ? "aotg_int_tv"
                            : conv == 3 && ar == REP_TV ? "aotg_str_tv"
                                                        : NULL;
            if (h) {
                int x = bx_expr_as(B, c->args.items[0], ar);
                IrOp *op = bx_callc(B,
                                    conv == 5   ? REP_FV
                                    : conv == 3 ? REP_OBJ
                                                : REP_TV,
                                    h,
                                    ERR_NULL,
                                    &x,
                                    1);
                op->imm = true;
                op->ival = ir_global_slot(B->m, nm) * 8 + conv;
                return op->dest;
            }
        }
        if (conv >= 0 && n == 1)
            return bx_builtin_fast(
              B, nm, conv, &c->args, REP_OBJ, "aotg_conv", "aotg_conv_g");
    }
    /* isinstance(x, T) with the builtin: PyObject_IsInstance itself (what
     * the builtin calls), without the call's argument handling. The
     * builtin is looked up after the arguments, so only when they run no
     * code. */
    if (fnode->kind == AST_Name &&
        strcmp(fnode->u.Name.id, "isinstance") == 0 && c->args.len == 2 &&
        c->keywords.len == 0 && !bx_has_starred(&c->args) &&
        infer_is_builtin(B->I, B->scope, fnode->u.Name.id) &&
        !bx_arg_runs_code(B, c->args.items[0]) &&
        !bx_arg_runs_code(B, c->args.items[1])) {
        int a[2] = { bx_expr_as(B, c->args.items[0], REP_OBJ),
                     bx_expr_as(B, c->args.items[1], REP_OBJ) };
        IrOp *op = bx_callc(B, REP_OBJ, "aotg_isinstance", ERR_NULL, a, 2);
        op->imm = true;
        op->ival = ir_global_slot(B->m, fnode->u.Name.id);
        return op->dest;
    }
    /* len(x) with the builtin: guarded fast path. */
    if (fnode->kind == AST_Name && fnode->u.Name.id == B->I->s_len &&
        c->args.len == 1 && c->keywords.len == 0 &&
        c->args.items[0]->kind != AST_Starred &&
        infer_is_builtin(B->I, B->scope, fnode->u.Name.id)) {
        int x = bx_expr_as(B, c->args.items[0], REP_OBJ);
        IrOp *op = bx_callc(B, REP_TV, "aotg_len", ERR_NULL, &x, 1);
        op->imm = true;
        op->ival = ir_global_slot(B->m, fnode->u.Name.id);
        return op->dest;
    }
    /* Method calls o.m(...), looked up after the arguments; CPython looks
     * the method up first, so when an argument can run code (and rebind
     * o.m) the generic path below loads the attribute first. A list's
     * append cannot be redirected, so .append keeps its fast path (on
     * other objects it is still looked up after the argument). */
    bool args_run_code = false;
    for (int i = 0; i < c->args.len; i++)
        args_run_code |= bx_arg_runs_code(B, c->args.items[i]);
    for (int i = 0; i < c->keywords.len; i++)
        args_run_code |=
          bx_arg_runs_code(B, c->keywords.items[i]->u.Keyword.value);
    bool is_append = fnode->kind == AST_Attribute &&
                     strcmp(fnode->u.Attribute.attr, "append") == 0;
    /* A method name on a later line than the end of the object it is
     * looked up on. CPython reports the lookup at the name's line; the
     * call too when it compiles a method call, else (3.11+) at the line
     * where the call starts (3.9/3.10 at the name's), so then the two
     * are separate ops. */
    bool split =
      fnode->kind == AST_Attribute &&
      fnode->loc.end_line != fnode->u.Attribute.value->loc.end_line &&
      !bx_cpython_method_call(B, e);
    if (fnode->kind == AST_Attribute && bx_call_is_simple(e) && !split &&
        (!args_run_code || is_append)) {
        int o = bx_expr_as(B, fnode->u.Attribute.value, REP_OBJ);
        if (is_append && c->args.len == 1 && c->keywords.len == 0 &&
            args_run_code) {
            /* o.append(f(x)): on anything but an exact list (whose
             * append cannot change) the method is looked up before the
             * argument runs, as CPython does */
            int saved = B->line;
            B->line = fnode->loc.end_line;
            int m =
              bx_callc(B, REP_OBJ, "AotObj_AppendPre", ERR_NULL, &o, 1)->dest;
            B->line = saved;
            int a[3] = { o, m, bx_expr_as(B, c->args.items[0], REP_OBJ) };
            B->line = fnode->loc.end_line;
            return bx_callc(B, REP_OBJ, "AotObj_AppendPost", ERR_NULL, a, 3)
              ->dest;
        }
        if (is_append && c->args.len == 1 && c->keywords.len == 0) {
            int a[2] = { o, bx_expr_as(B, c->args.items[0], REP_OBJ) };
            B->line = fnode->loc.end_line;
            return bx_callc(B, REP_OBJ, "AotObj_Append", ERR_NULL, a, 2)->dest;
        }
        /* d.get(k[, v]): an exact dict's get cannot change, so its lookup
         * is done in place (the arguments run no code here, so when to
         * look the method up on other objects does not show) */
        if (strcmp(fnode->u.Attribute.attr, "get") == 0 &&
            (c->args.len == 1 || c->args.len == 2) && c->keywords.len == 0) {
            int a[3] = { o,
                         bx_expr_as(B, c->args.items[0], REP_OBJ),
                         c->args.len == 2
                           ? bx_expr_as(B, c->args.items[1], REP_OBJ)
                           : REG_NULL };
            B->line = fnode->loc.end_line;
            return bx_callc(B, REP_OBJ, "AotObj_Get", ERR_NULL, a, 3)->dest;
        }
        /* s.startswith(x), s.endswith(x): an exact str's methods cannot
         * change either */
        bool sw = strcmp(fnode->u.Attribute.attr, "startswith") == 0;
        if ((sw || strcmp(fnode->u.Attribute.attr, "endswith") == 0) &&
            c->args.len == 1 && c->keywords.len == 0) {
            int a[2] = { o, bx_expr_as(B, c->args.items[0], REP_OBJ) };
            B->line = fnode->loc.end_line;
            IrOp *op =
              bx_callc(B, REP_OBJ, "AotObj_TailMatch", ERR_NULL, a, 2);
            op->imm = true;
            op->ival = !sw;
            return op->dest;
        }
        /* s.find(x), s.rfind(x), s.count(x) likewise */
        const char *an = fnode->u.Attribute.attr;
        int fw = strcmp(an, "find") == 0    ? 0
                 : strcmp(an, "rfind") == 0 ? 1
                 : strcmp(an, "count") == 0 ? 2
                                            : -1;
        if (fw >= 0 && c->args.len == 1 && c->keywords.len == 0) {
            int a[2] = { o, bx_expr_as(B, c->args.items[0], REP_OBJ) };
            B->line = fnode->loc.end_line;
            IrOp *op = bx_callc(B, REP_OBJ, "AotObj_StrFind", ERR_NULL, a, 2);
            op->imm = true;
            op->ival = fw;
            return op->dest;
        }
        int regs[64];
        int n = 0;
        regs[n++] = o;
        for (int i = 0; i < c->args.len; i++)
            regs[n++] = bx_expr_as(B, c->args.items[i], REP_OBJ);
        for (int i = 0; i < c->keywords.len; i++)
            regs[n++] =
              bx_expr_as(B, c->keywords.items[i]->u.Keyword.value, REP_OBJ);
        int dest = bx_temp(B, REP_OBJ);
        B->line = fnode->loc.end_line; /* the method name's line */
        IrOp *op = bx_op(B, IR_CALLMETH, dest);
        if (bx_call_line310(e) != B->line)
            op->line_pre311 = bx_call_line310(e);
        ir_op_args(B->f, op, regs, n);
        op->cname = fnode->u.Attribute.attr;
        op->ival = ir_const(B->m,
                            IK_STR,
                            fnode->u.Attribute.attr,
                            (int)strlen(fnode->u.Attribute.attr));
        op->konst = bx_kwnames(B, &c->keywords);
        op->err = ERR_NULL;
        return dest;
    }
    int fn = bx_expr_as(B, fnode, REP_OBJ);
    if (!bx_call_is_simple(e))
        return bx_call_star(B, e, fn);
    int regs[64];
    int n = 0;
    regs[n++] = fn;
    for (int i = 0; i < c->args.len; i++)
        regs[n++] = bx_expr_as(B, c->args.items[i], REP_OBJ);
    for (int i = 0; i < c->keywords.len; i++)
        regs[n++] =
          bx_expr_as(B, c->keywords.items[i]->u.Keyword.value, REP_OBJ);
    int dest = bx_temp(B, REP_OBJ);
    bool method = fnode->kind == AST_Attribute && bx_cpython_method_call(B, e);
    if (method)
        B->line = fnode->loc.end_line; /* the name's line */
    else if (fnode->kind == AST_Attribute)
        B->line = e->loc.line;
    IrOp *op = bx_op(B, IR_CALLPY, dest);
    if (fnode->kind == AST_Attribute && bx_call_line310(e) != B->line)
        op->line_pre311 = bx_call_line310(e);
    ir_op_args(B->f, op, regs, n);
    op->konst = bx_kwnames(B, &c->keywords);
    op->err = ERR_NULL;
    return dest;
}

/* ---- f-strings ---- */

static int bx_joined(Builder *B, Node *e);

static int
bx_formatted(Builder *B, Node *e)
{
    AstFormattedValue *f = &e->u.FormattedValue;
    /* a predicted int or float is formatted from its word (no int or
     * float object for f"{i}", f"{x:.2f}") */
    IrRep vr = bx_rep(B, f->value);
    if (vr == REP_TV || vr == REP_FV) {
        int v = bx_expr_as(B, f->value, vr);
        int spec = f->format_spec ? bx_joined(B, f->format_spec) : REG_NULL;
        int a[2] = { v, spec };
        IrOp *op = bx_callc(B,
                            REP_OBJ,
                            vr == REP_TV ? "AotFormat_TV" : "AotFormat_FV",
                            ERR_NULL,
                            a,
                            2);
        op->imm = true;
        op->ival = f->conversion;
        return op->dest;
    }
    int v = bx_expr_as(B, f->value, REP_OBJ);
    int spec = f->format_spec ? bx_joined(B, f->format_spec) : REG_NULL;
    IrOp *op = NULL;
    int a[2] = { v, spec };
    op = bx_callc(B, REP_OBJ, "AotFormat_Value", ERR_NULL, a, 2);
    /* conversion travels as an immediate (-1, 's', 'r', 'a') */
    op->imm = true;
    op->ival = f->conversion;
    op->cname = "aotg_format";
    return op->dest;
}

static int
bx_joined(Builder *B, Node *e)
{
    NodeList *l = &e->u.JoinedStr.values;
    if (l->len == 1 && l->items[0]->kind == AST_FormattedValue)
        return bx_formatted(B, l->items[0]);
    if (l->len == 0)
        return bx_const_str(B, "");
    /* a constant format spec (f"{x:5d}"): the string itself */
    if (l->len == 1 && l->items[0]->kind == AST_Constant)
        return bx_expr_as(B, l->items[0], REP_OBJ);
    int t;
    if (l->len < 32) {
        int regs[32];
        for (int i = 0; i < l->len; i++) {
            Node *p = l->items[i];
            regs[i] = p->kind == AST_FormattedValue
                        ? bx_formatted(B, p)
                        : bx_expr_as(B, p, REP_OBJ);
        }
        IrOp *j =
          bx_callc(B, REP_OBJ, "AotStr_JoinArgs", ERR_NULL, regs, l->len);
        j->imm = true;
        j->ival = l->len;
        return j->dest;
    }
    else {
        /* Many pieces go to a list as they are made: held in registers,
         * every later piece's error exit would release all earlier ones
         * (C code quadratic in the number of fields). */
        int zero = bx_temp(B, REP_I64);
        IrOp *z = bx_op(B, IR_CONST, zero);
        z->ival = 0;
        t = bx_callc(B, REP_OBJ, "PyList_New", ERR_NULL, &zero, 1)->dest;
        for (int i = 0; i < l->len; i++) {
            Node *p = l->items[i];
            int v = p->kind == AST_FormattedValue ? bx_formatted(B, p)
                                                  : bx_expr_as(B, p, REP_OBJ);
            int a[2] = { t, v };
            bx_callc(B, REP_VOID, "PyList_Append", ERR_NEG, a, 2);
        }
    }
    int a[2] = { bx_const_str(B, ""), t };
    return bx_callc(B, REP_OBJ, "PyUnicode_Join", ERR_NULL, a, 2)->dest;
}

/* ---- lambda ---- */

int bx_make_function(Builder *B, Node *def);

int
bx_expr(Builder *B, Node *e)
{
    int saved_line = B->line;
    B->line = e->loc.line;
    int r;
    switch (e->kind) {
    case AST_Constant:
        r = bx_constant(B, e);
        break;
    case AST_Name:
        r = bx_name(B, e);
        break;
    case AST_NamedExpr:
        r = bx_walrus(B, e);
        break;
    case AST_BinOp:
        r = bx_folded(B, e);
        if (r < 0)
            r = bx_binop(B, e);
        break;
    case AST_UnaryOp:
        r = bx_folded(B, e);
        if (r < 0)
            r = bx_unop(B, e);
        break;
    case AST_Compare:
        r = bx_compare(B, e);
        break;
    case AST_BoolOp:
        r = bx_boolop(B, e);
        break;
    case AST_IfExp:
        r = bx_ifexp(B, e);
        break;
    case AST_List:
        r = bx_build_seq(B, &e->u.List.elts, 0);
        break;
    case AST_Tuple: {
        int k = bx_konst_seq(B, &e->u.Tuple.elts);
        if (k >= 0) {
            r = bx_temp(B, REP_OBJ);
            B->f->regs.items[r].borrowed = true;
            bx_op(B, IR_CONST, r)->konst = k;
        }
        else
            r = bx_build_seq(B, &e->u.Tuple.elts, 1);
        break;
    }
    case AST_Set:
        r = bx_set_display(B, e);
        break;
    case AST_Dict:
        r = bx_dict_display(B, e);
        break;
    case AST_Subscript:
        r = bx_subscript(B, e);
        break;
    case AST_Attribute:
        r = bx_attribute(B, e);
        break;
    case AST_Call:
        r = bx_call(B, e);
        break;
    case AST_JoinedStr:
        r = bx_joined(B, e);
        break;
    case AST_FormattedValue:
        r = bx_formatted(B, e);
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp: {
        int kind = e->kind == AST_ListComp  ? 0
                   : e->kind == AST_SetComp ? 1
                                            : 2;
        int res = bx_hidden(B,
                            REP_OBJ,
                            kind == 0   ? "$list"
                            : kind == 1 ? "$set"
                                        : "$dict");
        bx_comprehension(B, e, res, kind);
        /* Move the result out so the hidden local holds nothing. */
        r = bx_temp(B, REP_OBJ);
        IrOp *op = bx_op(B, IR_COPY, r);
        ir_op_args(B->f, op, &res, 1);
        bx_op(B, IR_UNDEF, res);
        break;
    }
    case AST_Lambda:
        r = bx_make_function(B, e);
        break;
    case AST_Starred:
        bx_error(B, e, "can't use starred expression here");
        r = bx_const_none(B);
        break;
    default:
        bx_error(B, e, "unsupported: expression '%s'", ast_kind_name(e->kind));
        r = bx_const_none(B);
        break;
    }
    B->line = saved_line;
    return r;
}
