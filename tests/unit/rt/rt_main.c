/* rt_main.c: unit tests of the runtime library (runtime/).
 *
 * The test embeds the interpreter and exposes the runtime functions to
 * Python as the module `_rt`.  The comparisons live in rt_checks.py: each
 * check_*() function runs the runtime and the corresponding CPython
 * operation (PyNumber_* via the operator module, a real Python function
 * with the same signature, a real unpacking statement, ...) on edge cases
 * and returns the list of mismatches.  Each check becomes one `check` test
 * case here, which fails with the mismatches printed.
 */
/* Python.h (via pyaot_rt.h) must come before any system header. */
#include "pyaot_rt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

/* ======================================================================
 * _rt: the runtime seen from Python
 * ====================================================================== */

/* strdup is POSIX, not C11. */
static char *
dupstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    memcpy(d, s, n);
    return d;
}

/* A TV operand from an object (borrowed). */
static AotTV
tv_of(PyObject *o)
{
    return AotTV_FromObjectBorrowed(o);
}

/* (boxed result, "short"|"ptr") for a TV result; consumes t. */
static PyObject *
tv_result(AotTV t)
{
    const char *kind;
    PyObject *v;
    if (t == AOT_TV_ERR) {
        return NULL;
    }
    kind = AotTV_IsShort(t) ? "short" : "ptr";
    v = AotTV_BoxSteal(t);
    if (v == NULL) {
        return NULL;
    }
    return Py_BuildValue("(Ns)", v, kind);
}

typedef AotTV (*tv_binop)(AotTV, AotTV);

static AotTV
tv_add(AotTV a, AotTV b)
{
    return AotTV_Add(a, b);
}
static AotTV
tv_sub(AotTV a, AotTV b)
{
    return AotTV_Sub(a, b);
}
static AotTV
tv_mul(AotTV a, AotTV b)
{
    return AotTV_Mul(a, b);
}
static AotTV
tv_floordiv(AotTV a, AotTV b)
{
    return AotTV_FloorDiv(a, b);
}
static AotTV
tv_mod(AotTV a, AotTV b)
{
    return AotTV_Mod(a, b);
}
static AotTV
tv_lshift(AotTV a, AotTV b)
{
    return AotTV_LShift(a, b);
}
static AotTV
tv_rshift(AotTV a, AotTV b)
{
    return AotTV_RShift(a, b);
}
static AotTV
tv_and(AotTV a, AotTV b)
{
    return AotTV_And(a, b);
}
static AotTV
tv_or(AotTV a, AotTV b)
{
    return AotTV_Or(a, b);
}
static AotTV
tv_xor(AotTV a, AotTV b)
{
    return AotTV_Xor(a, b);
}
static AotTV
tv_pow(AotTV a, AotTV b)
{
    return AotTV_Pow(a, b);
}
static AotTV
tv_iadd(AotTV a, AotTV b)
{
    return AotTV_InPlaceAdd(a, b);
}
static AotTV
tv_isub(AotTV a, AotTV b)
{
    return AotTV_InPlaceSub(a, b);
}
static AotTV
tv_imul(AotTV a, AotTV b)
{
    return AotTV_InPlaceMul(a, b);
}
static AotTV
tv_ifloordiv(AotTV a, AotTV b)
{
    return AotTV_InPlaceFloorDiv(a, b);
}
static AotTV
tv_imod(AotTV a, AotTV b)
{
    return AotTV_InPlaceMod(a, b);
}
static AotTV
tv_ilshift(AotTV a, AotTV b)
{
    return AotTV_InPlaceLShift(a, b);
}
static AotTV
tv_irshift(AotTV a, AotTV b)
{
    return AotTV_InPlaceRShift(a, b);
}
static AotTV
tv_iand(AotTV a, AotTV b)
{
    return AotTV_InPlaceAnd(a, b);
}
static AotTV
tv_ior(AotTV a, AotTV b)
{
    return AotTV_InPlaceOr(a, b);
}
static AotTV
tv_ixor(AotTV a, AotTV b)
{
    return AotTV_InPlaceXor(a, b);
}
static AotTV
tv_ipow(AotTV a, AotTV b)
{
    return AotTV_InPlacePow(a, b);
}

static const struct {
    const char *name;
    tv_binop fn;
} tv_binops[] = {
    { "add", tv_add },
    { "sub", tv_sub },
    { "mul", tv_mul },
    { "floordiv", tv_floordiv },
    { "mod", tv_mod },
    { "lshift", tv_lshift },
    { "rshift", tv_rshift },
    { "and_", tv_and },
    { "or_", tv_or },
    { "xor", tv_xor },
    { "pow", tv_pow },
    { "iadd", tv_iadd },
    { "isub", tv_isub },
    { "imul", tv_imul },
    { "ifloordiv", tv_ifloordiv },
    { "imod", tv_imod },
    { "ilshift", tv_ilshift },
    { "irshift", tv_irshift },
    { "iand", tv_iand },
    { "ior", tv_ior },
    { "ixor", tv_ixor },
    { "ipow", tv_ipow },
};

/* tv_binop(name, a, b) -> (result, kind) */
static PyObject *
rt_tv_binop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *b;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOO", &name, &a, &b)) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof tv_binops / sizeof tv_binops[0]; i++) {
        if (strcmp(tv_binops[i].name, name) == 0) {
            AotTV ta = tv_of(a), tb = tv_of(b), r;
            r = tv_binops[i].fn(ta, tb);
            AotTV_DecRef(ta);
            AotTV_DecRef(tb);
            return tv_result(r);
        }
    }
    if (strcmp(name, "truediv") == 0 || strcmp(name, "itruediv") == 0) {
        AotTV ta = tv_of(a), tb = tv_of(b);
        PyObject *r = name[0] == 't' ? AotTV_TrueDiv(ta, tb)
                                     : AotTV_InPlaceTrueDiv(ta, tb);
        AotTV_DecRef(ta);
        AotTV_DecRef(tb);
        return r;
    }
    PyErr_SetString(PyExc_ValueError, name);
    return NULL;
}

/* tv_unop(name, a) -> (result, kind) */
static PyObject *
rt_tv_unop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a;
    AotTV ta, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sO", &name, &a)) {
        return NULL;
    }
    ta = tv_of(a);
    if (strcmp(name, "neg") == 0) {
        r = AotTV_Neg(ta);
    }
    else if (strcmp(name, "pos") == 0) {
        r = AotTV_Pos(ta);
    }
    else if (strcmp(name, "invert") == 0) {
        r = AotTV_Invert(ta);
    }
    else if (strcmp(name, "from") == 0) {
        r = ta;
        AotTV_IncRef(r);
    }
    else {
        AotTV_DecRef(ta);
        PyErr_SetString(PyExc_ValueError, name);
        return NULL;
    }
    AotTV_DecRef(ta);
    return tv_result(r);
}

/* tv_cmp(a, b, op) -> (CompareBool, RichCompare) */
static PyObject *
rt_tv_cmp(PyObject *self, PyObject *args)
{
    PyObject *a, *b, *rich;
    int op, r;
    AotTV ta, tb;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOi", &a, &b, &op)) {
        return NULL;
    }
    ta = tv_of(a);
    tb = tv_of(b);
    r = AotTV_CompareBool(ta, tb, op);
    rich = r < 0 ? NULL : AotTV_RichCompare(ta, tb, op);
    AotTV_DecRef(ta);
    AotTV_DecRef(tb);
    if (rich == NULL) {
        return NULL;
    }
    return Py_BuildValue("(ON)", r ? Py_True : Py_False, rich);
}

