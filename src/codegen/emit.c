/*
 * emit.c: IR -> C (DESIGN.md §2 "emit").
 *
 * One C file per module. Each IrFunc becomes a static C function whose
 * registers are C locals; each block a label; each op one statement plus,
 * when the op can fail, one check that frees the temps the refcount pass
 * listed, adds the traceback entry and jumps to the block's handler. Named
 * locals are released in co_varnames order when the function returns or
 * fails, as a CPython frame clears them.
 *
 * Every def also gets a vectorcall entry (argument parsing + dispatch to the
 * clone matching the exact argument types) and an AotFuncDesc.
 * Generated names: aotf_N native clones, aotv_N vectorcall entries,
 * aot_desc_N descriptors, aot_K constants, aot_gc global slot caches,
 * aot_fnobj_N the function object a direct call expects, aot_mc method
 * call site caches, rN registers,
 * LN labels.
 */
#include "emit.h"

#include "../sema/sema.h"

#include <math.h>
#include <string.h>

typedef struct Emit {
    const IrModule *m;
    const CompileOptions *opt;
    StrBuf *out;
    const IrFunc *f;
    StrBuf *cold; /* out-of-line slow paths, placed before the functions */
    int ncold;
    bool store_depth;      /* f may run Python code: keep Aot_depth current */
    bool dual;             /* f is emitted twice: general and short copy */
    bool shortmode;        /* emitting the short copy (see em_func) */
    int cur_block, cur_op; /* the op being emitted, for P labels */
    bool post_checked;     /* it jumped to its P label itself */
    bool *short_ok;        /* per function: the module's budget allows a
                              short copy (em_plan_short_copies) */
    int fidx;              /* index of the function being emitted */
    /* Per register of f: 1 if its only definition is a CONST of a short
     * int (em_func), so a product can untag that side: 3 * n becomes
     * n * 3 on the tagged word, without a shift on the loop's path. */
    unsigned char *kshort;
    int64_t *kval; /* that constant */
    int nmc;       /* method call sites so far (aot_mc) */
    int nac;       /* module attribute load sites so far (aot_ac) */
    bool tbvars;   /* f's entries name its locals (aot_tbn_<fidx>) */
} Emit;

static const char *
em_ctype(IrRep r)
{
    switch (r) {
    case REP_OBJ:
        return "PyObject *";
    case REP_TV:
        return "AotTV ";
    case REP_FV:
        return "AotFV ";
    case REP_BOOL:
        return "char ";
    case REP_I64:
        return "int64_t ";
    case REP_CINT:
        return "int ";
    default:
        return "void ";
    }
}

static const char *
em_errval(IrRep r)
{
    switch (r) {
    case REP_OBJ:
        return "NULL";
    case REP_TV:
        return "AOT_TV_ERR";
    case REP_FV:
        return "AOT_FV_ERR";
    default:
        return "-1";
    }
}

static bool em_rebinds_local(Emit *E, const IrBlock *b, const IrOp *op);

static void
em_reg(Emit *E, int r)
{
    if (r == REG_NULL)
        sb_puts(E->out, "NULL");
    else if (r == REG_GLOBALS)
        sb_puts(E->out, "aot_G");
    else if (r == REG_BUILTINS)
        sb_puts(E->out, "aot_B");
    else
        sb_printf(E->out, "r%d", r);
}

static IrRep
em_rep(Emit *E, int r)
{
    return r < 0 ? REP_OBJ : E->f->regs.items[r].rep;
}

/* The release of register r. Error paths use the header's Py_DECREF,
 * which gcc may call out of line; the normal path uses Aot_DecRef, which
 * is always inline (aot_compat.h says why). */
static void
em_decref_as(Emit *E, int r, bool hot)
{
    const char *dec = hot ? "Aot_DecRef" : "Py_DECREF";
    if (r >= 0 && em_rep(E, r) == REP_OBJ && E->f->regs.items[r].fnref) {
        sb_printf(E->out,
                  "if (r%d != aot_fnobj_%d) %s(r%d); ",
                  r,
                  E->f->regs.items[r].fnref - 1,
                  dec,
                  r);
        return;
    }
    if ((em_rep(E, r) == REP_TV || em_rep(E, r) == REP_FV) && E->shortmode)
        return; /* a short or a plain double owns nothing */
    if (em_rep(E, r) == REP_TV)
        sb_printf(E->out, "AotTV_DecRef(r%d); ", r);
    else if (em_rep(E, r) == REP_FV)
        sb_printf(E->out, "AotFV_DecRef(r%d); ", r);
    else
        sb_printf(E->out, "%s(r%d); ", dec, r);
}

static void
em_decref(Emit *E, int r)
{
    em_decref_as(E, r, false);
}

static void
em_label(Emit *E, int h)
{
    if (h < 0)
        sb_puts(E->out, "goto aot_err;");
    else
        sb_printf(E->out, "goto L%d;", h);
}

/* The error path of an op: free, traceback, jump. */
static void
em_fail(Emit *E, const IrBlock *b, const IrOp *op, int line, bool tb)
{
    for (int i = 0; i < op->nerr_decrefs; i++)
        em_decref(E, op->err_decrefs[i]);
    if (tb) {
        if (b->tbname && b->tbvars) {
            sb_puts(E->out, "aotg_tb_compv(\"");
            const char *p = b->tbvars;
            for (;;) {
                size_t n = strlen(p);
                sb_put_cstr_escaped(E->out, p, n);
                sb_puts(E->out, "\\000");
                if (n == 0)
                    break;
                p += n + 1;
            }
            sb_printf(E->out, "\", \"%s\", %d); ", E->f->name, line);
        }
        else if (b->tbname)
            sb_printf(E->out,
                      "aotg_tb_comp(\"%s\", \"%s\", %d); ",
                      b->tbname,
                      E->f->name,
                      line);
        else {
            if (E->tbvars)
                sb_printf(E->out, "AotTraceback_AddVars(aot_tbn_%d", E->fidx);
            else
                sb_printf(E->out, "AotTraceback_Add(\"%s\"", E->f->name);
            if (op->line_pre311 && op->line_pre311 != line)
                sb_printf(E->out,
                          ", aot_filename, AOT_LINE311(%d, %d), aot_G); ",
                          line,
                          op->line_pre311);
            else if (op->line_pre313 && op->line_pre313 != line)
                sb_printf(E->out,
                          ", aot_filename, AOT_LINE313(%d, %d), aot_G); ",
                          line,
                          op->line_pre313);
            else
                sb_printf(E->out, ", aot_filename, %d, aot_G); ", line);
        }
    }
    em_label(E, b->handler);
}

static void
em_check(Emit *E, const IrBlock *b, const IrOp *op, const char *cond)
{
    sb_printf(E->out, "    if (unlikely(%s)) { ", cond);
    em_fail(E, b, op, op->line, op->err != ERR_RERAISE);
    sb_puts(E->out, " }\n");
}

static void
em_dest_check(Emit *E, const IrBlock *b, const IrOp *op)
{
    char cond[96];
    IrRep r = em_rep(E, op->dest);
    switch (op->err) {
    case ERR_NEVER:
        return;
    case ERR_NULL:
        snprintf(cond,
                 sizeof cond,
                 r == REP_TV   ? "r%d == AOT_TV_ERR"
                 : r == REP_FV ? "r%d == AOT_FV_ERR"
                               : "r%d == NULL",
                 op->dest);
        break;
    case ERR_NEG:
        snprintf(cond, sizeof cond, "r%d < 0", op->dest);
        break;
    case ERR_MAGIC:
        snprintf(
          cond, sizeof cond, "r%d == -1.0 && PyErr_Occurred()", op->dest);
        break;
    default:
        snprintf(cond, sizeof cond, "1");
        break;
    }
    em_check(E, b, op, cond);
}

static const char *
em_binop_name(int op)
{
    static const char *const n[] = { "Add",     "Sub", "Mul", "MatMul",
                                     "TrueDiv", "Mod", "Pow", "LShift",
                                     "RShift",  "Or",  "Xor", "And",
                                     "FloorDiv" };
    return n[op];
}

static const char *
em_cmp_py(int op)
{
    static const char *const n[] = { "Py_EQ", "Py_NE", "Py_LT",
                                     "Py_LE", "Py_GT", "Py_GE" };
    return op <= CMP_GTE ? n[op] : "Py_EQ";
}

static const char *
em_cmp_c(int op)
{
    static const char *const n[] = { "==", "!=", "<", "<=", ">", ">=" };
    return op <= CMP_GTE ? n[op] : "==";
}

static void
em_args(Emit *E, const IrOp *op, int from)
{
    for (int j = from; j < op->nargs; j++) {
        if (j > from)
            sb_puts(E->out, ", ");
        if (op->addr & (1u << j))
            sb_putc(E->out, '&');
        em_reg(E, op->args[j]);
    }
}

static void
em_box_into(Emit *E, const char *dst, int r)
{
    switch (em_rep(E, r)) {
    case REP_TV:
        sb_printf(E->out, "%s = AotTV_Box(r%d);", dst, r);
        break;
    case REP_FV:
        sb_printf(E->out, "%s = AotFV_Box(r%d);", dst, r);
        break;
    case REP_BOOL:
    case REP_CINT:
        sb_printf(E->out, "%s = PyBool_FromLong(r%d);", dst, r);
        break;
    case REP_I64:
        sb_printf(E->out, "%s = PyLong_FromLongLong(r%d);", dst, r);
        break;
    default:
        sb_printf(E->out, "%s = r%d; Py_INCREF(%s);", dst, r, dst);
        break;
    }
}

/* Whether a direct call passes parameter p of its callee (the others
 * take their defaults). */
static bool
em_supplied(const IrOp *op, int p)
{
    return op->pmask ? (op->pmask >> p) & 1 : p < op->nargs;
}