static PyObject *
rt_tv_truth(PyObject *self, PyObject *a)
{
    AotTV ta = tv_of(a);
    int r = AotTV_IsTrue(ta);
    (void)self;
    AotTV_DecRef(ta);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

/* f_op(name, x, y) -> float or object */
static PyObject *
rt_f_op(PyObject *self, PyObject *args)
{
    const char *name;
    double x, y, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sdd", &name, &x, &y)) {
        return NULL;
    }
    if (strcmp(name, "pow") == 0) {
        return AotFloat_Pow(x, y);
    }
    if (strcmp(name, "truediv") == 0) {
        r = AotFloat_Div(x, y);
    }
    else if (strcmp(name, "floordiv") == 0) {
        r = AotFloat_FloorDiv(x, y);
    }
    else if (strcmp(name, "mod") == 0) {
        r = AotFloat_Mod(x, y);
    }
    else {
        PyErr_SetString(PyExc_ValueError, name);
        return NULL;
    }
    if (r == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyFloat_FromDouble(r);
}

static PyObject *
rt_f_cmp(PyObject *self, PyObject *args)
{
    double x;
    PyObject *b;
    int op, r;
    AotTV tb;
    (void)self;
    if (!PyArg_ParseTuple(args, "dOi", &x, &b, &op)) {
        return NULL;
    }
    tb = tv_of(b);
    r = AotFloat_CompareTV(x, tb, op);
    AotTV_DecRef(tb);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

/* ---- tagged floats ------------------------------------------------------ */

/* An FV operand from an object (borrowed).  The representation is
 * checked first (a pointer to o itself, or exactly o's bits for an exact
 * float): a broken conversion gives AOT_FV_ERR with AssertionError
 * (leaking the bad word) rather than a crash in the operation. */
static AotFV
fv_of(PyObject *o)
{
    AotFV v = AotFV_FromObjectBorrowed(o);
    int ok;
    if (AotFV_IsPtr(v)) {
        ok = AotFV_Ptr(v) == o;
    }
    else {
        double d = AotFV_Double(v), od;
        ok = PyFloat_CheckExact(o) &&
             (od = PyFloat_AS_DOUBLE(o), memcmp(&d, &od, sizeof d) == 0);
    }
    if (!ok) {
        char msg[96];
        snprintf(msg,
                 sizeof msg,
                 "AotFV_FromObjectBorrowed gave %#018llx",
                 (unsigned long long)v);
        PyErr_SetString(PyExc_AssertionError, msg);
        return AOT_FV_ERR;
    }
    return v;
}

/* (boxed result, "dbl"|"ptr") for an FV result; consumes v.  A result
 * that claims to be a pointer but cannot be one (NULL without an
 * exception, a tiny, misaligned or beyond-user-space address: a computed
 * double that collided with the tag) is reported instead of
 * dereferenced. */
static PyObject *
fv_result(AotFV v)
{
    PyObject *b;
    const char *kind = AotFV_IsPtr(v) ? "ptr" : "dbl";
    if (v == AOT_FV_ERR) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_AssertionError,
                            "AOT_FV_ERR returned without an exception");
        }
        return NULL;
    }
    if (PyErr_Occurred()) {
        AotFV_DecRef(v);
        PyErr_SetString(PyExc_AssertionError,
                        "FV result with an exception set");
        return NULL;
    }
    if (AotFV_IsPtr(v) && ((uintptr_t)AotFV_Ptr(v) < 4096 ||
                           ((uintptr_t)AotFV_Ptr(v) & 7) != 0 ||
                           (uint64_t)(uintptr_t)AotFV_Ptr(v) >> 47 != 0)) {
        char msg[64];
        snprintf(msg,
                 sizeof msg,
                 "FV result %#018llx is a bogus pointer",
                 (unsigned long long)v);
        PyErr_SetString(PyExc_AssertionError, msg);
        return NULL;
    }
    b = AotFV_BoxSteal(v);
    if (b == NULL) {
        return NULL;
    }
    return Py_BuildValue("(Ns)", b, kind);
}

typedef AotFV (*fv_binop_fn)(AotFV, AotFV);
typedef AotFV (*fv_tf_fn)(AotTV, AotFV);
typedef AotFV (*fv_ft_fn)(AotFV, AotTV);
typedef PyObject *(*num_tf_fn)(AotTV, double);
typedef PyObject *(*num_ft_fn)(double, AotTV);

#define FV_WRAP(NAME)                                                         \
    static AotFV fv_##NAME(AotFV a, AotFV b)                                  \
    {                                                                         \
        return AotFV_##NAME(a, b);                                            \
    }                                                                         \
    static AotFV fv_InPlace##NAME(AotFV a, AotFV b)                           \
    {                                                                         \
        return AotFV_InPlace##NAME(a, b);                                     \
    }                                                                         \
    static AotFV fv_##NAME##TF(AotTV a, AotFV b)                              \
    {                                                                         \
        return AotFV_##NAME##TF(a, b);                                        \
    }                                                                         \
    static AotFV fv_##NAME##FT(AotFV a, AotTV b)                              \
    {                                                                         \
        return AotFV_##NAME##FT(a, b);                                        \
    }
FV_WRAP(Add)
FV_WRAP(Sub)
FV_WRAP(Mul)
FV_WRAP(TrueDiv)
FV_WRAP(FloorDiv)
FV_WRAP(Mod)
#undef FV_WRAP

#define NUM_MIX_WRAP(NAME)                                                    \
    static PyObject *num_##NAME##TF(AotTV a, double b)                        \
    {                                                                         \
        return AotNum_##NAME##TF(a, b);                                       \
    }                                                                         \
    static PyObject *num_##NAME##FT(double a, AotTV b)                        \
    {                                                                         \
        return AotNum_##NAME##FT(a, b);                                       \
    }
NUM_MIX_WRAP(Add)
NUM_MIX_WRAP(Sub)
NUM_MIX_WRAP(Mul)
NUM_MIX_WRAP(TrueDiv)
#undef NUM_MIX_WRAP

/* operator-module name -> FV op, in-place FV op, TF, FT, AotNum TF, FT */
static const struct {
    const char *name;
    fv_binop_fn fn, ifn;
    fv_tf_fn tf;
    fv_ft_fn ft;
    num_tf_fn ntf;
    num_ft_fn nft;
} fv_binops[] = {
    { "add", fv_Add, fv_InPlaceAdd, fv_AddTF, fv_AddFT, num_AddTF, num_AddFT },
    { "sub", fv_Sub, fv_InPlaceSub, fv_SubTF, fv_SubFT, num_SubTF, num_SubFT },
    { "mul", fv_Mul, fv_InPlaceMul, fv_MulTF, fv_MulFT, num_MulTF, num_MulFT },
    { "truediv",
      fv_TrueDiv,
      fv_InPlaceTrueDiv,
      fv_TrueDivTF,
      fv_TrueDivFT,
      num_TrueDivTF,
      num_TrueDivFT },
    { "floordiv",
      fv_FloorDiv,
      fv_InPlaceFloorDiv,
      fv_FloorDivTF,
      fv_FloorDivFT,
      NULL,
      NULL },
    { "mod", fv_Mod, fv_InPlaceMod, fv_ModTF, fv_ModFT, NULL, NULL },
};