static void
em_callnat(Emit *E, const IrBlock *b, const IrOp *op)
{
    const IrFunc *t = E->m->funcs.items[op->ival];
    int dest = op->dest;
    IrRep dr = em_rep(E, dest);
    StrBuf *o = E->out;
    IrOp real;
    if (op->imm) {
        /* The callee was loaded before the arguments (its last argument):
         * call the native clone if that is still the def's function. */
        real = *op;
        real.nargs--;
        op = &real;
        sb_printf(o,
                  "    { PyObject *g = r%d;\n"
                  "      int still = g == aot_fnobj_%d;\n",
                  op->args[op->nargs],
                  t->def_index);
    }
    else
        sb_printf(o,
                  "    { static uint64_t ok[1]; PyObject *g = NULL;\n"
                  "      int still = AotGlobal_StillFunc(aot_G, aot_B, "
                  "&aot_gc[%d], aot_fnobj_%d, ok, &g);\n",
                  op->konst,
                  t->def_index);
    /* Parameters left out take their defaults from __defaults__ as it is
     * now: the tail that starts at the first one left out (a keyword call
     * may skip some and supply later ones, IrOp.pmask). */
    int first_miss = op->nargs;
    if (op->pmask)
        for (first_miss = 0; (op->pmask >> first_miss) & 1; first_miss++)
            ;
    int span = t->nparams - first_miss;
    /* Defaults that become predicted numbers own their values once
     * unboxed, before the callee can rebind __defaults__: the tuple is
     * only borrowed then. Objects passed on need it alive. */
    bool dt_owned = false;
    for (int p = first_miss; p < t->nparams; p++) {
        IrRep pr = t->param_reps[p];
        dt_owned |= !em_supplied(op, p) && pr != REP_TV && pr != REP_FV;
    }
    if (span > 0)
        /* when it has become too short the generic call raises the
         * error */
        sb_printf(
          o,
          "      PyObject *dt = still > 0 ? "
          "AotFunction_DefaultsTail%s(aot_fnobj_%d, %d) : NULL;\n"
          "      if (still > 0 && !dt) { still = 0; g = aot_fnobj_%d; }\n",
          dt_owned ? "" : "Borrowed",
          t->def_index,
          span,
          t->def_index);
    sb_printf(o, "      if (still < 0) r%d = %s;\n", dest, em_errval(dr));
    sb_printf(o, "      else if (still) {\n");
    for (int p = first_miss; p < t->nparams; p++) {
        if (em_supplied(op, p))
            continue;
        IrRep pr = t->param_reps[p];
        const char *item = "PyTuple_GET_ITEM(dt, PyTuple_GET_SIZE(dt) - %d)";
        char it[96];
        snprintf(it, sizeof it, item, t->nparams - p);
        if (pr == REP_TV)
            sb_printf(
              o, "        AotTV d%d = AotTV_FromObjectBorrowed(%s);\n", p, it);
        else if (pr == REP_FV)
            sb_printf(
              o, "        AotFV d%d = AotFV_FromObjectBorrowed(%s);\n", p, it);
        else
            sb_printf(o, "        PyObject *d%d = %s;\n", p, it);
    }
    StrBuf call;
    sb_init(&call);
    E->out = &call;
    sb_printf(&call, "%s(", t->cname);
    for (int p = 0, j = 0; p < t->nparams; p++) {
        if (p)
            sb_puts(&call, ", ");
        if (em_supplied(op, p))
            em_reg(E, op->args[j++]);
        else
            sb_printf(&call, "d%d", p);
    }
    sb_puts(&call, t->nparams ? ", aot_d + 1)" : "aot_d + 1)");
    E->out = o;
    if (t->ret_rep == dr)
        sb_printf(o, "        r%d = %s;\n", dest, call.data);
    else {
        /* TV/OBJ mismatch cannot happen (the builder picks dest from the
         * clone), but stay correct: box through an object. */
        sb_printf(o, "        %sx = %s;\n", em_ctype(t->ret_rep), call.data);
        if (t->ret_rep == REP_FV)
            sb_printf(o, "        r%d = AotFV_BoxSteal(x);\n", dest);
        else if (dr == REP_TV)
            sb_printf(o, "        r%d = AotTV_FromObject(x);\n", dest);
        else
            sb_printf(o, "        r%d = AotTV_BoxSteal(x);\n", dest);
    }
    sb_free(&call);
    for (int p = first_miss; p < t->nparams; p++) {
        IrRep pr = t->param_reps[p];
        if (em_supplied(op, p))
            continue;
        if (pr == REP_TV)
            sb_printf(o, "        AotTV_DecRef(d%d);\n", p);
        else if (pr == REP_FV)
            sb_printf(o, "        AotFV_DecRef(d%d);\n", p);
    }
    if (span > 0 && dt_owned)
        sb_puts(o, "        Aot_DecRef(dt);\n");
    /* The rebound-function path lives in a cold helper, so the hot path
     * keeps a small frame. */
    int n = op->nargs;
    int id = E->ncold++;
    sb_printf(o, "      }\n      else r%d = aotg_slowcall_%d(g", dest, id);
    for (int j = 0; j < n; j++)
        sb_printf(o, ", r%d", op->args[j]);
    sb_puts(o, ", aot_d);\n    }\n");
    StrBuf *c = E->cold;
    sb_printf(c,
              "static __attribute__((noinline, cold)) %s\naotg_slowcall_%d("
              "PyObject *g",
              em_ctype(dr),
              id);
    /* Parameters are named by position: f(x, x) passes one register
     * twice. The body refers to registers, so alias the first of each. */
    for (int j = 0; j < n; j++)
        sb_printf(c, ", %sp%d", em_ctype(em_rep(E, op->args[j])), j);
    sb_printf(c,
              ", int aot_d)\n{\n    PyObject *a[%d];\n"
              "    Aot_depth = aot_d;\n",
              n + 1);
    for (int j = 0; j < n; j++) {
        bool first = true;
        for (int k = 0; k < j; k++)
            first &= op->args[k] != op->args[j];
        if (first)
            sb_printf(c,
                      "    %sr%d = p%d;\n",
                      em_ctype(em_rep(E, op->args[j])),
                      op->args[j],
                      j);
    }
    int nkw_perm = op->kwconst1 ? E->m->consts.items[op->kwconst1 - 1].len : 0;
    for (int j = 0; j < n; j++) {
        char dst[32];
        snprintf(dst, sizeof dst, "a[%d]", j + 1);
        sb_puts(c, "    ");
        StrBuf *saved_out = E->out;
        E->out = c;
        /* keyword values go in the order of their names (source order) */
        int src =
          j >= n - nkw_perm && op->kwperm ? op->kwperm[j - (n - nkw_perm)] : j;
        em_box_into(E, dst, op->args[src]);
        E->out = saved_out;
        sb_printf(c,
                  "\n    if (!a[%d]) { for (int k = 1; k < %d; k++) "
                  "Py_DECREF(a[k]); return %s; }\n",
                  j + 1,
                  j + 1,
                  em_errval(dr));
    }
    if (op->kwconst1) {
        /* keyword arguments last, named by the constant tuple */
        int nkw = E->m->consts.items[op->kwconst1 - 1].len;
        sb_printf(c,
                  "    PyObject *res = PyObject_Vectorcall(g, a + 1, %d | "
                  "PY_VECTORCALL_ARGUMENTS_OFFSET, aot_K[%d]);\n"
                  "    for (int k = 1; k <= %d; k++) Py_DECREF(a[k]);\n",
                  n - nkw,
                  op->kwconst1 - 1,
                  n);
    }
    else
        sb_printf(c,
                  "    PyObject *res = PyObject_Vectorcall(g, a + 1, %d | "
                  "PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);\n"
                  "    for (int k = 1; k <= %d; k++) Py_DECREF(a[k]);\n",
                  n,
                  n);
    if (dr == REP_TV)
        sb_puts(c, "    return AotTV_FromObject(res);\n}\n");
    else if (dr == REP_FV)
        sb_puts(c, "    return AotFV_FromObject(res);\n}\n");
    else
        sb_puts(c, "    return res;\n}\n");
    em_dest_check(E, b, op);
}

/* For an operand of an inline float operation: its value as a double
 * (x) and the test that it is one (g), for a tagged int or float. */
static void
em_fv_operand(int r, IrRep rep, char x[64], char g[64])
{
    if (rep == REP_TV) {
        snprintf(x, 64, "(double)AotTV_ShortValue(r%d)", r);
        snprintf(g, 64, "AotTV_IsShort(r%d)", r);
    }
    else {
        snprintf(x, 64, "AotFV_Double(r%d)", r);
        snprintf(g, 64, "!AotFV_IsPtr(r%d)", r);
    }
}

/* rD = AotFV_[InPlace]<Op>[TF|FT](rA, rB): the out-of-line form of a
 * float-predicted operation. */
static void
em_fv_call(StrBuf *o,
           int d,
           bool inplace,
           int bop,
           const char *mix,
           int a0,
           int a1)
{
    sb_printf(o,
              "    r%d = AotFV_%s%s%s(r%d, r%d);\n",
              d,
              inplace ? "InPlace" : "",
              em_binop_name(bop),
              mix,
              a0,
              a1);
}