static int
fv_find(const char *name, int *inplace)
{
    *inplace = name[0] == 'i';
    for (size_t i = 0; i < sizeof fv_binops / sizeof fv_binops[0]; i++) {
        if (strcmp(fv_binops[i].name, name + *inplace) == 0) {
            return (int)i;
        }
    }
    PyErr_SetString(PyExc_ValueError, name);
    return -1;
}

/* fv_binop(name, a, b) -> (result, kind); name "iadd"... for InPlace */
static PyObject *
rt_fv_binop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *b;
    int i, inplace;
    AotFV fa, fb, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOO", &name, &a, &b) ||
        (i = fv_find(name, &inplace)) < 0) {
        return NULL;
    }
    if ((fa = fv_of(a)) == AOT_FV_ERR) {
        return NULL;
    }
    if ((fb = fv_of(b)) == AOT_FV_ERR) {
        AotFV_DecRef(fa);
        return NULL;
    }
    r = (inplace ? fv_binops[i].ifn : fv_binops[i].fn)(fa, fb);
    AotFV_DecRef(fa);
    AotFV_DecRef(fb);
    return fv_result(r);
}

/* fv_mix(name, a, b, tv_first) -> (result, kind): AotFV_<op>TF(tv a, fv b)
 * when tv_first, else AotFV_<op>FT(fv a, tv b). */
static PyObject *
rt_fv_mix(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *b;
    int i, inplace, tf;
    AotFV r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOOp", &name, &a, &b, &tf) ||
        (i = fv_find(name, &inplace)) < 0) {
        return NULL;
    }
    if (tf) {
        AotFV fb = fv_of(b);
        AotTV ta;
        if (fb == AOT_FV_ERR) {
            return NULL;
        }
        ta = tv_of(a);
        r = fv_binops[i].tf(ta, fb);
        AotTV_DecRef(ta);
        AotFV_DecRef(fb);
    }
    else {
        AotFV fa = fv_of(a);
        AotTV tb;
        if (fa == AOT_FV_ERR) {
            return NULL;
        }
        tb = tv_of(b);
        r = fv_binops[i].ft(fa, tb);
        AotFV_DecRef(fa);
        AotTV_DecRef(tb);
    }
    return fv_result(r);
}

/* num_mix(name, a, b, tv_first) -> AotNum_<op>TF(tv a, double b) or
 * AotNum_<op>FT(double a, tv b); the double side must be a float. */
static PyObject *
rt_num_mix(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *b, *r;
    int i, inplace, tf;
    double d;
    AotTV t;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOOp", &name, &a, &b, &tf) ||
        (i = fv_find(name, &inplace)) < 0) {
        return NULL;
    }
    if (inplace || fv_binops[i].ntf == NULL) {
        PyErr_SetString(PyExc_ValueError, name);
        return NULL;
    }
    d = PyFloat_AsDouble(tf ? b : a);
    if (d == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    t = tv_of(tf ? a : b);
    r = tf ? fv_binops[i].ntf(t, d) : fv_binops[i].nft(d, t);
    AotTV_DecRef(t);
    if ((r == NULL) != (PyErr_Occurred() != NULL)) {
        Py_XDECREF(r);
        PyErr_SetString(PyExc_AssertionError,
                        "AotNum mixed op: result/exception mismatch");
        return NULL;
    }
    return r;
}

/* fv_unop(name, a) -> (result, kind).  "from": FromObjectBorrowed then
 * Box (a borrowing box); "steal": FromObject on a new reference then
 * BoxSteal; "neg", "pos": AotFV_Neg/Pos. */
static PyObject *
rt_fv_unop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *boxed, *res;
    AotFV fa, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sO", &name, &a)) {
        return NULL;
    }
    if (strcmp(name, "steal") == 0) {
        Py_INCREF(a);
        return fv_result(AotFV_FromObject(a));
    }
    if ((fa = fv_of(a)) == AOT_FV_ERR) {
        return NULL;
    }
    if (strcmp(name, "from") == 0) {
        const char *kind = AotFV_IsPtr(fa) ? "ptr" : "dbl";
        boxed = AotFV_Box(fa);
        AotFV_DecRef(fa);
        if (boxed == NULL) {
            return NULL;
        }
        res = Py_BuildValue("(Ns)", boxed, kind);
        return res;
    }
    if (strcmp(name, "neg") == 0) {
        r = AotFV_Neg(fa);
    }
    else if (strcmp(name, "pos") == 0) {
        r = AotFV_Pos(fa);
    }
    else {
        AotFV_DecRef(fa);
        PyErr_SetString(PyExc_ValueError, name);
        return NULL;
    }
    AotFV_DecRef(fa);
    return fv_result(r);
}

/* fv_cmp(a, b, op) -> AotFV_CompareBool as a bool */
static PyObject *
rt_fv_cmp(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int op, r;
    AotFV fa, fb;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOi", &a, &b, &op)) {
        return NULL;
    }
    if ((fa = fv_of(a)) == AOT_FV_ERR) {
        return NULL;
    }
    if ((fb = fv_of(b)) == AOT_FV_ERR) {
        AotFV_DecRef(fa);
        return NULL;
    }
    r = AotFV_CompareBool(fa, fb, op);
    AotFV_DecRef(fa);
    AotFV_DecRef(fb);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

/* int_div(a, b, inplace) -> (result, kind): AotFV_[InPlace]TrueDivTT of
 * two tagged ints. */
static PyObject *
rt_int_div(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int inplace;
    AotTV ta, tb;
    AotFV r;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOp", &a, &b, &inplace)) {
        return NULL;
    }
    ta = tv_of(a);
    tb = tv_of(b);
    r = inplace ? AotFV_InPlaceTrueDivTT(ta, tb) : AotFV_TrueDivTT(ta, tb);
    AotTV_DecRef(ta);
    AotTV_DecRef(tb);
    return fv_result(r);
}

/* fv_cmp_mix(a, b, op, tv_first) -> bool: AotFV_CompareBoolTF(tv a, fv b)
 * when tv_first, else AotFV_CompareBoolFT(fv a, tv b). */
static PyObject *
rt_fv_cmp_mix(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int op, tf, r;
    AotFV f;
    AotTV t;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOip", &a, &b, &op, &tf)) {
        return NULL;
    }
    if ((f = fv_of(tf ? b : a)) == AOT_FV_ERR) {
        return NULL;
    }
    t = tv_of(tf ? a : b);
    r = tf ? AotFV_CompareBoolTF(t, f, op) : AotFV_CompareBoolFT(f, t, op);
    AotFV_DecRef(f);
    AotTV_DecRef(t);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

static PyObject *
rt_fv_truth(PyObject *self, PyObject *a)
{
    AotFV fa = fv_of(a);
    int r;
    (void)self;
    if (fa == AOT_FV_ERR) {
        return NULL;
    }
    r = AotFV_IsTrue(fa);
    AotFV_DecRef(fa);
    if (r < 0) {
        return NULL;
    }
    return PyBool_FromLong(r);
}