static void
em_op(Emit *E, const IrBlock *b, const IrOp *op)
{
    StrBuf *o = E->out;
    int d = op->dest;
    IrRep dr = em_rep(E, d);
    int a0 = op->nargs > 0 ? op->args[0] : -1;
    int a1 = op->nargs > 1 ? op->args[1] : -1;
    IrRep r0 = em_rep(E, a0);
    switch (op->kind) {
    case IR_LINE:
        sb_printf(o, "    /* line %d */\n", op->line);
        return;
    case IR_CONST:
        if (op->konst >= 0)
            sb_printf(o, "    r%d = aot_K[%d];\n", d, op->konst);
        else if (dr == REP_FV) {
            if (isinf(op->fval))
                sb_printf(o,
                          "    r%d = AotFV_FromDouble(%sHUGE_VAL);\n",
                          d,
                          op->fval < 0 ? "-" : "");
            else
                sb_printf(o, "    r%d = AotFV_FromDouble(%a);\n", d, op->fval);
        }
        else if (dr == REP_TV)
            sb_printf(o,
                      "    r%d = AotTV_FromShort(%lldLL);\n",
                      d,
                      (long long)op->ival);
        else
            sb_printf(o, "    r%d = %lldLL;\n", d, (long long)op->ival);
        return;
    case IR_COPY:
        sb_printf(o, "    r%d = r%d;", d, a0);
        if ((dr == REP_TV || dr == REP_FV) && E->shortmode)
            ; /* shorts and plain doubles are not counted */
        else if (dr == REP_OBJ)
            sb_printf(o, " Py_INCREF(r%d);", d);
        else if (dr == REP_TV)
            sb_printf(o, " AotTV_IncRef(r%d);", d);
        else if (dr == REP_FV)
            sb_printf(o, " AotFV_IncRef(r%d);", d);
        sb_putc(o, '\n');
        return;
    case IR_ASSIGN: {
        const IrReg *reg = &E->f->regs.items[d];
        if (reg->local && dr == REP_OBJ)
            sb_printf(o,
                      "    { PyObject *old = r%d; r%d = r%d; "
                      "Aot_XDecRef(old); }\n",
                      d,
                      d,
                      a0);
        else if (reg->local && (dr == REP_TV || dr == REP_FV) && E->shortmode)
            sb_printf(o, "    r%d = r%d;\n", d, a0);
        else if (reg->local && dr == REP_TV)
            sb_printf(o,
                      "    { AotTV old = r%d; r%d = r%d; "
                      "AotTV_XDecRef(old); }\n",
                      d,
                      d,
                      a0);
        else if (reg->local && dr == REP_FV)
            sb_printf(o,
                      "    { AotFV old = r%d; r%d = r%d; "
                      "AotFV_XDecRef(old); }\n",
                      d,
                      d,
                      a0);
        else if (reg->local)
            sb_printf(o, "    r%d = r%d; r%d_b = 1;\n", d, a0, d);
        else
            sb_printf(o, "    r%d = r%d;\n", d, a0);
        return;
    }
    case IR_UNDEF:
        if (dr == REP_OBJ)
            sb_printf(o, "    Py_CLEAR(r%d);\n", d);
        else if (dr == REP_TV && E->shortmode)
            sb_printf(o, "    r%d = AOT_TV_ERR;\n", d);
        else if (dr == REP_TV)
            sb_printf(o, "    AotTV_XDecRef(r%d); r%d = AOT_TV_ERR;\n", d, d);
        else if (dr == REP_FV && E->shortmode)
            sb_printf(o, "    r%d = AOT_FV_ERR;\n", d);
        else if (dr == REP_FV)
            sb_printf(o, "    AotFV_XDecRef(r%d); r%d = AOT_FV_ERR;\n", d, d);
        else
            sb_printf(o, "    r%d_b = 0;\n", d);
        return;
    case IR_CHECKBOUND: {
        char cond[64];
        if (r0 == REP_OBJ)
            snprintf(cond, sizeof cond, "r%d == NULL", a0);
        else if (r0 == REP_TV)
            snprintf(cond, sizeof cond, "r%d == AOT_TV_ERR", a0);
        else if (r0 == REP_FV)
            snprintf(cond, sizeof cond, "r%d == AOT_FV_ERR", a0);
        else
            snprintf(cond, sizeof cond, "!r%d_b", a0);
        if (E->f->regs.items[a0].global_name)
            /* a module global kept in a register (module loops) */
            sb_printf(o,
                      "    if (unlikely(%s)) { AotExc_NameError("
                      "aot_gc[%d].name); ",
                      cond,
                      ptrmap_get(&E->m->global_index, op->cname, 0));
        else
            sb_printf(o,
                      "    if (unlikely(%s)) { AotExc_UnboundLocal(\"%s\"); ",
                      cond,
                      op->cname);
        em_fail(E, b, op, op->line, true);
        sb_puts(o, " }\n");
        return;
    }
    case IR_BOX: {
        char dst[16];
        snprintf(dst, sizeof dst, "r%d", d);
        sb_puts(o, "    ");
        em_box_into(E, dst, a0);
        sb_putc(o, '\n');
        em_dest_check(E, b, op);
        return;
    }
    case IR_UNBOX:
        if (dr == REP_TV && r0 == REP_I64)
            sb_printf(o, "    r%d = AotTV_FromI64(r%d);\n", d, a0);
        else if (dr == REP_TV)
            sb_printf(o, "    r%d = AotTV_FromObjectBorrowed(r%d);\n", d, a0);
        else if (dr == REP_FV)
            sb_printf(o, "    r%d = AotFV_FromObjectBorrowed(r%d);\n", d, a0);
        else
            sb_printf(o, "    r%d = PyObject_IsTrue(r%d);\n", d, a0);
        em_dest_check(E, b, op);
        return;
    case IR_BINOP: {
        int bop = op->op & 0xff;
        bool inplace = (op->op & 0x100) != 0;
        if (dr == REP_FV) {
            IrRep r1 = em_rep(E, a1);
            /* TT: int / int (inference predicts no other op of two ints
             * as a float) */
            bool tt = r0 == REP_TV && r1 == REP_TV;
            const char *mix = tt             ? "TT"
                              : r0 == REP_TV ? "TF"
                              : r1 == REP_TV ? "FT"
                                             : "";
            if (!tt && (bop == OP_ADD || bop == OP_SUB || bop == OP_MULT ||
                        bop == OP_DIV)) {
                /* The fast path inline, so the C compiler sees that it
                 * cannot fail: the error check stays on the slow path. */
                char xa[64], xb[64], ga[64], gb[64];
                em_fv_operand(a0, r0, xa, ga);
                em_fv_operand(a1, r1, xb, gb);
                sb_printf(o,
                          "    if (likely(%s && %s%s%s%s)) r%d = "
                          "AotFV_FromDouble(%s %s %s);\n    else {\n    ",
                          ga,
                          gb,
                          bop == OP_DIV ? " && " : "",
                          bop == OP_DIV ? xb : "",
                          bop == OP_DIV ? " != 0.0" : "",
                          d,
                          xa,
                          ast_binop_symbol(bop),
                          xb);
                em_fv_call(o, d, inplace, bop, mix, a0, a1);
                em_dest_check(E, b, op);
                if (E->shortmode) {
                    /* A computed double is never the tag: only the slow
                     * path can leave the short copy. */
                    sb_printf(o,
                              "    if (unlikely(AotFV_IsPtr(r%d))) goto "
                              "P%d_%d;\n",
                              d,
                              E->cur_block,
                              E->cur_op);
                    E->post_checked = true;
                }
                sb_puts(o, "    }\n");
                return;
            }
            em_fv_call(o, d, inplace, bop, mix, a0, a1);
        }
        else if (r0 == REP_TV && dr == REP_TV && E->shortmode &&
                 bop == OP_MULT && (E->kshort[a0] || E->kshort[a1]) &&
                 (E->kshort[a0] ? E->kval[a0] : E->kval[a1]) >= 2 &&
                 (E->kshort[a0] ? E->kval[a0] : E->kval[a1]) <= (1LL << 31)) {
            /* n * 3: a range test instead of the multiply's overflow flag,
             * so the product is a lea or shift off the test's path (3 * n
             * + 1 runs on one dependent chain in collatz-like loops). */
            long long k = E->kshort[a0] ? E->kval[a0] : E->kval[a1];
            int x = E->kshort[a0] ? a1 : a0;
            sb_printf(o,
                      "    if (unlikely(r%d < (AotTV)%lldLL || r%d > "
                      "(AotTV)%lldLL)) {\n    r%d = AotTV_%sMulSlow(r%d, "
                      "r%d);\n",
                      x,
                      (long long)(INT64_MIN / k),
                      x,
                      (long long)(INT64_MAX / k),
                      d,
                      inplace ? "InPlace" : "",
                      a0,
                      a1);
            em_dest_check(E, b, op);
            sb_printf(o, "    goto P%d_%d; }\n", E->cur_block, E->cur_op);
            sb_printf(o, "    r%d = r%d * (AotTV)%lldLL;\n", d, x, k);
            E->post_checked = true;
            return;
        }
        else if (r0 == REP_TV && dr == REP_TV && E->shortmode &&
                 (bop == OP_ADD || bop == OP_SUB || bop == OP_MULT)) {
            /* Short operands: only an overflow leaves the short copy. */
            const char *name = bop == OP_ADD   ? "add"
                               : bop == OP_SUB ? "sub"
                                               : "mul";
            int mx = a0;
            if (bop == OP_MULT && E->kshort[a0] && !E->kshort[a1])
                mx = a1;
            sb_printf(
              o, "    if (unlikely(__builtin_%s_overflow(r%d, ", name, mx);
            if (bop == OP_MULT && mx != a0)
                sb_printf(o, "(AotTV)%lldLL", (long long)E->kval[a0]);
            else if (bop == OP_MULT)
                sb_printf(o, "(AotTV)AotTV_ShortValue(r%d)", a1);
            else
                sb_printf(o, "r%d", a1);
            sb_printf(o,
                      ", &r%d))) {\n    r%d = AotTV_%s%sSlow(r%d, r%d);\n",
                      d,
                      d,
                      inplace ? "InPlace" : "",
                      em_binop_name(bop),
                      a0,
                      a1);
            em_dest_check(E, b, op);
            sb_printf(o, "    goto P%d_%d; }\n", E->cur_block, E->cur_op);
            E->post_checked = true;
            return;
        }
        else if (r0 == REP_TV && dr == REP_TV &&
                 (bop == OP_ADD || bop == OP_SUB || bop == OP_MULT)) {
            /* Inline fast path (as in aot_tv.h), so the C compiler sees it
             * cannot fail: the error check stays on the slow path. */
            char rhs[48];
            int mx = a0;
            if (bop == OP_MULT && E->kshort[a0] && !E->kshort[a1]) {
                mx = a1;
                snprintf(
                  rhs, sizeof rhs, "(AotTV)%lldLL", (long long)E->kval[a0]);
            }
            else if (bop == OP_MULT)
                snprintf(rhs, sizeof rhs, "(AotTV)AotTV_ShortValue(r%d)", a1);
            else
                snprintf(rhs, sizeof rhs, "r%d", a1);
            sb_printf(
              o,
              "    { AotTV t_; if (likely(AOT_TV_BOTH_SHORT(r%d, r%d) && "
              "!__builtin_%s_overflow(r%d, %s, &t_))) r%d = t_;\n"
              "      else {\n    r%d = AotTV_%s%sSlow(r%d, r%d);\n",
              a0,
              a1,
              bop == OP_ADD   ? "add"
              : bop == OP_SUB ? "sub"
                              : "mul",
              mx,
              rhs,
              d,
              d,
              inplace ? "InPlace" : "",
              em_binop_name(bop),
              a0,
              a1);
            em_dest_check(E, b, op);
            sb_puts(o, "    } }\n");
            return;
        }
        else if (r0 == REP_TV && dr == REP_TV && op->imm)
            /* x % MOD while MOD holds the value it was bound to: a C
             * constant divisor */
            sb_printf(o,
                      "    r%d = likely(r%d == AotTV_FromShort(%lldLL)) ? "
                      "AotTV_%s%s(r%d, AotTV_FromShort(%lldLL)) : "
                      "AotTV_%s%s(r%d, r%d);\n",
                      d,
                      a1,
                      (long long)op->ival,
                      inplace ? "InPlace" : "",
                      em_binop_name(bop),
                      a0,
                      (long long)op->ival,
                      inplace ? "InPlace" : "",
                      em_binop_name(bop),
                      a0,
                      a1);
        else if (r0 == REP_TV && dr == REP_TV)
            sb_printf(o,
                      "    r%d = AotTV_%s%s(r%d, r%d);\n",
                      d,
                      inplace ? "InPlace" : "",
                      em_binop_name(bop),
                      a0,
                      a1);
        else if (r0 == REP_TV && bop == OP_DIV)
            sb_printf(o, "    r%d = AotTV_TrueDiv(r%d, r%d);\n", d, a0, a1);
        else if (bop == OP_ADD && r0 == REP_OBJ && em_rebinds_local(E, b, op))
            /* s += x or s = s + x on a str only this local holds: append
             * in place, as CPython's BINARY_OP_INPLACE_ADD_UNICODE does
             * for both (the local is left unbound if that fails, as
             * there); otherwise a string built in a loop is copied at
             * every step. */
            sb_printf(o,
                      "    if (r%d && PyUnicode_CheckExact(r%d) && "
                      "PyUnicode_CheckExact(r%d) && Py_REFCNT(r%d) == 1) {\n"
                      "        r%d = r%d; r%d = NULL;\n"
                      "        PyUnicode_Append(&r%d, r%d);\n    }\n"
                      "    else r%d = AotNum_%sAdd(r%d, r%d);\n",
                      a0,
                      a0,
                      a1,
                      a0,
                      d,
                      a0,
                      a0,
                      d,
                      a1,
                      d,
                      inplace ? "InPlace" : "",
                      a0,
                      a1);
        else
            sb_printf(o,
                      "    r%d = AotNum_%s%s(r%d, r%d);\n",
                      d,
                      inplace ? "InPlace" : "",
                      em_binop_name(bop),
                      a0,
                      a1);
        em_dest_check(E, b, op);
        return;
    }
    case IR_UNOP: {
        static const char *const un[] = { "Invert", "Not", "Pos", "Neg" };
        if (op->op == UOP_NOT)
            sb_printf(o, "    r%d = !r%d;\n", d, a0);
        else if (dr == REP_FV)
            sb_printf(o,
                      "    r%d = AotFV_%s(r%d);\n",
                      d,
                      op->op == UOP_USUB ? "Neg" : "Pos",
                      a0);
        else if (dr == REP_TV)
            sb_printf(o, "    r%d = AotTV_%s(r%d);\n", d, un[op->op], a0);
        else
            sb_printf(o, "    r%d = AotNum_%s(r%d);\n", d, un[op->op], a0);
        em_dest_check(E, b, op);
        return;
    }
    case IR_COMPARE: {
        int c = op->op;
        if (c == CMP_IS || c == CMP_ISNOT)
            sb_printf(o,
                      "    r%d = r%d %s r%d;\n",
                      d,
                      a0,
                      c == CMP_IS ? "==" : "!=",
                      a1);
        else if (c == CMP_IN || c == CMP_NOTIN) {
            sb_printf(o, "    r%d = AotObj_Contains(r%d, r%d);\n", d, a1, a0);
            if (c == CMP_NOTIN)
                sb_printf(o, "    if (r%d >= 0) r%d = !r%d;\n", d, d, d);
        }
        else if (r0 == REP_FV || em_rep(E, a1) == REP_FV)
            sb_printf(o,
                      "    r%d = AotFV_CompareBool%s(r%d, r%d, %s);\n",
                      d,
                      r0 == REP_TV              ? "TF"
                      : em_rep(E, a1) == REP_TV ? "FT"
                                                : "",
                      a0,
                      a1,
                      em_cmp_py(c));
        else if (r0 == REP_TV && dr != REP_OBJ)
            /* Tagged shorts order like their values. */
            sb_printf(o,
                      "    r%d = (AotTV_IsShort(r%d) && AotTV_IsShort(r%d))"
                      " ? (r%d %s r%d) : AotTV_CompareBool(r%d, r%d, %s);\n",
                      d,
                      a0,
                      a1,
                      a0,
                      em_cmp_c(c),
                      a1,
                      a0,
                      a1,
                      em_cmp_py(c));
        else if (r0 == REP_TV)
            sb_printf(o,
                      "    r%d = AotTV_RichCompare(r%d, r%d, %s);\n",
                      d,
                      a0,
                      a1,
                      em_cmp_py(c));
        else if (dr == REP_OBJ)
            sb_printf(o,
                      "    r%d = AotObj_RichCompare(r%d, r%d, %s);\n",
                      d,
                      a0,
                      a1,
                      em_cmp_py(c));
        else
            sb_printf(o,
                      "    r%d = AotObj_CompareBool(r%d, r%d, %s);\n",
                      d,
                      a0,
                      a1,
                      em_cmp_py(c));
        em_dest_check(E, b, op);
        return;
    }
    case IR_TRUTH:
        if (r0 == REP_OBJ)
            sb_printf(o, "    r%d = AotObj_IsTrue(r%d);\n", d, a0);
        else if (r0 == REP_TV)
            sb_printf(o,
                      "    r%d = AotTV_IsShort(r%d) ? (r%d != 0) : "
                      "AotTV_IsTrue(r%d);\n",
                      d,
                      a0,
                      a0,
                      a0);
        else if (r0 == REP_FV)
            sb_printf(o, "    r%d = AotFV_IsTrue(r%d);\n", d, a0);
        else
            sb_printf(o, "    r%d = r%d != 0;\n", d, a0);
        em_dest_check(E, b, op);
        return;
    case IR_CALLC: {
        if (strcmp(op->cname, "aotg_promote_fn") == 0) {
            /* a module loop's guard that a global still holds a def's
             * own function object (ival: slot << 16 | def index) */
            sb_printf(o,
                      "    r%d = AotPromote_Fn(aot_G, &aot_gc[%lld], "
                      "aot_fnobj_%lld);\n",
                      d,
                      (long long)(op->ival >> 16),
                      (long long)(op->ival & 0xFFFF));
            return;
        }
        if (strcmp(op->cname, "AotAttr_Load") == 0 && op->nargs == 2) {
            sb_printf(o,
                      "    r%d = AotAttr_Load(&aot_ac[%d], r%d, r%d);\n",
                      d,
                      E->nac++,
                      op->args[0],
                      op->args[1]);
            em_dest_check(E, b, op);
            return;
        }
        if (op->err == ERR_RERAISE && d < 0 && op->nargs == 0 &&
            strcmp(op->cname, "AotExc_Reraise") == 0) {
            /* A bare raise re-raises without a traceback entry, but the
             * RuntimeError for "no active exception" is raised here. */
            sb_puts(o, "    if (AotExc_Reraise() == -2) { ");
            em_fail(E, b, op, op->line, true);
            sb_puts(o, " }\n    { ");
            em_fail(E, b, op, op->line, false);
            sb_puts(o, " }\n");
            return;
        }
        for (int j = 0; j < op->nargs; j++)
            if (op->addr & (1u << j))
                sb_printf(o,
                          em_rep(E, op->args[j]) == REP_TV
                            ? "    AotTV_XDecRef(r%d); r%d = AOT_TV_ERR;\n"
                            : "    Py_CLEAR(r%d);\n",
                          op->args[j],
                          op->args[j]);
        sb_puts(o, "    ");
        bool void_neg = d < 0 && op->err == ERR_NEG;
        if (d >= 0)
            sb_printf(o, "r%d = ", d);
        else if (void_neg)
            sb_puts(o, "if (unlikely(");
        sb_printf(o, "%s(", op->cname);
        if (strncmp(op->cname, "AotLoop_", 8) == 0)
            sb_puts(o, "aot_lc, aot_lc0"); /* a macro: counts locally */
        if (op->imm) {
            sb_printf(o, "%lld", (long long)op->ival);
            if (op->nargs)
                sb_puts(o, ", ");
        }
        em_args(E, op, 0);
        sb_puts(o, ")");
        if (void_neg) {
            sb_puts(o, " < 0)) { ");
            em_fail(E, b, op, op->line, true);
            sb_puts(o, " }\n");
            return;
        }
        sb_puts(o, ";\n");
        if (d < 0 && (op->err == ERR_ALWAYS || op->err == ERR_RERAISE)) {
            sb_puts(o, "    { ");
            em_fail(E, b, op, op->line, op->err == ERR_ALWAYS);
            sb_puts(o, " }\n");
            return;
        }
        if (d >= 0)
            em_dest_check(E, b, op);
        return;
    }
    case IR_CALLPY: {
        int nkw = 0;
        if (op->konst >= 0)
            nkw = E->m->consts.items[op->konst].len;
        int nargs = op->nargs - 1;
        sb_printf(o, "    { PyObject *a[%d] = { NULL", nargs + 1);
        for (int j = 1; j < op->nargs; j++)
            sb_printf(o, ", r%d", op->args[j]);
        sb_printf(o,
                  " };\n      r%d = PyObject_Vectorcall(r%d, a + 1, %d | "
                  "PY_VECTORCALL_ARGUMENTS_OFFSET, ",
                  d,
                  a0,
                  nargs - nkw);
        if (op->konst >= 0)
            sb_printf(o, "aot_K[%d]); }\n", op->konst);
        else
            sb_puts(o, "NULL); }\n");
        em_dest_check(E, b, op);
        return;
    }
    case IR_CALLMETH: {
        int nkw = 0;
        if (op->konst >= 0)
            nkw = E->m->consts.items[op->konst].len;
        sb_printf(o, "    { PyObject *a[%d] = { ", op->nargs);
        for (int j = 0; j < op->nargs; j++)
            sb_printf(o, "%sr%d", j ? ", " : "", op->args[j]);
        sb_printf(o,
                  " };\n      r%d = AotMeth_Call(&aot_mc[%d], aot_K[%lld], "
                  "a, %d, ",
                  d,
                  E->nmc++,
                  (long long)op->ival,
                  op->nargs - nkw);
        if (op->konst >= 0)
            sb_printf(o, "aot_K[%d]); }\n", op->konst);
        else
            sb_puts(o, "NULL); }\n");
        em_dest_check(E, b, op);
        return;
    }
    case IR_CALLNAT:
        em_callnat(E, b, op);
        /* The callee may have stored its own depth. */
        if (E->store_depth)
            sb_puts(o, "    Aot_depth = aot_d;\n");
        return;
    case IR_BUILD: {
        const char *ctor = op->op ? "PyTuple_New" : "PyList_New";
        const char *set = op->op ? "PyTuple_SET_ITEM" : "PyList_SET_ITEM";
        sb_printf(
          o, "    r%d = %s(%d);\n    if (r%d) {", d, ctor, op->nargs, d);
        for (int j = 0; j < op->nargs; j++)
            sb_printf(o, " %s(r%d, %d, r%d);", set, d, j, op->args[j]);
        sb_puts(o, " } else {");
        for (int j = 0; j < op->nargs; j++)
            sb_printf(o, " Py_DECREF(r%d);", op->args[j]);
        sb_puts(o, " }\n");
        em_dest_check(E, b, op);
        return;
    }
    case IR_GLOBAL:
        if (E->f->regs.items[d].fnref) {
            /* The def's own function needs no reference: the module's
             * aot_fnobj keeps it alive. */
            sb_printf(o,
                      "    r%d = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
                      "&aot_gc[%lld]);\n    if (r%d && r%d != aot_fnobj_%d) "
                      "Py_INCREF(r%d);\n",
                      d,
                      (long long)op->ival,
                      d,
                      d,
                      E->f->regs.items[d].fnref - 1,
                      d);
            em_dest_check(E, b, op);
            return;
        }
        sb_printf(
          o,
          "    r%d = AotGlobal_LoadFast(aot_G, aot_B, &aot_gc[%lld]);\n",
          d,
          (long long)op->ival);
        em_dest_check(E, b, op);
        return;
    case IR_INCREF:
        if ((r0 == REP_TV || r0 == REP_FV) && E->shortmode)
            ;
        else if (r0 == REP_OBJ && E->f->regs.items[a0].fnref)
            sb_printf(o,
                      "    if (r%d != aot_fnobj_%d) Py_INCREF(r%d);\n",
                      a0,
                      E->f->regs.items[a0].fnref - 1,
                      a0);
        else if (r0 == REP_TV)
            sb_printf(o, "    AotTV_IncRef(r%d);\n", a0);
        else if (r0 == REP_FV)
            sb_printf(o, "    AotFV_IncRef(r%d);\n", a0);
        else
            sb_printf(o, "    Py_INCREF(r%d);\n", a0);
        return;
    case IR_DECREF:
        sb_puts(o, "    ");
        em_decref_as(E, a0, true);
        sb_putc(o, '\n');
        return;
    case IR_MAKEFUNC: {
        sb_printf(o,
                  "    r%d = AotFunction_New(&aot_desc_%lld, aot_G, ",
                  d,
                  (long long)op->ival);
        em_args(E, op, 0);
        sb_puts(o, ");\n");
        const IrDef *def = E->m->defs.items[op->ival];
        if (def->module_level)
            sb_printf(o,
                      "    if (r%d) { Py_INCREF(r%d); "
                      "Py_XSETREF(aot_fnobj_%lld, r%d); }\n",
                      d,
                      d,
                      (long long)op->ival,
                      d);
        em_dest_check(E, b, op);
        return;
    }
    case IR_CATCH:
        sb_printf(
          o, "    Py_CLEAR(r%d);\n    r%d = AotExc_Catch(&r%d);\n", a0, d, a0);
        return;
    case IR_UNPACK: {
        int n = op->nargs - 1;
        sb_printf(o, "    { PyObject *tmp[%d]; int rc = ", n + 1);
        if (op->op < 0)
            sb_printf(o, "AotSeq_Unpack(r%d, %d, tmp);\n", a0, n);
        else
            sb_printf(o,
                      "AotSeq_UnpackEx(r%d, %d, %d, tmp);\n",
                      a0,
                      op->op,
                      n - op->op - 1);
        sb_puts(o, "      if (unlikely(rc < 0)) { ");
        em_fail(E, b, op, op->line, true);
        sb_puts(o, " }\n     ");
        for (int j = 0; j < n; j++)
            sb_printf(o, " r%d = tmp[%d];", op->args[j + 1], j);
        sb_puts(o, " }\n");
        return;
    }
    default:
        sb_printf(o, "    /* ? %s */\n", ir_op_name(op->kind));
        return;
    }
}

static void
em_edge(Emit *E, const IrBlock *b, int e)
{
    for (int i = 0; i < b->edge_decrefs[e].len; i++)
        em_decref_as(E, b->edge_decrefs[e].items[i], true);
    /* A rare arm taken in the short copy continues in the general copy,
     * so the short copy's loops see only their fast state. */
    bool stay = E->shortmode && !(e == 1 && b->cold_t1);
    sb_printf(E->out, "goto %c%d;", stay ? 'S' : 'L', e ? b->t1 : b->t0);
}

/* Short copy: may op read a as a bound value (never AOT_TV_ERR)? The
 * general code of these ops would crash on an unbound register, so the
 * IR never gives them one. */
static bool
em_reads_bound(const IrOp *op, int k)
{
    switch (op->kind) {
    case IR_BINOP:
    case IR_UNOP:
    case IR_COMPARE:
    case IR_TRUTH:
    case IR_BOX:
    case IR_COPY:
    case IR_INCREF:
    case IR_DECREF:
        return true;
    case IR_CALLNAT:
        return !(op->addr & (1u << k));
    default:
        return false;
    }
}

static bool
em_is_num(IrRep r)
{
    return r == REP_TV || r == REP_FV;
}

/* The TV/FV registers op writes (its dest, out-params). */
static bool
em_writes_num(Emit *E, const IrOp *op, int *regs, int *n)
{
    *n = 0;
    if (op->dest >= 0 && em_is_num(em_rep(E, op->dest)) &&
        op->kind != IR_UNDEF && op->kind != IR_CONST)
        regs[(*n)++] = op->dest;
    for (int k = 0; k < op->nargs && *n < 8; k++)
        if ((op->addr & (1u << k)) && op->args[k] >= 0 &&
            em_is_num(em_rep(E, op->args[k])))
            regs[(*n)++] = op->args[k];
    return *n > 0;
}

static void
em_block(Emit *E, const IrBlock *b)
{
    StrBuf *o = E->out;
    sb_printf(o, "  %c%d:;\n", E->shortmode ? 'S' : 'L', b->id);
    if (b->exit_tb_line > 0)
        sb_printf(o,
                  "    aotg_tb_comp_exit(\"%s\", %d);\n",
                  b->exit_tb_name ? b->exit_tb_name : E->f->name,
                  b->exit_tb_line);
    for (int i = 0; i < b->ops.len; i++) {
        const IrOp *op = &b->ops.items[i];
        int w[8], nw;
        if (E->shortmode)
            for (int k = 0; k < op->nargs; k++) {
                int a = op->args[k];
                if (a < 0 || !em_reads_bound(op, k))
                    continue;
                if (em_rep(E, a) == REP_TV)
                    sb_printf(o, "    AOT_TV_ASSUME_SHORT(r%d);\n", a);
                else if (em_rep(E, a) == REP_FV)
                    sb_printf(o, "    AOT_FV_ASSUME_PLAIN(r%d);\n", a);
            }
        E->cur_block = b->id;
        E->cur_op = i;
        E->post_checked = false;
        em_op(E, b, op);
        if (!E->dual || !em_writes_num(E, op, w, &nw))
            continue;
        if (E->shortmode &&
            (E->post_checked || op->kind == IR_ASSIGN || op->kind == IR_COPY))
            continue; /* copies of shorts (or unbound) are short */
        if (E->shortmode) {
            /* A result outside the short range: continue in the general
             * copy right after this op (the registers are the same). */
            sb_puts(o, "    if (unlikely(");
            for (int k = 0; k < nw; k++)
                sb_printf(o,
                          em_rep(E, w[k]) == REP_TV ? "%s!AotTV_IsShort(r%d)"
                                                    : "%sAotFV_IsPtr(r%d)",
                          k ? " || " : "",
                          w[k]);
            sb_printf(o, ")) goto P%d_%d;\n", b->id, i);
        }
        else
            sb_printf(o, "  P%d_%d:;\n", b->id, i);
    }
    switch (b->term) {
    case TERM_GOTO:
        sb_puts(o, "    ");
        em_edge(E, b, 0);
        sb_putc(o, '\n');
        break;
    case TERM_BRANCH:
        sb_printf(o, "    if (r%d) { ", b->cond);
        em_edge(E, b, 0);
        sb_puts(o, " } else { ");
        em_edge(E, b, 1);
        sb_puts(o, " }\n");
        break;
    case TERM_RETURN:
        sb_printf(o, "    aot_ret = r%d; goto aot_out;\n", b->cond);
        break;
    case TERM_RAISE:
        sb_puts(o, "    ");
        em_label(E, b->handler);
        sb_putc(o, '\n');
        break;
    case TERM_FORITER: {
        sb_printf(o,
                  "    r%d = AotIter_Next(r%d);\n    if (r%d == NULL) {\n"
                  "      if (PyErr_Occurred()) { ",
                  b->dest,
                  b->cond,
                  b->dest);
        for (int i = 0; i < b->term_err_decrefs.len; i++)
            em_decref(E, b->term_err_decrefs.items[i]);
        if (b->tbname)
            sb_printf(o,
                      "aotg_tb_comp(\"%s\", \"%s\", %d); ",
                      b->tbname,
                      E->f->name,
                      b->line);
        else
            sb_printf(o,
                      "AotTraceback_Add(\"%s\", aot_filename, %d, aot_G); ",
                      E->f->name,
                      b->line);
        em_label(E, b->handler);
        sb_puts(o, " }\n      ");
        em_edge(E, b, 1);
        sb_puts(o, "\n    }\n    ");
        em_edge(E, b, 0);
        sb_putc(o, '\n');
        break;
    }
    case TERM_UNREACHABLE:
    case TERM_NONE:
        sb_puts(o,
                "    PyErr_SetString(PyExc_SystemError, \"pyaot: reached "
                "unreachable code\"); goto aot_err;\n");
        break;
    }
}

/* A module body (or chunk of one) without a loop runs once: compiled for
 * size (gcc's "cold" also stops inlining into it), it costs the C compiler
 * a third of the time, which matters for modules of many thousands of
 * statements. A back edge is a jump to a block created earlier. */
static bool
em_cold_body(const IrFunc *f)
{
    if (!f->is_module)
        return false;
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_FORITER)
            return false;
        if ((b->term == TERM_GOTO || b->term == TERM_BRANCH) &&
            (b->t0 <= i || (b->term == TERM_BRANCH && b->t1 <= i)))
            return false;
    }
    return true;
}

static void
em_signature(Emit *E, const IrFunc *f)
{
    StrBuf *o = E->out;
    sb_printf(o,
              "static %s%s%s(",
              em_cold_body(f) ? "__attribute__((cold)) " : "",
              em_ctype(f->ret_rep),
              f->cname);
    for (int i = 0; i < f->nparams; i++)
        sb_printf(o, "%sp%d, ", em_ctype(f->param_reps[i]), i);
    /* The native depth rides along as a parameter (see AotFunc_Enter). */
    sb_puts(o, "int aot_d)");
}

/* True if the body never rebinds register r (ASSIGN/UNDEF/CATCH/out
 * params): a parameter like that can stay borrowed from the caller, who
 * keeps it alive for the whole call, so it needs no incref/decref. */
static bool
em_never_written(const IrFunc *f, int r)
{
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_FORITER && b->dest == r)
            return false;
        for (int j = 0; j < b->ops.len; j++) {
            const IrOp *op = &b->ops.items[j];
            if (op->dest == r && op->kind != IR_COPY)
                return false;
            if (op->kind == IR_CATCH && op->nargs && op->args[0] == r)
                return false;
            if (op->kind == IR_UNPACK)
                for (int k = 1; k < op->nargs; k++)
                    if (op->args[k] == r)
                        return false;
            for (int k = 0; k < op->nargs; k++)
                if ((op->addr & (1u << k)) && op->args[k] == r)
                    return false;
        }
    }
    return true;
}