static const struct {
    const char *name;
    binaryfunc fn;
} num_binops[] = {
    { "add", AotNum_Add },
    { "sub", AotNum_Sub },
    { "mul", AotNum_Mul },
    { "truediv", AotNum_TrueDiv },
    { "floordiv", AotNum_FloorDiv },
    { "mod", AotNum_Mod },
    { "pow", AotNum_Pow },
    { "lshift", AotNum_LShift },
    { "rshift", AotNum_RShift },
    { "and_", AotNum_And },
    { "or_", AotNum_Or },
    { "xor", AotNum_Xor },
    { "matmul", AotNum_MatMul },
    { "iadd", AotNum_InPlaceAdd },
    { "isub", AotNum_InPlaceSub },
    { "imul", AotNum_InPlaceMul },
    { "itruediv", AotNum_InPlaceTrueDiv },
    { "ifloordiv", AotNum_InPlaceFloorDiv },
    { "imod", AotNum_InPlaceMod },
    { "ipow", AotNum_InPlacePow },
    { "ilshift", AotNum_InPlaceLShift },
    { "irshift", AotNum_InPlaceRShift },
    { "iand", AotNum_InPlaceAnd },
    { "ior", AotNum_InPlaceOr },
    { "ixor", AotNum_InPlaceXor },
    { "imatmul", AotNum_InPlaceMatMul },
};

static PyObject *
rt_num_binop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a, *b;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOO", &name, &a, &b)) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof num_binops / sizeof num_binops[0]; i++) {
        if (strcmp(num_binops[i].name, name) == 0) {
            return num_binops[i].fn(a, b);
        }
    }
    PyErr_SetString(PyExc_ValueError, name);
    return NULL;
}

static PyObject *
rt_num_unop(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *a;
    (void)self;
    if (!PyArg_ParseTuple(args, "sO", &name, &a)) {
        return NULL;
    }
    if (strcmp(name, "neg") == 0) {
        return AotNum_Neg(a);
    }
    if (strcmp(name, "pos") == 0) {
        return AotNum_Pos(a);
    }
    if (strcmp(name, "invert") == 0) {
        return AotNum_Invert(a);
    }
    if (strcmp(name, "not_") == 0) {
        return AotObj_Not(a);
    }
    PyErr_SetString(PyExc_ValueError, name);
    return NULL;
}

static PyObject *
rt_obj_cmp(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    int op, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOi", &a, &b, &op)) {
        return NULL;
    }
    r = AotObj_CompareBool(a, b, op);
    if (r < 0) {
        return NULL;
    }
    return Py_BuildValue(
      "(ON)", r ? Py_True : Py_False, AotObj_RichCompare(a, b, op));
}

static PyObject *
rt_getitem(PyObject *self, PyObject *args)
{
    PyObject *o, *k;
    int tv = 0;
    (void)self;
    /* tv: 0 object key, 1 tagged key, 2 and 3 tagged key and the item
     * unboxed to a TV / an FV */
    if (!PyArg_ParseTuple(args, "OO|i", &o, &k, &tv)) {
        return NULL;
    }
    if (tv == 2) {
        AotTV t = tv_of(k);
        AotTV r = AotObj_GetItemTV_TV(o, t);
        AotTV_DecRef(t);
        return tv_result(r);
    }
    if (tv == 3) {
        AotTV t = tv_of(k);
        AotFV r = AotObj_GetItemTV_FV(o, t);
        AotTV_DecRef(t);
        return fv_result(r);
    }
    if (tv) {
        AotTV t = tv_of(k);
        PyObject *r = AotObj_GetItemTV(o, t);
        AotTV_DecRef(t);
        return r;
    }
    return AotObj_GetItem(o, k);
}

/* getitem2(x, i, j, opc, mode): x[i][j (op) c] by the AotObj_GetItem2
 * family (mode 0 object, 1 TV, 2 FV); j None stands for an unbound j. */
static PyObject *
rt_getitem2(PyObject *self, PyObject *args)
{
    PyObject *x, *i, *j, *name;
    long long opc;
    int mode;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOLi", &x, &i, &j, &opc, &mode)) {
        return NULL;
    }
    name = PyUnicode_FromString("j");
    if (name == NULL) {
        return NULL;
    }
    AotTV ti = tv_of(i), tj = j == Py_None ? AOT_TV_ERR : tv_of(j);
    PyObject *r;
    if (mode == 1) {
        r = tv_result(AotObj_GetItem2_TV(opc, x, ti, tj, name));
    }
    else if (mode == 2) {
        r = fv_result(AotObj_GetItem2_FV(opc, x, ti, tj, name));
    }
    else {
        r = AotObj_GetItem2(opc, x, ti, tj, name);
    }
    AotTV_DecRef(ti);
    AotTV_XDecRef(tj);
    Py_DECREF(name);
    return r;
}

/* setitem2(x, i, j, opc, v, mode): x[i][j (op) c] = v by the
 * AotObj_SetItem2 family (mode 0 object, 1 TV, 2 FV). */
static PyObject *
rt_setitem2(PyObject *self, PyObject *args)
{
    PyObject *x, *i, *j, *v, *name;
    long long opc;
    int mode, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOLOi", &x, &i, &j, &opc, &v, &mode)) {
        return NULL;
    }
    name = PyUnicode_FromString("j");
    if (name == NULL) {
        return NULL;
    }
    AotTV ti = tv_of(i), tj = j == Py_None ? AOT_TV_ERR : tv_of(j);
    if (mode == 1) {
        AotTV tv = tv_of(v);
        r = AotObj_SetItem2_TV(opc, x, ti, tj, name, tv);
        AotTV_DecRef(tv);
    }
    else if (mode == 2) {
        AotFV fv = AotFV_FromObjectBorrowed(v);
        r = AotObj_SetItem2_FV(opc, x, ti, tj, name, fv);
        AotFV_DecRef(fv);
    }
    else {
        r = AotObj_SetItem2(opc, x, ti, tj, name, v);
    }
    AotTV_DecRef(ti);
    AotTV_XDecRef(tj);
    Py_DECREF(name);
    if (r < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
rt_setitem(PyObject *self, PyObject *args)
{
    PyObject *o, *k, *v;
    int tv = 0, r;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOO|p", &o, &k, &v, &tv)) {
        return NULL;
    }
    if (tv) {
        AotTV t = tv_of(k);
        r = AotObj_SetItemTV(o, t, v);
        AotTV_DecRef(t);
    }
    else {
        r = AotObj_SetItem(o, k, v);
    }
    if (r < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
rt_len(PyObject *self, PyObject *o)
{
    (void)self;
    return tv_result(AotObj_Len(o));
}

static PyObject *
rt_slice(PyObject *self, PyObject *args)
{
    PyObject *o, *lo, *hi, *st;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOO", &o, &lo, &hi, &st)) {
        return NULL;
    }
    return AotObj_GetSlice(o,
                           lo == Py_Ellipsis ? NULL : lo,
                           hi == Py_Ellipsis ? NULL : hi,
                           st == Py_Ellipsis ? NULL : st);
}

static PyObject *
rt_unpack(PyObject *self, PyObject *args)
{
    PyObject *seq, *out[64], *t;
    Py_ssize_t n, before, after = -1, total;
    (void)self;
    if (!PyArg_ParseTuple(args, "On|n", &seq, &before, &after)) {
        return NULL;
    }
    if (after < 0) {
        n = before;
        if (AotSeq_Unpack(seq, n, out) < 0) {
            return NULL;
        }
        total = n;
    }
    else {
        if (AotSeq_UnpackEx(seq, before, after, out) < 0) {
            return NULL;
        }
        total = before + 1 + after;
    }
    t = PyTuple_New(total);
    for (Py_ssize_t i = 0; i < total; i++) {
        PyTuple_SET_ITEM(t, i, out[i]);
    }
    return t;
}

static PyObject *
rt_with(PyObject *self, PyObject *args)
{
    PyObject *mgr, *body, *exit, *res, *r;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO", &mgr, &body)) {
        return NULL;
    }
    res = AotWith_Enter(mgr, &exit);
    if (res == NULL) {
        return NULL;
    }
    r = PyObject_CallOneArg(body, res);
    Py_DECREF(res);
    if (r == NULL) {
        PyObject *saved, *exc = AotExc_Catch(&saved);
        int s = AotWith_ExitExc(exit, exc);
        Py_DECREF(exit);
        if (s < 0) {
            AotExc_RestoreHandled(saved);
            Py_DECREF(exc);
            return NULL;
        }
        AotExc_RestoreHandled(saved);
        if (s == 0) {
            AotExc_Restore(exc);
            return NULL;
        }
        Py_DECREF(exc);
        return PyUnicode_FromString("suppressed");
    }
    if (AotWith_ExitNormal(exit) < 0) {
        Py_DECREF(exit);
        Py_DECREF(r);
        return NULL;
    }
    Py_DECREF(exit);
    return r;
}