/* Is op (dest = local <op> x) followed in its block by `local = dest`,
 * with only reference drops of other registers in between? Then the
 * local's old value is dead once op has run. */
static bool
em_rebinds_local(Emit *E, const IrBlock *b, const IrOp *op)
{
    int l = op->args[0];
    if (l < 0 || !E->f->regs.items[l].local || op->args[1] == l)
        return false;
    for (int i = E->cur_op + 1; i < b->ops.len; i++) {
        const IrOp *n = &b->ops.items[i];
        if ((n->kind == IR_DECREF || n->kind == IR_INCREF) && n->nargs &&
            n->args[0] != l && n->args[0] != op->dest)
            continue;
        return n->kind == IR_ASSIGN && n->dest == l && n->nargs &&
               n->args[0] == op->dest;
    }
    return false;
}

/* C helpers that never run Python code (see em_may_run_code). */
static const char *const em_pure_callc[] = {
    "AotTV_FromShort", "AotTV_ShortValue",   "aotg_i64_add",
    "aotg_range_more", "aotg_range_more_up", "aotg_range_ok",
    "aotg_seq_ok",     "aotg_seq_more",      "aotg_seq_more2",
    "aotg_seq_more3",  "aotg_seq_item",      "aotg_enum_ok",
    "aotg_zip2_ok",    "aotg_zip3_ok",       "AotLoop_Check",
    "aotg_newref",     "PyList_New",         "PyDict_New",
    "PySet_New",       "AotLoop_Due",        NULL
};

/* Can op run arbitrary Python code, which may enter a compiled function
 * through its vectorcall entry and read Aot_depth? Operations on tagged
 * ints, i64 and bools stay in C; fv operands may be any object. Dropping
 * a reference can run __del__, and signal handlers run at loop checks;
 * those re-entries may see a stale depth, which the C stack check keeps
 * safe. */
static bool
em_may_run_code(const IrFunc *f, const IrOp *op)
{
    switch (op->kind) {
    case IR_CONST:
    case IR_COPY:
    case IR_ASSIGN:
    case IR_UNDEF:
    case IR_CHECKBOUND:
    case IR_BOX:
    case IR_UNBOX:
    case IR_INCREF:
    case IR_DECREF:
    case IR_LINE:
    case IR_BUILD:
    case IR_MAKEFUNC:
    case IR_GLOBAL:  /* a dict lookup with a str key */
    case IR_CALLNAT: /* the callee stores its own depth; the rebound path
                        stores ours (aotg_slowcall_N) */
        return false;
    case IR_BINOP:
    case IR_UNOP:
    case IR_COMPARE:
    case IR_TRUTH:
        for (int i = 0; i < op->nargs; i++) {
            IrRep r = f->regs.items[op->args[i]].rep;
            if (r == REP_OBJ || r == REP_FV)
                return true;
        }
        return false;
    case IR_CALLC:
        for (int i = 0; em_pure_callc[i]; i++)
            if (strcmp(op->cname, em_pure_callc[i]) == 0)
                return false;
        return true;
    default:
        return true;
    }
}

/* The short copy. Tagged-int code spends much of its time proving that
 * operands are short: the tag tests before each operation, and the
 * refcount tests when a local is rebound. A function that does such work
 * is emitted twice, into one C function with one set of registers: the
 * general copy, and a short copy that runs while every TV register holds
 * a short (or is unbound). The short copy tells the C compiler so
 * (AOT_TV_ASSUME_SHORT before each read), drops TV refcounting, and after
 * every op that writes a TV register tests the result: a big int (or an
 * object from a slow path) continues in the general copy just after the
 * same op (label P<block>_<op>), which never comes back. Error handlers
 * are always the general copy's. */
static bool
em_want_short_copy(Emit *E, const IrFunc *f, int *nops_out, int *ntv_out)
{
    int nops = 0, ntv = 0, nexits = 0, nlocals = 0;
    *nops_out = *ntv_out = 0;
    if (f->is_module)
        return false;
    for (int r = 0; r < f->regs.len; r++)
        nlocals += f->regs.items[r].local && em_is_num(f->regs.items[r].rep);
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_FORITER && em_is_num(em_rep(E, b->dest)))
            return false;
        for (int j = 0; j < b->ops.len; j++) {
            const IrOp *op = &b->ops.items[j];
            nops++;
            if ((op->kind == IR_BINOP || op->kind == IR_COMPARE ||
                 op->kind == IR_UNOP || op->kind == IR_TRUTH) &&
                op->nargs > 0 && em_is_num(em_rep(E, op->args[0])))
                ntv++;
            nexits += op->dest >= 0 && em_is_num(em_rep(E, op->dest));
        }
    }
    /* Twice the code is paid for by loops and calls doing int work; keep
     * huge functions single. Each exit from the short copy (an op writing
     * a number) joins the general copy with every numeric local live:
     * gcc's out-of-SSA pass took 74 s on 300 locals and 900 exits. */
    *nops_out = nops;
    *ntv_out = ntv;
    return ntv > 0 && nops <= 4000 && (long)nexits * nlocals <= 40000;
}

/* Short copies double a function's C, and the C compiler's time is about
 * linear in it: a module of a dozen try-heavy functions, each in three
 * clones, gave 110,000 lines and 45 s of gcc (half of it short copies). The
 * copies the module gets are bounded by a budget of IR ops; past it the
 * functions whose ops are most often numeric keep theirs (a numeric kernel is
 * small and dense, and that is where the copy pays). */
/* ten samples/programs/ want 300-1,100 ops of short copies each */
#define EM_SHORT_BUDGET 6000

static int
em_density_cmp(const void *a, const void *b)
{
    const double *x = a, *y = b;
    return x[0] < y[0] ? 1 : x[0] > y[0] ? -1 : (x[1] > y[1]) - (x[1] < y[1]);
}

static void
em_plan_short_copies(Emit *E)
{
    const IrModule *m = E->m;
    int n = m->funcs.len;
    E->short_ok = xcalloc((size_t)n + 1, sizeof(bool));
    double *rank = xmalloc(sizeof(double) * 3 * ((size_t)n + 1));
    int nwant = 0;
    long total = 0;
    for (int i = 0; i < n; i++) {
        int nops, ntv;
        E->f = m->funcs.items[i];
        if (!em_want_short_copy(E, E->f, &nops, &ntv))
            continue;
        /* density, then smaller first, then the function */
        rank[3 * nwant] = (double)ntv / (double)(nops ? nops : 1);
        rank[3 * nwant + 1] = nops;
        rank[3 * nwant + 2] = i;
        nwant++;
        total += nops;
    }
    if (total > EM_SHORT_BUDGET)
        qsort(rank, (size_t)nwant, 3 * sizeof(double), em_density_cmp);
    long used = 0;
    for (int k = 0; k < nwant; k++) {
        int nops = (int)rank[3 * k + 1];
        if (total > EM_SHORT_BUDGET && used + nops > EM_SHORT_BUDGET)
            continue;
        used += nops;
        E->short_ok[(int)rank[3 * k + 2]] = true;
    }
    free(rank);
}

static bool
em_func_has_loop_check(const IrFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        for (int j = 0; j < b->ops.len; j++) {
            const IrOp *op = &b->ops.items[j];
            if (op->kind == IR_CALLC && strncmp(op->cname, "AotLoop_", 8) == 0)
                return true;
        }
    }
    return false;
}

static bool
em_func_may_run_code(const IrFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        if (b->term == TERM_FORITER)
            return true;
        for (int j = 0; j < b->ops.len; j++)
            if (em_may_run_code(f, &b->ops.items[j]))
                return true;
    }
    return false;
}

static void
em_func(Emit *E, const IrFunc *f)
{
    bool borrowed_param[256] = { false };
    StrBuf *o = E->out;
    E->f = f;
    E->kshort = xcalloc((size_t)f->regs.len + 1, 1);
    E->kval = xcalloc((size_t)f->regs.len + 1, sizeof *E->kval);
    {
        unsigned char *ndef = xcalloc((size_t)f->regs.len + 1, 1);
        for (int i = 0; i < f->blocks.len; i++) {
            const IrBlock *bb = f->blocks.items[i];
            for (int j = 0; j < bb->ops.len; j++) {
                const IrOp *x = &bb->ops.items[j];
                if (x->dest < 0 || x->dest >= f->regs.len)
                    continue;
                if (ndef[x->dest] < 2)
                    ndef[x->dest]++;
                E->kshort[x->dest] = x->kind == IR_CONST && x->konst < 0 &&
                                     f->regs.items[x->dest].rep == REP_TV;
                E->kval[x->dest] = x->ival;
            }
            if (bb->term == TERM_FORITER && bb->dest >= 0 &&
                bb->dest < f->regs.len)
                ndef[bb->dest] = 2;
        }
        for (int i = 0; i < f->regs.len; i++)
            if (ndef[i] != 1 || i < f->nparams)
                E->kshort[i] = 0;
        free(ndef);
    }
    /* The local names for traceback entries (AotTraceback_AddVars). */
    E->tbvars = false;
    if (!f->is_module && f->node && f->node->scope) {
        const Scope *sc = f->node->scope;
        StrBuf nm;
        sb_init(&nm);
        sb_puts(&nm, f->name);
        int n = 0;
        for (int i = 0; i < sc->nsyms; i++)
            if (sc->syms[i]->kind == SYM_LOCAL) {
                sb_putc(&nm, '\0');
                sb_puts(&nm, sc->syms[i]->name);
                n++;
            }
        if (n) {
            sb_printf(o, "\nstatic const char aot_tbn_%d[] = \"", E->fidx);
            for (size_t i = 0; i < nm.len; i++) {
                unsigned char ch = (unsigned char)nm.data[i];
                if (ch == '\0' || ch >= 0x7f || ch == '"' || ch == '\\' ||
                    ch == '?')
                    sb_printf(o, "\\%03o", ch);
                else
                    sb_putc(o, (char)ch);
            }
            sb_puts(o, "\\000\";\n");
            E->tbvars = true;
        }
        sb_free(&nm);
    }
    sb_printf(o, "\n/* %s */\n", f->sig ? f->sig : f->name);
    em_signature(E, f);
    sb_puts(o, "\n{\n");
    /* A function with many refcounted locals and many error exits keeps
     * those locals in arrays whose address escapes: each error exit joins
     * the cleanup at aot_err with every local live, and as SSA variables
     * that made gcc's out-of-SSA pass quadratic (minutes for a function of
     * 300 locals). In memory they cost a load or store per access. */
    int nref = 0, nexit = 0;
    for (int i = f->nparams; i < f->regs.len; i++)
        nref +=
          f->regs.items[i].local && ir_rep_refcounted(f->regs.items[i].rep);
    for (int i = 0; i < f->blocks.len; i++)
        for (int j = 0; j < f->blocks.items[i]->ops.len; j++)
            nexit += f->blocks.items[i]->ops.items[j].err != ERR_NEVER;
    bool mem_locals = (long)nref * nexit > 60000;
    int nmem[3] = { 0, 0, 0 }; /* obj, tv, fv */
    StrBuf defs;
    sb_init(&defs);
    for (int i = 0; i < f->regs.len; i++) {
        IrRep r = f->regs.items[i].rep;
        const IrReg *g = &f->regs.items[i];
        if (mem_locals && i >= f->nparams && g->local &&
            ir_rep_refcounted(r)) {
            int k = r == REP_OBJ ? 0 : r == REP_TV ? 1 : 2;
            static const char *const arr[3] = { "aot_Lo", "aot_Lt", "aot_Lf" };
            sb_printf(&defs, "#define r%d (%s[%d])\n", i, arr[k], nmem[k]++);
            continue;
        }
        switch (r) {
        case REP_OBJ:
            sb_printf(o, "    PyObject *r%d = NULL;", i);
            break;
        case REP_TV:
            sb_printf(o, "    AotTV r%d = AOT_TV_ERR;", i);
            break;
        case REP_FV:
            sb_printf(o, "    AotFV r%d = AOT_FV_ERR;", i);
            break;
        case REP_VOID:
            continue;
        default:
            sb_printf(o, "    %sr%d = 0;", em_ctype(r), i);
            if (g->local)
                sb_printf(o, " char r%d_b = 0;", i);
            break;
        }
        if (g->name)
            sb_printf(o, " /* %s */", g->name);
        sb_putc(o, '\n');
    }
    if (mem_locals) {
        static const char *const ty[3] = { "PyObject *", "AotTV ", "AotFV " };
        static const char *const arr[3] = { "aot_Lo", "aot_Lt", "aot_Lf" };
        static const char *const nul[3] = { "NULL",
                                            "AOT_TV_ERR",
                                            "AOT_FV_ERR" };
        for (int k = 0; k < 3; k++)
            if (nmem[k])
                sb_printf(
                  o,
                  "    %s%s[%d];\n"
                  "    for (int i_ = 0; i_ < %d; i_++) %s[i_] = %s;\n"
                  "    __asm__ volatile(\"\" : : \"r\"(%s) : \"memory\");\n",
                  ty[k],
                  arr[k],
                  nmem[k],
                  nmem[k],
                  arr[k],
                  nul[k],
                  arr[k]);
        sb_putn(o, defs.data ? defs.data : "", defs.len);
    }
    sb_printf(
      o, "    %saot_ret = %s;\n", em_ctype(f->ret_rep), em_errval(f->ret_rep));
    /* Every native entry counts a level; the module body too, as
     * CPython's <module> frame counts against the recursion limit. */
    sb_printf(o,
              "    if (AotFunc_Enter(aot_d) < 0) return %s;\n",
              em_errval(f->ret_rep));
    E->store_depth = f->is_module || em_func_may_run_code(f);
    bool loops = em_func_has_loop_check(f);
    if (loops)
        sb_puts(
          o,
          "    int aot_lc0 = Aot_loop_countdown, aot_lc = aot_lc0; /* see "
          "AotLoop_Check */\n");
    if (E->store_depth)
        sb_puts(o, "    Aot_depth = aot_d;\n");
    for (int i = 0; i < f->nparams; i++) {
        IrRep r = f->regs.items[i].rep;
        IrRep pr = f->param_reps[i];
        if (pr != r) {
            /* The body rebinds the parameter to other kinds of values: the
             * local is an object. */
            if (pr == REP_TV)
                sb_printf(o, "    r%d = AotTV_Box(p%d);\n", i, i);
            else
                sb_printf(o, "    r%d = AotFV_Box(p%d);\n", i, i);
            sb_printf(o, "    if (r%d == NULL) goto aot_err;\n", i);
        }
        else if ((r == REP_OBJ || r == REP_TV || r == REP_FV) && i < 256 &&
                 em_never_written(f, i)) {
            borrowed_param[i] = true;
            sb_printf(
              o, "    r%d = p%d; /* borrowed: never rebound */\n", i, i);
        }
        else if (r == REP_OBJ)
            sb_printf(o, "    r%d = p%d; Py_INCREF(r%d);\n", i, i, i);
        else if (r == REP_TV)
            sb_printf(o, "    r%d = p%d; AotTV_IncRef(r%d);\n", i, i, i);
        else if (r == REP_FV)
            sb_printf(o, "    r%d = p%d; AotFV_IncRef(r%d);\n", i, i, i);
        else
            sb_printf(o, "    r%d = p%d; r%d_b = 1;\n", i, i, i);
    }
    E->dual = E->short_ok && E->short_ok[E->fidx];
    E->shortmode = false;
    if (E->dual) {
        /* Enter the short copy when every tagged int is short and every
         * fv a plain double (the other registers are unbound). */
        sb_puts(o, "    if (likely(1");
        for (int i = 0; i < f->nparams; i++)
            if (f->regs.items[i].rep == REP_TV)
                sb_printf(o, " && AotTV_IsShort(r%d)", i);
            else if (f->regs.items[i].rep == REP_FV)
                sb_printf(o, " && !AotFV_IsPtr(r%d)", i);
        /* Marked likely, so the C compiler lays out and allocates
         * registers for the short copy first. */
        sb_puts(o, ")) goto S0;\n");
    }
    sb_puts(o, "    goto L0;\n");
    for (int i = 0; i < f->blocks.len; i++)
        em_block(E, f->blocks.items[i]);
    if (E->dual) {
        E->shortmode = true;
        sb_puts(o,
                "    /* the short copy: TV registers hold shorts, FV plain "
                "doubles */\n");
        for (int i = 0; i < f->blocks.len; i++)
            em_block(E, f->blocks.items[i]);
        E->shortmode = false;
    }
    /* exits: release the locals in co_varnames order */
    for (int pass = 0; pass < 2; pass++) {
        sb_puts(o, pass ? "  aot_err:;\n" : "  aot_out:;\n");
        for (int i = 0; i < f->regs.len; i++) {
            const IrReg *g = &f->regs.items[i];
            if (!g->local || (i < 256 && borrowed_param[i]))
                continue;
            if (g->rep == REP_OBJ)
                sb_printf(o, "    Py_XDECREF(r%d);\n", i);
            else if (g->rep == REP_TV)
                sb_printf(o, "    AotTV_XDecRef(r%d);\n", i);
            else if (g->rep == REP_FV)
                sb_printf(o, "    AotFV_XDecRef(r%d);\n", i);
        }
        if (loops)
            sb_puts(o, "    Aot_loop_countdown -= aot_lc0 - aot_lc;\n");
        if (pass)
            sb_printf(o, "    return %s;\n", em_errval(f->ret_rep));
        else
            sb_puts(o, "    return aot_ret;\n");
    }
    sb_puts(o, "}\n");
    for (int i = f->nparams; mem_locals && i < f->regs.len; i++)
        if (f->regs.items[i].local && ir_rep_refcounted(f->regs.items[i].rep))
            sb_printf(o, "#undef r%d\n", i);
    sb_free(&defs);
    free(E->kshort);
    free(E->kval);
    E->kshort = NULL;
    E->kval = NULL;
}