static PyObject *
rt_raise(PyObject *self, PyObject *args)
{
    PyObject *exc, *cause = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "O|O", &exc, &cause)) {
        return NULL;
    }
    AotExc_Raise(exc, cause);
    return NULL;
}

static PyObject *
rt_reraise(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    AotExc_Reraise();
    return NULL;
}

/* try_call(f, handler, types): f(); on exception: catch, match against
 * types, call handler(exc) if matched, else re-raise. */
static PyObject *
rt_try_call(PyObject *self, PyObject *args)
{
    PyObject *f, *handler, *types, *r, *saved, *exc;
    int m;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOO", &f, &handler, &types)) {
        return NULL;
    }
    r = PyObject_CallNoArgs(f);
    if (r != NULL) {
        return r;
    }
    exc = AotExc_Catch(&saved);
    if (exc == NULL) {
        return NULL;
    }
    m = AotExc_Matches(exc, types);
    if (m < 0) {
        AotExc_RestoreHandled(saved);
        Py_DECREF(exc);
        return NULL;
    }
    if (!m) {
        AotExc_RestoreHandled(saved);
        AotExc_Restore(exc);
        return NULL;
    }
    r = PyObject_CallOneArg(handler, exc);
    Py_DECREF(exc);
    AotExc_RestoreHandled(saved);
    return r;
}

static PyObject *
rt_raise_tb(PyObject *self, PyObject *args)
{
    PyObject *exc, *globals;
    const char *fn, *file;
    int line;
    (void)self;
    if (!PyArg_ParseTuple(args, "OssiO", &exc, &fn, &file, &line, &globals)) {
        return NULL;
    }
    AotExc_Raise(exc, NULL);
    /* The cache keys on the string addresses: make them stable. */
    AotTraceback_Add(dupstr(fn), dupstr(file), line, globals);
    return NULL;
}

static PyObject *
rt_misc_err(PyObject *self, PyObject *args)
{
    const char *what;
    PyObject *arg;
    (void)self;
    if (!PyArg_ParseTuple(args, "sO", &what, &arg)) {
        return NULL;
    }
    if (strcmp(what, "unbound_local") == 0) {
        AotExc_UnboundLocal(PyUnicode_AsUTF8(arg));
    }
    else if (strcmp(what, "unbound_free") == 0) {
        AotExc_UnboundFree(PyUnicode_AsUTF8(arg));
    }
    else if (strcmp(what, "name_error") == 0) {
        AotExc_NameError(arg);
    }
    else if (strcmp(what, "assert") == 0) {
        AotExc_AssertFail(arg == Py_None ? NULL : arg);
    }
    else {
        PyErr_SetString(PyExc_ValueError, what);
    }
    return NULL;
}

/* ---- functions -------------------------------------------------------- */

/* The vectorcall entry of test functions: bind and return the tuple of
 * bound parameters in desc order. */
static PyObject *
test_vectorcall(PyObject *callable,
                PyObject *const *args,
                size_t nargsf,
                PyObject *kwnames)
{
    AotFuncDesc *d = ((AotFunctionObject *)callable)->desc;
    int total = d->npos + d->nkwonly + !!(d->flags & AOT_FUNC_VARARGS) +
                !!(d->flags & AOT_FUNC_VARKW);
    PyObject *out[32], *t;
    int depth = AotFunc_EntryDepth();
    if (AotFunc_Enter(depth) < 0) {
        return NULL;
    }
    Aot_depth = depth;
    if (AotArgs_Parse(callable, args, nargsf, kwnames, out) < 0) {
        Aot_depth = depth - 1;
        return NULL;
    }
    Aot_depth = depth - 1;
    t = PyTuple_New(total);
    for (int i = 0; i < total; i++) {
        PyTuple_SET_ITEM(t, i, out[i]);
    }
    return t;
}

/* make_func(globals, name, qualname, npos, nposonly, nkwonly, flags,
 *           argnames, defaults, kwdefaults) */
static PyObject *
rt_make_func(PyObject *self, PyObject *args)
{
    PyObject *globals, *argnames, *defaults, *kwdefaults;
    const char *name, *qualname;
    int npos, nposonly, nkwonly, flags;
    AotFuncDesc *d;
    const char **names;
    (void)self;
    if (!PyArg_ParseTuple(args,
                          "O!ssiiiiO!OO",
                          &PyDict_Type,
                          &globals,
                          &name,
                          &qualname,
                          &npos,
                          &nposonly,
                          &nkwonly,
                          &flags,
                          &PyTuple_Type,
                          &argnames,
                          &defaults,
                          &kwdefaults)) {
        return NULL;
    }
    /* Descriptors are static in generated code; leak them here. */
    d = calloc(1, sizeof *d);
    names = calloc((size_t)PyTuple_GET_SIZE(argnames) + 1, sizeof *names);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(argnames); i++) {
        names[i] = dupstr(PyUnicode_AsUTF8(PyTuple_GET_ITEM(argnames, i)));
    }
    d->name = dupstr(name);
    d->qualname = dupstr(qualname);
    d->npos = npos;
    d->nposonly = nposonly;
    d->nkwonly = nkwonly;
    d->flags = flags;
    d->argnames = names;
    d->vectorcall = test_vectorcall;
    d->firstlineno = 7;
    d->filename = "t.py";
    return AotFunction_New(d,
                           globals,
                           defaults == Py_None ? NULL : defaults,
                           kwdefaults == Py_None ? NULL : kwdefaults,
                           NULL,
                           NULL);
}

static PyObject *
rt_call_merge(PyObject *self, PyObject *args)
{
    const char *what;
    PyObject *target, *func, *arg;
    int r;
    (void)self;
    if (!PyArg_ParseTuple(args, "sOOO", &what, &target, &func, &arg)) {
        return NULL;
    }
    if (strcmp(what, "extend_args") == 0) {
        r = AotCall_ExtendArgs(target, func, arg);
    }
    else if (strcmp(what, "merge_kwargs") == 0) {
        r = AotCall_MergeKwargs(target, func, arg);
    }
    else if (strcmp(what, "list_extend") == 0) {
        r = AotList_Extend(target, arg);
    }
    else if (strcmp(what, "set_update") == 0) {
        r = AotSet_Update(target, arg);
    }
    else if (strcmp(what, "dict_update") == 0) {
        r = AotDict_Update(target, arg);
    }
    else {
        PyErr_SetString(PyExc_ValueError, what);
        return NULL;
    }
    if (r < 0) {
        return NULL;
    }
    return Py_NewRef(target);
}

/* ---- globals ------------------------------------------------------------ */

static void
cache_free(PyObject *cap)
{
    AotGlobalCache *c = PyCapsule_GetPointer(cap, "rt.cache");
    Py_XDECREF(c->name);
    free(c);
}

static PyObject *
rt_make_cache(PyObject *self, PyObject *name)
{
    AotGlobalCache *c = calloc(1, sizeof *c);
    (void)self;
    c->name = Py_NewRef(name);
    return PyCapsule_New(c, "rt.cache", cache_free);
}

static PyObject *
rt_global_load(PyObject *self, PyObject *args)
{
    PyObject *g, *b, *cap, *v1, *v2;
    AotGlobalCache *c;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOO", &g, &b, &cap)) {
        return NULL;
    }
    c = PyCapsule_GetPointer(cap, "rt.cache");
    v1 = AotGlobal_LoadBorrowed(g, b, c);
    if (v1 == NULL) {
        return NULL;
    }
    v2 = AotGlobal_Load(g, b, c);
    if (v2 != v1) {
        Py_XDECREF(v2);
        PyErr_SetString(PyExc_AssertionError, "Load != LoadBorrowed");
        return NULL;
    }
    return v2;
}

static PyObject *
rt_global_del(PyObject *self, PyObject *args)
{
    PyObject *g, *name;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO", &g, &name)) {
        return NULL;
    }
    if (AotGlobal_Delete(g, name) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
rt_module_builtins(PyObject *self, PyObject *g)
{
    (void)self;
    return Py_XNewRef(AotModule_Builtins(g));
}

/* ---- constants, imports, strings ---------------------------------------- */

static PyObject *
rt_const(PyObject *self, PyObject *args)
{
    const char *what, *text;
    Py_ssize_t n;
    (void)self;
    if (!PyArg_ParseTuple(args, "ss#", &what, &text, &n)) {
        return NULL;
    }
    switch (what[0]) {
    case 'i':
        return AotConst_Int(text);
    case 'f':
        return AotConst_Float(text);
    case 'c':
        return AotConst_Complex(text);
    case 's':
        return AotConst_Str(text, n);
    case 'e':
        return AotConst_StrEscaped(text, n);
    case 'b':
        return AotConst_Bytes(text, n);
    }
    PyErr_SetString(PyExc_ValueError, what);
    return NULL;
}

static PyObject *
rt_import_name(PyObject *self, PyObject *args)
{
    PyObject *g, *b, *name, *fromlist;
    int level;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOOi", &g, &b, &name, &fromlist, &level)) {
        return NULL;
    }
    return AotImport_Name(g, b, name, fromlist, level);
}

static PyObject *
rt_import_from(PyObject *self, PyObject *args)
{
    PyObject *m, *name;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO", &m, &name)) {
        return NULL;
    }
    return AotImport_From(m, name);
}

static PyObject *
rt_format(PyObject *self, PyObject *args)
{
    PyObject *v, *spec;
    int conv;
    (void)self;
    if (!PyArg_ParseTuple(args, "OiO", &v, &conv, &spec)) {
        return NULL;
    }
    return AotFormat_Value(v, conv, spec == Py_None ? NULL : spec);
}

/* format_num(v, conv, spec, kind): AotFormat_TV (kind 0) or
 * AotFormat_FV (kind 1) of v unboxed, spec None for no spec. */
static PyObject *
rt_format_num(PyObject *self, PyObject *args)
{
    PyObject *v, *spec, *r;
    int conv, kind;
    (void)self;
    if (!PyArg_ParseTuple(args, "OiOi", &v, &conv, &spec, &kind)) {
        return NULL;
    }
    if (spec == Py_None) {
        spec = NULL;
    }
    if (kind == 0) {
        AotTV t = tv_of(v);
        r = AotFormat_TV(conv, t, spec);
        AotTV_DecRef(t);
    }
    else {
        AotFV f = AotFV_FromObjectBorrowed(v);
        r = AotFormat_FV(conv, f, spec);
        AotFV_DecRef(f);
    }
    return r;
}

static PyObject *
rt_join(PyObject *self, PyObject *list)
{
    (void)self;
    return AotStr_Join(&PyList_GET_ITEM(list, 0), PyList_GET_SIZE(list));
}

static PyObject *
rt_append(PyObject *self, PyObject *args)
{
    PyObject *o, *x;
    (void)self;
    if (!PyArg_ParseTuple(args, "OO", &o, &x)) {
        return NULL;
    }
    return AotObj_Append(o, x);
}

/* tailmatch(end, o, x): AotObj_TailMatch; strfind(which, o, x):
 * AotObj_StrFind */
static PyObject *
rt_tailmatch(PyObject *self, PyObject *args)
{
    PyObject *o, *x;
    int end;
    (void)self;
    if (!PyArg_ParseTuple(args, "iOO", &end, &o, &x)) {
        return NULL;
    }
    return AotObj_TailMatch(end, o, x);
}

static PyObject *
rt_strfind(PyObject *self, PyObject *args)
{
    PyObject *o, *x;
    int which;
    (void)self;
    if (!PyArg_ParseTuple(args, "iOO", &which, &o, &x)) {
        return NULL;
    }
    return AotObj_StrFind(which, o, x);
}

static PyObject *
rt_iterate(PyObject *self, PyObject *o)
{
    PyObject *it = AotIter_Get(o), *list, *x;
    (void)self;
    if (it == NULL) {
        return NULL;
    }
    list = PyList_New(0);
    while ((x = AotIter_Next(it)) != NULL) {
        PyList_Append(list, x);
        Py_DECREF(x);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(list);
        return NULL;
    }
    return list;
}

static PyObject *
rt_loop_check(PyObject *self, PyObject *n)
{
    long k = PyLong_AsLong(n);
    (void)self;
    int lc0 = Aot_loop_countdown, lc = lc0;
    for (long i = 0; i < k; i++) {
        if (AotLoop_Check(lc, lc0) < 0) {
            Aot_loop_countdown -= lc0 - lc;
            return NULL;
        }
    }
    Aot_loop_countdown -= lc0 - lc;
    Py_RETURN_NONE;
}