/* r = the boxed form of a clone's result x (NULL stays NULL). */
static void
em_box_result(StrBuf *o, IrRep rep)
{
    if (rep == REP_TV)
        sb_puts(o,
                "        r = x == AOT_TV_ERR ? NULL : AotTV_BoxSteal(x);\n");
    else if (rep == REP_FV)
        sb_puts(o,
                "        r = x == AOT_FV_ERR ? NULL : AotFV_BoxSteal(x);\n");
    else
        sb_puts(o, "        r = x;\n");
}

static void
em_vectorcall(Emit *E, int di)
{
    const IrDef *d = E->m->defs.items[di];
    StrBuf *o = E->out;
    int n = d->nargnames;
    sb_printf(o,
              "\nstatic PyObject *\naotv_%d(PyObject *self, PyObject *const "
              "*args, size_t nargsf, PyObject *kwnames)\n{\n",
              di);
    sb_printf(o, "    PyObject *a[%d];\n    PyObject *r;\n", n + 1);
    sb_puts(o,
            "    if (AotArgs_Parse(self, args, nargsf, kwnames, a) < 0) "
            "return NULL;\n    int d = AotFunc_EntryDepth();\n");
    /* Each path below restores the caller's depth after the call: the
     * body may have left its own (or a callee's) in Aot_depth. */
    for (int k = 0; k < d->nclones; k++) {
        const IrFunc *cf = E->m->funcs.items[d->clones[k]];
        IrRep *params = d->clone_params[k];
        sb_puts(o, "    if (1");
        for (int p = 0; p < d->npos; p++) {
            if (params[p] == REP_TV)
                sb_printf(o, " && PyLong_CheckExact(a[%d])", p);
            else if (params[p] == REP_FV)
                sb_printf(o, " && PyFloat_CheckExact(a[%d])", p);
        }
        sb_puts(o, ") {\n");
        for (int p = 0; p < d->npos; p++) {
            if (params[p] == REP_TV)
                sb_printf(
                  o,
                  "        AotTV t%d = AotTV_FromObjectBorrowed(a[%d]);\n",
                  p,
                  p);
            else if (params[p] == REP_FV)
                sb_printf(
                  o,
                  "        AotFV t%d = AotFV_FromObjectBorrowed(a[%d]);\n",
                  p,
                  p);
        }
        sb_printf(o, "        %sx = %s(", em_ctype(cf->ret_rep), cf->cname);
        for (int p = 0; p < d->npos; p++) {
            if (params[p] == REP_TV || params[p] == REP_FV)
                sb_printf(o, "t%d, ", p);
            else
                sb_printf(o, "a[%d], ", p);
        }
        sb_puts(o, "d);\n        Aot_depth = d - 1;\n");
        for (int p = 0; p < d->npos; p++)
            if (params[p] == REP_TV)
                sb_printf(o, "        AotTV_DecRef(t%d);\n", p);
            else if (params[p] == REP_FV)
                sb_printf(o, "        AotFV_DecRef(t%d);\n", p);
        em_box_result(o, cf->ret_rep);
        sb_printf(o,
                  "        for (int i = 0; i < %d; i++) Py_DECREF(a[i]);\n"
                  "        return r;\n    }\n",
                  n);
    }
    const IrFunc *g = E->m->funcs.items[d->generic];
    sb_printf(o, "    {\n        %sx = %s(", em_ctype(g->ret_rep), g->cname);
    for (int p = 0; p < n; p++)
        sb_printf(o, "a[%d], ", p);
    sb_puts(o, "d);\n        Aot_depth = d - 1;\n");
    em_box_result(o, g->ret_rep);
    sb_printf(o,
              "    }\n    for (int i = 0; i < %d; i++) Py_DECREF(a[i]);\n"
              "    return r;\n}\n",
              n);
    sb_printf(o, "static const char *const aot_argnames_%d[] = {", di);
    for (int i = 0; i < n; i++)
        sb_printf(o, " \"%s\",", d->argnames[i]);
    sb_puts(o, " NULL };\n");
    sb_printf(o,
              "static AotFuncDesc aot_desc_%d = { \"%s\", \"%s\", %d, %d, "
              "%d, %s%s, aot_argnames_%d, aotv_%d, %d, aot_filename };\n",
              di,
              d->name,
              d->qualname,
              d->npos,
              d->nposonly,
              d->nkwonly,
              d->varargs ? "AOT_FUNC_VARARGS|" : "",
              d->varkw ? "AOT_FUNC_VARKW" : "0",
              di,
              di,
              d->node ? d->node->loc.line : 1);
}

/* The constant table and the global-name caches are filled at module init
 * from static tables (AotConst_InitTable, AotGlobal_InitNames): one C
 * statement per constant made init functions of huge literals take the C
 * compiler minutes. */
static void
em_consts(Emit *E)
{
    StrBuf *o = E->out;
    const IrModule *m = E->m;
    if (m->consts.len) {
        sb_puts(o, "\nstatic const AotConstSpec aot_kspec[] = {\n");
        for (int i = 0; i < m->consts.len; i++) {
            const IrConst *c = &m->consts.items[i];
            static const char kinds[] = {
                [IK_NONE] = 'N',         [IK_TRUE] = 'T',
                [IK_FALSE] = 'F',        [IK_ELLIPSIS] = 'E',
                [IK_INT] = 'i',          [IK_FLOAT] = 'f',
                [IK_COMPLEX] = 'j',      [IK_STR] = 's',
                [IK_STR_ESCAPED] = 'e',  [IK_BYTES] = 'b',
                [IK_TUPLE_OF_STR] = 'k', [IK_TUPLE] = 't',
                [IK_FOLD] = 'o',
            };
            int n = c->len;
            size_t size = (size_t)c->len;
            if (c->kind == IK_TUPLE) {
                n = 1;
                for (int j = 0; j < c->len; j++)
                    n += c->data[j] == ' ';
            }
            else if (c->kind == IK_TUPLE_OF_STR) {
                size = 0;
                for (int j = 0; j < c->len; j++)
                    size += strlen(c->data + size) + 1;
            }
            sb_printf(o, "    { '%c', %d, \"", kinds[c->kind], n);
            if (c->data)
                sb_put_cstr_escaped(o, c->data, size);
            sb_puts(o, "\" },\n");
        }
        sb_puts(o, "};\n");
    }
    if (m->globals.len) {
        sb_puts(o, "\nstatic const char *const aot_gnames[] = {\n");
        for (int i = 0; i < m->globals.len; i++)
            sb_printf(o, "    \"%s\",\n", m->globals.items[i]);
        sb_puts(o, "};\n");
    }
    sb_puts(o, "\nstatic int\naot_init_consts(void)\n{\n");
    if (m->consts.len)
        sb_printf(o,
                  "    if (AotConst_InitTable(aot_K, aot_kspec, %d) < 0) "
                  "return -1;\n",
                  m->consts.len);
    if (m->globals.len)
        sb_printf(o,
                  "    if (AotGlobal_InitNames(aot_gc, aot_gnames, %d, "
                  "&aot_gs) < 0) return -1;\n",
                  m->globals.len);
    sb_puts(o, "    return 0;\n}\n");
}

static const char *
em_short_name(const char *modname)
{
    const char *dot = strrchr(modname, '.');
    return dot ? dot + 1 : modname;
}

/* aot_builtin_fast holds the builtins the guarded fast paths compare
 * against, by index: min, max, abs, str, int, float, len (bx_call's
 * `which`). */
static const char em_preamble[] =
  "#define PY_SSIZE_T_CLEAN\n"
  "#include \"pyaot_rt.h\"\n"
  "#ifndef unlikely\n#define unlikely(x) __builtin_expect(!!(x), 0)\n#endif\n"
  "#ifndef likely\n#define likely(x) __builtin_expect(!!(x), 1)\n#endif\n"
  "#define AOT_LINE313(now, old) (PY_VERSION_HEX >= 0x030D0000 ? (now) : "
  "(old))\n"
  "#define AOT_LINE311(now, old) (PY_VERSION_HEX >= 0x030B0000 ? (now) : "
  "(old))\n"
  "static PyObject *aot_G, *aot_B, *aot_builtin_frame[6],"
  " *aot_builtin_fast[9];\n";

static const char em_helpers[] =
  "static inline AotTV\naotg_len(int slot, PyObject *x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[slot]);\n"
  "    if (g == NULL) return AOT_TV_ERR;\n"
  "    if (g == aot_builtin_fast[6]) return AotObj_Len(x);\n"
  "    return AotTV_FromObject(PyObject_CallOneArg(g, x));\n}\n"
  /* min(a, b, ...), max(...), abs(a) on tagged words; imm is slot * 4 +
   * which (0 min, 1 max, 2 abs). min keeps the first of equal items and
   * replaces it only on a strict <, as CPython's min_max does. */
  "static inline AotTV\naotg_mm_tv_g_(int w, PyObject *g, const AotTV *a, "
  "int n)\n{\n"
  "    int all = g == aot_builtin_fast[w];\n"
  "    for (int i = 0; i < n; i++) all &= AotTV_IsShort(a[i]);\n"
  "    if (likely(all) && w == 2 && a[0] != "
  "AotTV_FromShort(AOT_TV_SHORT_MIN))\n"
  "        return a[0] < 0 ? -a[0] : a[0];\n"
  "    if (likely(all) && w < 2) {\n"
  "        AotTV r = a[0];\n"
  "        for (int i = 1; i < n; i++)\n"
  "            if (w ? a[i] > r : a[i] < r) r = a[i];\n"
  "        return r;\n    }\n"
  "    return AotCall_TVArgs(g, a, n);\n}\n"
  "static inline AotTV\naotg_mm_tv_(int imm, const AotTV *a, int n)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    return g ? aotg_mm_tv_g_(imm & 7, g, a, n) : AOT_TV_ERR;\n}\n"
  "static inline AotFV\naotg_mm_fv_g_(int w, PyObject *g, const AotFV *a, "
  "int n)\n{\n"
  "    int all = g == aot_builtin_fast[w];\n"
  "    for (int i = 0; i < n; i++) all &= !AotFV_IsPtr(a[i]);\n"
  "    if (likely(all) && w == 2) return a[0] & ~((AotFV)1 << 63);\n"
  "    if (likely(all)) {\n"
  "        AotFV r = a[0];\n"
  "        for (int i = 1; i < n; i++) {\n"
  "            double x = AotFV_Double(a[i]), y = AotFV_Double(r);\n"
  "            if (w ? x > y : x < y) r = a[i];\n        }\n"
  "        return r;\n    }\n"
  "    return AotCall_FVArgs(g, a, n);\n}\n"
  "static inline AotFV\naotg_mm_fv_(int imm, const AotFV *a, int n)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    return g ? aotg_mm_fv_g_(imm & 7, g, a, n) : AOT_FV_ERR;\n}\n"
  /* str(x), int(x), float(x) with the builtin types: what their
   * constructors do with one argument, without the argument tuple. imm is
   * slot * 8 + which (3 str, 4 int, 5 float); the _g form takes the
   * callee loaded before an argument that can run code. */
  "static inline PyObject *\naotg_conv_g(int w, PyObject *g, PyObject *x)\n{\n"
  "    if (g != aot_builtin_fast[w]) return PyObject_CallOneArg(g, x);\n"
  "    if (w == 3) return PyObject_Str(x);\n"
  "    if (w == 4) return PyNumber_Long(x);\n"
  "    return PyUnicode_CheckExact(x) ? PyFloat_FromString(x) : "
  "PyNumber_Float(x);\n}\n"
  "static inline PyObject *\naotg_conv(int imm, PyObject *x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    return g ? aotg_conv_g(imm & 7, g, x) : NULL;\n}\n"
  /* float(i), int(x), int(i) on unboxed words (imm as aotg_conv's):
   * (double) of a 63-bit int rounds to nearest-even as PyLong_AsDouble
   * does; a C cast truncates toward zero as int(float) does. */
  "static inline AotFV\naotg_float_tv(int imm, AotTV x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    if (g == NULL) return AOT_FV_ERR;\n"
  "    if (likely(g == aot_builtin_fast[5] && AotTV_IsShort(x)))\n"
  "        return AotFV_FromDouble((double)AotTV_ShortValue(x));\n"
  "    PyObject *o = AotTV_Box(x);\n"
  "    if (o == NULL) return AOT_FV_ERR;\n"
  "    PyObject *r = aotg_conv_g(5, g, o);\n"
  "    Py_DECREF(o);\n    return AotFV_FromObject(r);\n}\n"
  /* isinstance(x, t) while isinstance is the builtin */
  "static inline PyObject *\naotg_isinstance(int slot, PyObject *x, "
  "PyObject *t)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[slot]);\n"
  "    if (g == NULL) return NULL;\n"
  "    if (likely(g == aot_builtin_fast[8])) {\n"
  "        int r = PyObject_IsInstance(x, t);\n"
  "        return r < 0 ? NULL : Py_NewRef(r ? Py_True : Py_False);\n    }\n"
  "    PyObject *a[2] = { x, t };\n"
  "    return PyObject_Vectorcall(g, a, 2, NULL);\n}\n"
  /* q, r = divmod(a, b) of two shorts while divmod is the builtin */
  "static inline AotTV\naotg_divmod(int slot, AotTV a, AotTV b, AotTV *r)\n"
  "{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[slot]);\n"
  "    if (g == NULL) return AOT_TV_ERR;\n"
  "    if (likely(g == aot_builtin_fast[7] && AOT_TV_BOTH_SHORT(a, b) && "
  "b != 0)) {\n"
  "        *r = AotTV_Mod(a, b);\n"
  "        return AotTV_FloorDiv(a, b);\n    }\n"
  "    return AotCall_Divmod2(g, a, b, r);\n}\n"
  /* str(i) of a short: its digits, no int object */
  "static inline PyObject *\naotg_str_tv(int imm, AotTV x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    if (g == NULL) return NULL;\n"
  "    if (likely(g == aot_builtin_fast[3] && AotTV_IsShort(x)))\n"
  "        return AotStr_FromShort(AotTV_ShortValue(x));\n"
  "    PyObject *o = AotTV_Box(x);\n"
  "    if (o == NULL) return NULL;\n"
  "    PyObject *r = aotg_conv_g(3, g, o);\n"
  "    Py_DECREF(o);\n    return r;\n}\n"
  "static inline AotTV\naotg_int_fv(int imm, AotFV x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    if (g == NULL) return AOT_TV_ERR;\n"
  "    if (likely(g == aot_builtin_fast[4] && !AotFV_IsPtr(x))) {\n"
  "        double d = AotFV_Double(x);\n"
  "        if (d > -4.0e18 && d < 4.0e18)\n"
  "            return AotTV_FromShort((int64_t)d);\n    }\n"
  "    PyObject *o = AotFV_Box(x);\n"
  "    if (o == NULL) return AOT_TV_ERR;\n"
  "    PyObject *r = aotg_conv_g(4, g, o);\n"
  "    Py_DECREF(o);\n    return AotTV_FromObject(r);\n}\n"
  "static inline AotTV\naotg_int_tv(int imm, AotTV x)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 3]);\n"
  "    if (g == NULL) return AOT_TV_ERR;\n"
  "    if (likely(g == aot_builtin_fast[4] && AotTV_IsShort(x))) return x;\n"
  "    PyObject *o = AotTV_Box(x);\n"
  "    if (o == NULL) return AOT_TV_ERR;\n"
  "    PyObject *r = aotg_conv_g(4, g, o);\n"
  "    Py_DECREF(o);\n    return AotTV_FromObject(r);\n}\n"
  /* math.f(x): imm is the slot of `math` * 32 + AOT_MATH_f. */
  "static inline AotFV\naotg_math1_f(int imm, AotFV x)\n{\n"
  "    PyObject *m = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 5]);\n"
  "    return m ? AotMath_F1(m, imm & 31, x) : AOT_FV_ERR;\n}\n"
  "static inline AotFV\naotg_math1_t(int imm, AotTV x)\n{\n"
  "    PyObject *m = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 5]);\n"
  "    return m ? AotMath_T1(m, imm & 31, x) : AOT_FV_ERR;\n}\n"
  /* f(x) after `from math import f`: imm is the slot of f * 32 +
   * AOT_MATH_f. */
  "static inline AotFV\naotg_mathn_f(int imm, AotFV x)\n{\n"
  "    PyObject *f = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 5]);\n"
  "    return f ? AotMath_FN1(f, imm & 31, x) : AOT_FV_ERR;\n}\n"
  "static inline AotFV\naotg_mathn_t(int imm, AotTV x)\n{\n"
  "    PyObject *f = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[imm >> 5]);\n"
  "    return f ? AotMath_TN1(f, imm & 31, x) : AOT_FV_ERR;\n}\n"
  "#define aotg_mm_tv(imm, ...) aotg_mm_tv_((imm), (const AotTV[]){ "
  "__VA_ARGS__ }, \\\n"
  "    (int)(sizeof((AotTV[]){ __VA_ARGS__ }) / sizeof(AotTV)))\n"
  "#define aotg_mm_fv(imm, ...) aotg_mm_fv_((imm), (const AotFV[]){ "
  "__VA_ARGS__ }, \\\n"
  "    (int)(sizeof((AotFV[]){ __VA_ARGS__ }) / sizeof(AotFV)))\n"
  /* The callee loaded before arguments that can run code: g. */
  "#define aotg_mm_tv_g(w, g, ...) aotg_mm_tv_g_((w), (g), (const AotTV[]){ "
  "__VA_ARGS__ }, \\\n"
  "    (int)(sizeof((AotTV[]){ __VA_ARGS__ }) / sizeof(AotTV)))\n"
  "#define aotg_mm_fv_g(w, g, ...) aotg_mm_fv_g_((w), (g), (const AotFV[]){ "
  "__VA_ARGS__ }, \\\n"
  "    (int)(sizeof((AotFV[]){ __VA_ARGS__ }) / sizeof(AotFV)))\n"
  "#define aotg_gstore(slot, v) "
  "AotGlobal_StoreCached(aot_G, aot_B, &aot_gc[slot], (v))\n"
  "#define aotg_promote_ok(code) AotPromote_Ok(aot_G, aot_B, "
  "&aot_gc[(code) >> 4], (int)((code) & 15), aot_builtin_fast)\n"
  "#define aotg_promote_load(slot) AotPromote_Load(aot_G, &aot_gc[slot])\n"
  "#define aotg_promote_load_fv(slot) AotPromote_LoadFV(aot_G, "
  "&aot_gc[slot])\n"
  "#define aotg_promote_store_fv(slot, v) "
  "AotPromote_StoreFV(aot_G, aot_B, &aot_gc[slot], (v))\n"
  "#define aotg_promote_store(slot, v) "
  "AotPromote_Store(aot_G, aot_B, &aot_gc[slot], (v))\n"
  "static inline PyObject *\naotg_newref(PyObject *o)\n{\n"
  "    Py_INCREF(o);\n    return o;\n}\n"
  "static int\naotg_set_bound(PyObject *d, PyObject *k, PyObject *v)\n{\n"
  "    return v ? PyDict_SetItem(d, k, v) : 0;\n}\n"
  "static int\naotg_set_bound_fv(PyObject *d, PyObject *k, AotFV v)\n{\n"
  "    if (v == AOT_FV_ERR) return 0;\n"
  "    PyObject *o = AotFV_Box(v);\n    if (!o) return -1;\n"
  "    int r = PyDict_SetItem(d, k, o);\n    Py_DECREF(o);\n    return r;\n}\n"
  "static int\naotg_set_bound_tv(PyObject *d, PyObject *k, AotTV v)\n{\n"
  "    if (v == AOT_TV_ERR) return 0;\n"
  "    PyObject *o = AotTV_Box(v);\n    if (!o) return -1;\n"
  "    int r = PyDict_SetItem(d, k, o);\n    Py_DECREF(o);\n    return r;\n}\n"
  "/* locals() in a comprehension: the enclosing scopes' names from 3.12 */\n"
  "#if PY_VERSION_HEX >= 0x030C0000\n"
  "#define aotg_set_bound_312 aotg_set_bound\n"
  "#define aotg_set_bound_tv_312 aotg_set_bound_tv\n"
  "#define aotg_set_bound_fv_312 aotg_set_bound_fv\n"
  "#else\n"
  "#define aotg_set_bound_312(d, k, v) 0\n"
  "#define aotg_set_bound_tv_312(d, k, v) 0\n"
  "#define aotg_set_bound_fv_312(d, k, v) 0\n"
  "#endif\n"
  "/* globals/locals/vars/eval/exec with the module's namespace; imm is\n"
  " * slot * 8 + which. Steals loc. */\n"
  "static PyObject *\naotg_frame_builtin(int imm, PyObject *src, PyObject "
  "*loc,"
  " PyObject *g)\n{\n"
  "    int slot = imm / 8, k = imm % 8;\n"
  "    PyObject *f = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[slot]);\n"
  "    PyObject *r = NULL;\n"
  "    if (f == NULL) { Py_XDECREF(loc); return NULL; }\n"
  "    if (f != aot_builtin_frame[k]) {\n"
  "        r = src ? PyObject_CallOneArg(f, src) : PyObject_CallNoArgs(f);\n"
  "    }\n    else if (k == 0) { r = g; Py_INCREF(r); }\n"
  "    else if (k < 3) { r = loc; Py_INCREF(r); }\n"
  "    else if (k == 5) { r = PyDict_Keys(loc);\n"
  "        if (r && PyList_Sort(r) < 0) Py_CLEAR(r); }\n"
  "    else { PyObject *a[3] = { src, g, loc };\n"
  "        r = PyObject_Vectorcall(f, a, 3, NULL); }\n"
  "    Py_XDECREF(loc);\n    return r;\n}\n"
  "static inline char\naotg_builtin_is(int slot, PyObject *b)\n{\n"
  "    PyObject *g = AotGlobal_LoadBorrowedFast(aot_G, aot_B, "
  "&aot_gc[slot]);\n"
  "    if (g == NULL) { PyErr_Clear(); return 0; }\n"
  "    return g == b;\n}\n"
  "static inline char\naotg_range_ok(int slot, AotTV a, AotTV b, AotTV c)\n{\n"
  "    return AotTV_IsShort(a) && AotTV_IsShort(b) && AotTV_IsShort(c) &&\n"
  "           c != AotTV_FromShort(0) &&\n"
  "           aotg_builtin_is(slot, (PyObject *)&PyRange_Type);\n}\n"
  /* for loops over exact lists and tuples (bx_seq_loop) */
  "static inline char\naotg_seq_ok(PyObject *s)\n{\n"
  "    return PyList_CheckExact(s) || PyTuple_CheckExact(s);\n}\n"
  "static inline char\naotg_seq_more(PyObject *s, int64_t i)\n{\n"
  "    return i < (PyList_CheckExact(s) ? PyList_GET_SIZE(s)\n"
  "                                     : PyTuple_GET_SIZE(s));\n}\n"
  "static inline char\naotg_seq_more2(PyObject *a, PyObject *b, int64_t i)"
  "\n{\n    return aotg_seq_more(a, i) && aotg_seq_more(b, i);\n}\n"
  "static inline char\naotg_seq_more3(PyObject *a, PyObject *b, PyObject *c,"
  " int64_t i)\n{\n"
  "    return aotg_seq_more2(a, b, i) && aotg_seq_more(c, i);\n}\n"
  "static inline PyObject *\naotg_seq_item(PyObject *s, int64_t i)\n{\n"
  "    return Py_NewRef(PyList_CheckExact(s) ? PyList_GET_ITEM(s, i)\n"
  "                                          : PyTuple_GET_ITEM(s, i));\n}\n"
  "static inline char\naotg_enum_ok(int slot, PyObject *s, AotTV start)\n{\n"
  "    return aotg_seq_ok(s) && AotTV_IsShort(start) &&\n"
  "           aotg_builtin_is(slot, (PyObject *)&PyEnum_Type);\n}\n"
  "static inline char\naotg_zip2_ok(int slot, PyObject *a, PyObject *b)\n{\n"
  "    return aotg_seq_ok(a) && aotg_seq_ok(b) &&\n"
  "           aotg_builtin_is(slot, (PyObject *)&PyZip_Type);\n}\n"
  "static inline char\naotg_zip3_ok(int slot, PyObject *a, PyObject *b, "
  "PyObject *c)\n{\n"
  "    return aotg_seq_ok(a) && aotg_seq_ok(b) && aotg_seq_ok(c) &&\n"
  "           aotg_builtin_is(slot, (PyObject *)&PyZip_Type);\n}\n"
  "static inline char\naotg_range_more(int64_t cur, int64_t end, int64_t st)\n"
  "{\n    return st > 0 ? cur < end : cur > end;\n}\n"
  "static inline char\naotg_range_more_up(int64_t cur, int64_t end)\n"
  "{\n    return cur < end;\n}\n"
  "static inline int64_t\naotg_i64_add(int64_t a, int64_t b)\n{\n"
  "    return a + b;\n}\n"
  "static inline PyObject *\naotg_format(int conv, PyObject *v, PyObject "
  "*spec)\n"
  "{\n    return AotFormat_Value(v, conv, spec);\n}\n"
  "static int\naotg_global_discard(PyObject *g, PyObject *name)\n{\n"
  "    if (PyDict_DelItem(g, name) == 0) return 0;\n"
  "    if (!PyErr_ExceptionMatches(PyExc_KeyError)) return -1;\n"
  "    PyErr_Clear();\n    return 0;\n}\n"
  "static int\naotg_annotate(PyObject *g, PyObject *name, PyObject *v)\n{\n"
  "    PyObject *key = PyUnicode_InternFromString(\"__annotations__\");\n"
  "    if (!key) return -1;\n"
  "    PyObject *ann = PyDict_GetItemWithError(g, key);\n"
  "    if (!ann) {\n        if (PyErr_Occurred()) { Py_DECREF(key); return "
  "-1; }\n"
  "        ann = PyDict_New();\n"
  "        if (!ann || PyDict_SetItem(g, key, ann) < 0) { Py_XDECREF(ann); "
  "Py_DECREF(key); return -1; }\n"
  "        Py_DECREF(ann);\n    }\n    Py_DECREF(key);\n"
  "    return PyObject_SetItem(ann, name, v);\n}\n"
  "/* Comprehensions are frames of their own in tracebacks before 3.12. */\n"
  "static void\naotg_tb_comp(const char *comp, const char *fn, int line)\n{\n"
  "#if PY_VERSION_HEX < 0x030C0000\n"
  "    (void)fn; AotTraceback_Add(comp, aot_filename, line, aot_G);\n"
  "#else\n    (void)comp; AotTraceback_Add(fn, aot_filename, line, aot_G);\n"
  "#endif\n}\n"
  "static void\naotg_tb_compv(const char *names, const char *fn, int line)\n"
  "{\n#if PY_VERSION_HEX < 0x030C0000\n"
  "    (void)fn; AotTraceback_AddVars(names, aot_filename, line, aot_G);\n"
  "#else\n    (void)names; AotTraceback_Add(fn, aot_filename, line, aot_G);\n"
  "#endif\n}\n"
  "static void\naotg_tb_comp_exit(const char *fn, int line)\n{\n"
  "#if PY_VERSION_HEX < 0x030C0000\n"
  "    AotTraceback_Add(fn, aot_filename, line, aot_G);\n"
  "#else\n    (void)fn; (void)line;\n#endif\n}\n";