static PyMethodDef rt_methods[] = {
    { "tv_binop", rt_tv_binop, METH_VARARGS, NULL },
    { "tv_unop", rt_tv_unop, METH_VARARGS, NULL },
    { "tv_cmp", rt_tv_cmp, METH_VARARGS, NULL },
    { "tv_truth", rt_tv_truth, METH_O, NULL },
    { "f_op", rt_f_op, METH_VARARGS, NULL },
    { "f_cmp", rt_f_cmp, METH_VARARGS, NULL },
    { "fv_binop", rt_fv_binop, METH_VARARGS, NULL },
    { "fv_mix", rt_fv_mix, METH_VARARGS, NULL },
    { "num_mix", rt_num_mix, METH_VARARGS, NULL },
    { "fv_unop", rt_fv_unop, METH_VARARGS, NULL },
    { "fv_cmp", rt_fv_cmp, METH_VARARGS, NULL },
    { "fv_cmp_mix", rt_fv_cmp_mix, METH_VARARGS, NULL },
    { "int_div", rt_int_div, METH_VARARGS, NULL },
    { "fv_truth", rt_fv_truth, METH_O, NULL },
    { "num_binop", rt_num_binop, METH_VARARGS, NULL },
    { "num_unop", rt_num_unop, METH_VARARGS, NULL },
    { "obj_cmp", rt_obj_cmp, METH_VARARGS, NULL },
    { "getitem", rt_getitem, METH_VARARGS, NULL },
    { "getitem2", rt_getitem2, METH_VARARGS, NULL },
    { "setitem2", rt_setitem2, METH_VARARGS, NULL },
    { "setitem", rt_setitem, METH_VARARGS, NULL },
    { "len", rt_len, METH_O, NULL },
    { "slice", rt_slice, METH_VARARGS, NULL },
    { "unpack", rt_unpack, METH_VARARGS, NULL },
    { "with_", rt_with, METH_VARARGS, NULL },
    { "raise_", rt_raise, METH_VARARGS, NULL },
    { "reraise", rt_reraise, METH_NOARGS, NULL },
    { "try_call", rt_try_call, METH_VARARGS, NULL },
    { "raise_tb", rt_raise_tb, METH_VARARGS, NULL },
    { "misc_err", rt_misc_err, METH_VARARGS, NULL },
    { "make_func", rt_make_func, METH_VARARGS, NULL },
    { "call_merge", rt_call_merge, METH_VARARGS, NULL },
    { "make_cache", rt_make_cache, METH_O, NULL },
    { "global_load", rt_global_load, METH_VARARGS, NULL },
    { "global_del", rt_global_del, METH_VARARGS, NULL },
    { "module_builtins", rt_module_builtins, METH_O, NULL },
    { "const", rt_const, METH_VARARGS, NULL },
    { "import_name", rt_import_name, METH_VARARGS, NULL },
    { "import_from", rt_import_from, METH_VARARGS, NULL },
    { "format", rt_format, METH_VARARGS, NULL },
    { "format_num", rt_format_num, METH_VARARGS, NULL },
    { "join", rt_join, METH_O, NULL },
    { "append", rt_append, METH_VARARGS, NULL },
    { "tailmatch", rt_tailmatch, METH_VARARGS, NULL },
    { "strfind", rt_strfind, METH_VARARGS, NULL },
    { "iterate", rt_iterate, METH_O, NULL },
    { "loop_check", rt_loop_check, METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static struct PyModuleDef rt_module = {
    PyModuleDef_HEAD_INIT, "_rt", NULL, -1, rt_methods, NULL, NULL, NULL, NULL,
};

static PyObject *
rt_init(void)
{
    PyObject *m = PyModule_Create(&rt_module), *g, *b;
    /* Exercise the real module prologue on _rt itself. */
    if (m == NULL || AotModule_Setup(m, "rt.py", &g, &b) < 0) {
        Py_XDECREF(m);
        return NULL;
    }
    return m;
}

/* ======================================================================
 * check cases: one per rt_checks.check_* function
 * ====================================================================== */

static PyObject *checks; /* the rt_checks module */

static void
run_check(const char *name)
{
    PyObject *fn = PyObject_GetAttrString(checks, name), *res;
    ck_assert_msg(fn != NULL, "rt_checks.%s missing", name);
    clock_t t0 = clock();
    res = PyObject_CallNoArgs(fn);
    Py_DECREF(fn);
    if (getenv("PYAOT_RT_TIMING") != NULL) {
        fprintf(stderr,
                "%s: %.2fs cpu\n",
                name,
                (double)(clock() - t0) / CLOCKS_PER_SEC);
    }
    if (res == NULL) {
        PyErr_Print();
        ck_abort_msg("rt_checks.%s raised", name);
    }
    if (PyList_GET_SIZE(res) != 0) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(res) && i < 40; i++) {
            fprintf(stderr,
                    "  %s: %s\n",
                    name,
                    PyUnicode_AsUTF8(PyList_GET_ITEM(res, i)));
        }
    }
    ck_assert_msg(PyList_GET_SIZE(res) == 0,
                  "%s: %zd mismatches",
                  name,
                  PyList_GET_SIZE(res));
    Py_DECREF(res);
}