void
emit_module(const IrModule *m, const CompileOptions *opt, StrBuf *out)
{
    StrBuf cold, fbody;
    sb_init(&cold);
    sb_init(&fbody);
    Emit E = { m, opt, out, NULL, &cold, 0 };
    sb_printf(out,
              "/* Generated by pyaot %s from %s. Do not edit. */\n",
              PYAOT_VERSION,
              m->filename);
    sb_puts(out, em_preamble);
    sb_puts(out, "static const char aot_filename[] = \"");
    sb_put_cstr_escaped(out, m->filename, strlen(m->filename));
    sb_puts(out, "\";\n");
    sb_printf(out, "static PyObject *aot_K[%d];\n", m->consts.len + 1);
    sb_printf(out, "static AotGlobalCache aot_gc[%d];\n", m->globals.len + 1);
    sb_puts(out, "static AotGlobalsState aot_gs;\n");
    for (int i = 0; i < m->defs.len; i++)
        sb_printf(out, "static PyObject *aot_fnobj_%d;\n", i);
    sb_puts(out, em_helpers);
    /* prototypes */
    for (int i = 0; i < m->funcs.len; i++) {
        E.f = m->funcs.items[i];
        em_signature(&E, m->funcs.items[i]);
        sb_puts(out, ";\n");
    }
    for (int i = 0; i < m->defs.len; i++)
        if (m->defs.items[i]->node)
            em_vectorcall(&E, i);
    /* function bodies go to a side buffer so their cold helpers can be
     * placed before them */
    E.out = &fbody;
    em_plan_short_copies(&E);
    for (int i = 0; i < m->funcs.len; i++) {
        E.fidx = i;
        em_func(&E, m->funcs.items[i]);
    }
    free(E.short_ok);
    E.short_ok = NULL;
    E.out = out;
    sb_printf(out, "static AotMethCache aot_mc[%d];\n", E.nmc + 1);
    sb_printf(out, "static AotAttrCache aot_ac[%d];\n", E.nac + 1);
    sb_putn(out, cold.data ? cold.data : "", cold.len);
    sb_putn(out, fbody.data ? fbody.data : "", fbody.len);
    sb_free(&cold);
    sb_free(&fbody);
    em_consts(&E);
    const char *body = m->funcs.items[m->body]->cname;
    StrBuf warns;
    sb_init(&warns);
    for (int i = 0; i < m->nwarn; i++) {
        const char *m312 = m->warn_msgs312 ? m->warn_msgs312[i] : NULL;
        for (int v = 0; v < (m312 ? 2 : 1); v++) {
            const char *msg = v ? m312 : m->warn_msgs[i];
            if (m312)
                sb_puts(&warns,
                        v ? "#else\n" : "#if PY_VERSION_HEX < 0x030C0000\n");
            sb_printf(&warns,
                      "    if (AotWarn_Syntax(aot_filename, %d, \"",
                      m->warn_lines[i]);
            sb_put_cstr_escaped(&warns, msg, strlen(msg));
            sb_puts(&warns, "\") < 0) return -1;\n");
        }
        if (m312)
            sb_puts(&warns, "#endif\n");
    }
    if (m->body_chunks.len) {
        /* A body split into chunks (irbuild_module): each adds its own
         * traceback entries, so the driver only chains them. */
        sb_puts(out, "\nstatic PyObject *\naot_body(int aot_d)\n{\n");
        for (int i = 0; i < m->body_chunks.len; i++) {
            const char *fn = m->funcs.items[m->body_chunks.items[i]]->cname;
            if (i + 1 < m->body_chunks.len)
                sb_printf(out,
                          "    { PyObject *r = %s(aot_d);\n"
                          "      if (r == NULL) return NULL;\n"
                          "      Py_DECREF(r); }\n",
                          fn);
            else
                sb_printf(out, "    return %s(aot_d);\n}\n", fn);
        }
        body = "aot_body";
    }
    sb_printf(
      out,
      "\nstatic int\naot_exec(PyObject *module)\n{\n"
      "    if (AotModule_Setup(module, aot_filename, &aot_G, &aot_B) < 0)"
      " return -1;\n"
      "    if (aot_init_consts() < 0) return -1;\n"
      "    {\n        PyObject *bm = PyImport_ImportModule(\"builtins\");\n"
      "        if (!bm) return -1;\n"
      "        static const char *const mm[9] = { \"min\", \"max\", "
      "\"abs\", \"str\", \"int\", \"float\", \"len\", \"divmod\", "
      "\"isinstance\" };\n"
      "        for (int i = 0; i < 9; i++) {\n"
      "            Py_XSETREF(aot_builtin_fast[i], PyObject_GetAttrString(bm, "
      "mm[i]));\n"
      "            if (!aot_builtin_fast[i]) { Py_DECREF(bm); return -1; }\n"
      "        }\n"
      "        Py_DECREF(bm);\n"
      "        static const char *const fb[6] = { \"globals\", \"locals\", "
      "\"vars\", \"eval\", \"exec\", \"dir\" };\n"
      "        for (int i = 0; i < 6; i++) {\n"
      "            PyObject *bm2 = PyImport_ImportModule(\"builtins\");\n"
      "            if (!bm2) return -1;\n"
      "            Py_XSETREF(aot_builtin_frame[i], "
      "PyObject_GetAttrString(bm2, fb[i]));\n"
      "            Py_DECREF(bm2);\n"
      "            if (!aot_builtin_frame[i]) return -1;\n        }\n    }\n"
      "%s"
      "    PyObject *r = AotModule_RunBody(%s, aot_filename, aot_G);\n"
      "    if (r == NULL) return -1;\n    Py_DECREF(r);\n"
      "    return 0;\n}\n",
      warns.data ? warns.data : "",
      body);
    sb_free(&warns);
    const char *shortname = em_short_name(m->modname);
    /* aot_fnobj_N keep the module's function objects (and through them
     * its globals) alive for the direct-call guards: a static root that
     * the cycle collector cannot see. At shutdown, when the module object
     * goes, let them go too, so that the globals are collected as
     * CPython collects a module's (open files flushed, __del__ run). */
    sb_puts(out,
            "\nstatic void\naot_free(void *module)\n{\n"
            "    (void)module;\n"
            "    if (!Aot_IsFinalizing()) return;\n");
    for (int i = 0; i < m->defs.len; i++)
        sb_printf(out, "    Py_CLEAR(aot_fnobj_%d);\n", i);
    sb_puts(out, "}\n");
    sb_printf(
      out,
      "\nstatic PyModuleDef_Slot aot_slots[] = {\n"
      "    { Py_mod_exec, (void *)aot_exec },\n"
      "#ifdef AOT_MODULE_EXTRA_SLOTS\n    AOT_MODULE_EXTRA_SLOTS\n#endif\n"
      "    { 0, NULL }\n};\n"
      "static struct PyModuleDef aot_moddef = {\n"
      "    PyModuleDef_HEAD_INIT, \"%s\", NULL, 0, NULL, aot_slots,\n"
      "    NULL, NULL, aot_free\n};\n"
      "PyMODINIT_FUNC\nPyInit_%s(void)\n{\n"
      "    return PyModuleDef_Init(&aot_moddef);\n}\n",
      m->modname,
      shortname);
    if (opt->main_alias && strcmp(shortname, "__main__") != 0)
        sb_puts(out,
                "PyMODINIT_FUNC\nPyInit___main__(void)\n{\n"
                "    return PyModuleDef_Init(&aot_moddef);\n}\n");
}