#define CHECK_CASE(NAME)                                                      \
    START_TEST(test_##NAME)                                                   \
    {                                                                         \
        run_check("check_" #NAME);                                            \
    }                                                                         \
    END_TEST

CHECK_CASE(tv_repr)
CHECK_CASE(tv_binops)
CHECK_CASE(tv_unops)
CHECK_CASE(tv_compare)
CHECK_CASE(float_ops)
CHECK_CASE(float_compare)
CHECK_CASE(fv_repr)
CHECK_CASE(fv_binops)
CHECK_CASE(fv_mixed)
CHECK_CASE(fv_unops)
CHECK_CASE(fv_compare)
CHECK_CASE(fv_int_mix)
CHECK_CASE(fv_refcounts)
CHECK_CASE(num_mixed)
CHECK_CASE(num_compact)
CHECK_CASE(num_ops)
CHECK_CASE(containers)
CHECK_CASE(unpack)
CHECK_CASE(displays_and_calls)
CHECK_CASE(args_parse)
CHECK_CASE(function_object)
CHECK_CASE(exceptions)
CHECK_CASE(with_stmt)
CHECK_CASE(globals)
CHECK_CASE(constants)
CHECK_CASE(imports)
CHECK_CASE(misc)

/* Tagged-int representation checks that need C. */
START_TEST(test_tv_c_level)
{
    AotTV t;
    PyObject *o;

    ck_assert(AotTV_IsShort(AotTV_FromShort(0)));
    ck_assert_int_eq(AotTV_ShortValue(AotTV_FromShort(AOT_TV_SHORT_MIN)),
                     AOT_TV_SHORT_MIN);
    ck_assert_int_eq(AotTV_ShortValue(AotTV_FromShort(AOT_TV_SHORT_MAX)),
                     AOT_TV_SHORT_MAX);
    ck_assert(AotTV_IsShort(AotTV_FromI64(AOT_TV_SHORT_MAX)));
    t = AotTV_FromI64(AOT_TV_SHORT_MAX + 1);
    ck_assert(AotTV_IsPtr(t));
    AotTV_DecRef(t);
    t = AotTV_FromI64(INT64_MIN);
    ck_assert(AotTV_IsPtr(t));
    o = AotTV_BoxSteal(t);
    ck_assert_int_eq(PyLong_AsLongLong(o), INT64_MIN);
    Py_DECREF(o);
    /* True stays True. */
    t = AotTV_FromObjectBorrowed(Py_True);
    ck_assert(AotTV_IsPtr(t));
    ck_assert_ptr_eq(AotTV_Ptr(t), Py_True);
    AotTV_DecRef(t);
    ck_assert(AotTV_FromObject(NULL) == AOT_TV_ERR);
    ck_assert(AotTV_BoxSteal(AOT_TV_ERR) == NULL);
    AotTV_XDecRef(AOT_TV_ERR);
    ck_assert_int_eq(AotTV_AsSsize(AotTV_FromShort(-5)), -5);
}
END_TEST

/* Tagged-float representation checks that need C. */
static double
bits_double(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t
float_bits(PyObject *o)
{
    double d = PyFloat_AS_DOUBLE(o);
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

START_TEST(test_fv_c_level)
{
    AotFV v;
    PyObject *o, *b;
    Py_ssize_t rc;

    /* The error value: a tagged NULL. */
    ck_assert(AotFV_IsPtr(AOT_FV_ERR));
    ck_assert_ptr_null(AotFV_Ptr(AOT_FV_ERR));
    ck_assert(AotFV_FromObject(NULL) == AOT_FV_ERR);
    ck_assert_ptr_null(AotFV_Box(AOT_FV_ERR));
    ck_assert(!PyErr_Occurred());
    AotFV_XDecRef(AOT_FV_ERR);
    /* Computed NaNs (quiet, either sign) and infinities are doubles. */
    ck_assert(!AotFV_IsPtr(AotFV_FromDouble(NAN)));
    ck_assert(!AotFV_IsPtr(AotFV_FromDouble(-NAN)));
    v = AotFV_Sub(AotFV_FromDouble(HUGE_VAL), AotFV_FromDouble(HUGE_VAL));
    ck_assert(!AotFV_IsPtr(v));
    ck_assert(isnan(AotFV_Double(v)));
    v = AotFV_Mul(AotFV_FromDouble(0.0), AotFV_FromDouble(-HUGE_VAL));
    ck_assert(!AotFV_IsPtr(v));
    /* A pointer keeps its address exactly. */
    o = PyLong_FromString("123456789012345678901234567890", NULL, 10);
    rc = Py_REFCNT(o);
    v = AotFV_FromObjectBorrowed(o);
    ck_assert(AotFV_IsPtr(v));
    ck_assert_ptr_eq(AotFV_Ptr(v), o);
    ck_assert_int_eq(Py_REFCNT(o), rc + 1);
    b = AotFV_Box(v);
    ck_assert_ptr_eq(b, o);
    ck_assert_int_eq(Py_REFCNT(o), rc + 2);
    Py_DECREF(b);
    AotFV_IncRef(v);
    ck_assert_int_eq(Py_REFCNT(o), rc + 2);
    AotFV_DecRef(v);
    ck_assert_ptr_eq(AotFV_BoxSteal(v), o); /* consumes v's reference */
    ck_assert_int_eq(Py_REFCNT(o), rc + 1);
    Py_DECREF(o);
    /* A float whose bits are the tag pattern with either sign (and the
     * tagged-NULL bits) stays a pointer to the same object, bits intact:
     * negating an unboxed double can then never forge the tag. */
    for (int k = 0; k < 5; k++) {
        static const uint64_t pats[] = { 0x7FF4000000000001ULL,
                                         0x7FF4000000000000ULL,
                                         0x7FF7FFFFFFFFFFFFULL,
                                         0xFFF4000000000001ULL,
                                         0xFFF4000000000000ULL };
        o = PyFloat_FromDouble(bits_double(pats[k]));
        ck_assert_msg(float_bits(o) == pats[k], "PyFloat changed the bits");
        rc = Py_REFCNT(o);
        Py_INCREF(o);
        v = AotFV_FromObject(o);
        ck_assert(AotFV_IsPtr(v));
        ck_assert_ptr_eq(AotFV_Ptr(v), o);
        ck_assert(v != AOT_FV_ERR);
        b = AotFV_Box(v);
        ck_assert_ptr_eq(b, o);
        ck_assert(float_bits(b) == pats[k]);
        Py_DECREF(b);
        AotFV_DecRef(v);
        ck_assert_int_eq(Py_REFCNT(o), rc);
        Py_DECREF(o);
    }
    /* An exact float that is not the tag is unboxed bit for bit and the
     * stolen reference released. */
    o = PyFloat_FromDouble(bits_double(0x7FF0000000000001ULL));
    Py_INCREF(o);
    rc = Py_REFCNT(o);
    v = AotFV_FromObject(o);
    ck_assert(!AotFV_IsPtr(v));
    ck_assert(v == 0x7FF0000000000001ULL);
    ck_assert_int_eq(Py_REFCNT(o), rc - 1);
    Py_DECREF(o);
}
END_TEST

int
main(void)
{
    Suite *s = suite_create("runtime");
    TCase *tc = tcase_create("rt");
    SRunner *sr;
    PyObject *sys_path, *dir;
    int failed;

    PyImport_AppendInittab("_rt", rt_init);
    Py_Initialize();
    sys_path = PySys_GetObject("path");
    dir = PyUnicode_FromString(PYAOT_RT_CHECKS_DIR);
    PyList_Insert(sys_path, 0, dir);
    Py_DECREF(dir);
    checks = PyImport_ImportModule("rt_checks");
    if (checks == NULL) {
        PyErr_Print();
        return 2;
    }

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_tv_c_level);
    tcase_add_test(tc, test_tv_repr);
    tcase_add_test(tc, test_tv_binops);
    tcase_add_test(tc, test_tv_unops);
    tcase_add_test(tc, test_tv_compare);
    tcase_add_test(tc, test_float_ops);
    tcase_add_test(tc, test_float_compare);
    tcase_add_test(tc, test_fv_c_level);
    tcase_add_test(tc, test_fv_repr);
    tcase_add_test(tc, test_fv_binops);
    tcase_add_test(tc, test_fv_mixed);
    tcase_add_test(tc, test_fv_unops);
    tcase_add_test(tc, test_fv_compare);
    tcase_add_test(tc, test_fv_int_mix);
    tcase_add_test(tc, test_fv_refcounts);
    tcase_add_test(tc, test_num_mixed);
    tcase_add_test(tc, test_num_compact);
    tcase_add_test(tc, test_num_ops);
    tcase_add_test(tc, test_containers);
    tcase_add_test(tc, test_unpack);
    tcase_add_test(tc, test_displays_and_calls);
    tcase_add_test(tc, test_args_parse);
    tcase_add_test(tc, test_function_object);
    tcase_add_test(tc, test_exceptions);
    tcase_add_test(tc, test_with_stmt);
    tcase_add_test(tc, test_globals);
    tcase_add_test(tc, test_constants);
    tcase_add_test(tc, test_imports);
    tcase_add_test(tc, test_misc);
    suite_add_tcase(s, tc);

    sr = srunner_create(s);
    /* One interpreter for all cases: no fork. */
    srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    Py_DECREF(checks);
    if (Py_FinalizeEx() < 0) {
        failed++;
    }
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
