/* aot_float.c: arithmetic on unboxed doubles that are certainly Python
 * floats.
 *
 * `//` and `%` follow CPython's float_floor_div/float_rem rules (sign of
 * the result follows the divisor, signed zeros, the 0.5 correction of the
 * quotient); zero divisors raise the interpreter's ZeroDivisionError text.
 * `**` and comparisons against non-short ints go through the C-API.
 * The one-argument math functions (math.sqrt, ...) run the C library
 * directly while math.f is still the math module's builtin.
 */

#include "aot_internal.h"

#include <errno.h>
#include <math.h>
#include <string.h>

double
AotFloat_Div(double a, double b)
{
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return -1.0;
    }
    return a / b;
}

double
AotFloat_Mod(double a, double b)
{
    double mod;
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError, AOT_MSG_FLOAT_MOD_ZERO);
        return -1.0;
    }
    mod = fmod(a, b);
    if (mod != 0.0) {
        /* fmod takes the sign of a; Python wants the sign of b. */
        if ((b < 0) != (mod < 0)) {
            mod += b;
        }
    }
    else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double
AotFloat_FloorDiv(double a, double b)
{
    double mod, div, floordiv;
    if (b == 0.0) {
        PyErr_SetString(PyExc_ZeroDivisionError,
                        "float floor division by zero");
        return -1.0;
    }
    mod = fmod(a, b);
    /* (a - mod) is exactly a multiple of b, so this is near-integral. */
    div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            div -= 1.0;
        }
    }
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    }
    else {
        floordiv = copysign(0.0, a / b);
    }
    return floordiv;
}

PyObject *
AotFloat_Pow(double a, double b)
{
    PyObject *oa, *ob, *r = NULL;
    oa = PyFloat_FromDouble(a);
    ob = PyFloat_FromDouble(b);
    if (oa != NULL && ob != NULL) {
        r = PyNumber_Power(oa, ob, Py_None);
    }
    Py_XDECREF(oa);
    Py_XDECREF(ob);
    return r;
}

PyObject *
AotFloat_Box(double v)
{
    return PyFloat_FromDouble(v);
}

int
AotFloat_CompareTV(double a, AotTV b, int op)
{
    PyObject *oa, *ob, *r;
    int res;
    if (AotTV_IsShort(b)) {
        int64_t y = AotTV_ShortValue(b);
        const int64_t lim = (int64_t)1 << 53;
        /* |y| <= 2^53 converts to double exactly, so C's comparison (with
         * NaN unordered) is the mathematical comparison CPython does. */
        if (y >= -lim && y <= lim) {
            double d = (double)y;
            switch (op) {
            case Py_LT:
                return a < d;
            case Py_LE:
                return a <= d;
            case Py_EQ:
                return a == d;
            case Py_NE:
                return a != d;
            case Py_GT:
                return a > d;
            default:
                return a >= d;
            }
        }
    }
    else if (PyFloat_CheckExact(AotTV_Ptr(b))) {
        double d = PyFloat_AS_DOUBLE(AotTV_Ptr(b));
        switch (op) {
        case Py_LT:
            return a < d;
        case Py_LE:
            return a <= d;
        case Py_EQ:
            return a == d;
        case Py_NE:
            return a != d;
        case Py_GT:
            return a > d;
        default:
            return a >= d;
        }
    }
    oa = PyFloat_FromDouble(a);
    if (oa == NULL) {
        return -1;
    }
    ob = AotTV_Box(b);
    if (ob == NULL) {
        Py_DECREF(oa);
        return -1;
    }
    r = PyObject_RichCompare(oa, ob, op);
    Py_DECREF(oa);
    Py_DECREF(ob);
    if (r == NULL) {
        return -1;
    }
    res = AotObj_IsTrue(r);
    Py_DECREF(r);
    return res;
}

/* ======================================================================
 * Tagged floats (aot_fv.h): conversions and slow paths
 * ====================================================================== */

AotFV
AotFV_FromObject(PyObject *o)
{
    if (o == NULL)
        return AOT_FV_ERR;
    if (PyFloat_CheckExact(o)) {
        AotFV v = AotFV_FromDouble(PyFloat_AS_DOUBLE(o));
        /* A float whose bits are the tag pattern (either sign) stays boxed,
         * so negating an unboxed double can never forge a pointer. */
        if (!AotFV_BoxedBits(v)) {
            Py_DECREF(o);
            return v;
        }
    }
    return AotFV_TagPtr(o);
}

PyObject *
AotFV_Box(AotFV v)
{
    if (AotFV_IsPtr(v)) {
        PyObject *o = AotFV_Ptr(v);
        Py_XINCREF(o);
        return o;
    }
    return PyFloat_FromDouble(AotFV_Double(v));
}

static PyObject *
fv_number_op(PyObject *x, PyObject *y, int op, int inplace)
{
    switch (op) {
    case AOT_FV_ADD:
        return inplace ? PyNumber_InPlaceAdd(x, y) : PyNumber_Add(x, y);
    case AOT_FV_SUB:
        return inplace ? PyNumber_InPlaceSubtract(x, y)
                       : PyNumber_Subtract(x, y);
    case AOT_FV_MUL:
        return inplace ? PyNumber_InPlaceMultiply(x, y)
                       : PyNumber_Multiply(x, y);
    case AOT_FV_TRUEDIV:
        return inplace ? PyNumber_InPlaceTrueDivide(x, y)
                       : PyNumber_TrueDivide(x, y);
    case AOT_FV_FLOORDIV:
        return inplace ? PyNumber_InPlaceFloorDivide(x, y)
                       : PyNumber_FloorDivide(x, y);
    case AOT_FV_POW:
        return inplace ? PyNumber_InPlacePower(x, y, Py_None)
                       : PyNumber_Power(x, y, Py_None);
    default:
        return inplace ? PyNumber_InPlaceRemainder(x, y)
                       : PyNumber_Remainder(x, y);
    }
}

/* x <op> y on boxed operands; steals both (either may be NULL after a
 * failed box, with the exception set). */
static AotFV
fv_apply(PyObject *x, PyObject *y, int op, int inplace)
{
    if (x == NULL || y == NULL) {
        Py_XDECREF(x);
        Py_XDECREF(y);
        return AOT_FV_ERR;
    }
    PyObject *r = fv_number_op(x, y, op, inplace);
    Py_DECREF(x);
    Py_DECREF(y);
    return AotFV_FromObject(r);
}

/* An exact int (o) meeting a float (d, on the right when int_first):
 * float's own operations convert the int with PyLong_AsDouble (raising
 * its OverflowError) and compute in doubles, so this does too, without
 * boxing d. Zero divisors are left to CPython.  Returns: 1 done (*r set;
 * AOT_FV_ERR on error), 0 not applicable. */
static int
fv_int_float(PyObject *o, double d, int int_first, int op, AotFV *r)
{
    if (!PyLong_CheckExact(o) || op == AOT_FV_POW) {
        return 0; /* int ** float and float ** int: PyNumber_Power */
    }
    double y = int_first ? d : 0.0;
    if ((op == AOT_FV_TRUEDIV || op == AOT_FV_FLOORDIV || op == AOT_FV_MOD) &&
        int_first && y == 0.0) {
        return 0;
    }
    double i = PyLong_AsDouble(o);
    if (i == -1.0 && PyErr_Occurred()) {
        *r = AOT_FV_ERR;
        return 1;
    }
    double x = int_first ? i : d;
    if (!int_first) {
        y = i;
        if ((op == AOT_FV_TRUEDIV || op == AOT_FV_FLOORDIV ||
             op == AOT_FV_MOD) &&
            y == 0.0) {
            return 0;
        }
    }
    double z;
    switch (op) {
    case AOT_FV_ADD:
        z = x + y;
        break;
    case AOT_FV_SUB:
        z = x - y;
        break;
    case AOT_FV_MUL:
        z = x * y;
        break;
    case AOT_FV_TRUEDIV:
        z = x / y;
        break;
    case AOT_FV_FLOORDIV:
        z = AotFloat_FloorDiv(x, y);
        break;
    default:
        z = AotFloat_Mod(x, y);
        break;
    }
    *r = AotFV_FromDouble(z);
    return 1;
}

AotFV
AotFV_BinSlow(AotFV a, AotFV b, int op, int inplace)
{
    AotFV r;
    if (AotFV_IsPtr(a) && !AotFV_IsPtr(b) &&
        fv_int_float(AotFV_Ptr(a), AotFV_Double(b), 1, op, &r)) {
        return r;
    }
    if (!AotFV_IsPtr(a) && AotFV_IsPtr(b) &&
        fv_int_float(AotFV_Ptr(b), AotFV_Double(a), 0, op, &r)) {
        return r;
    }
    PyObject *x = AotFV_Box(a);
    PyObject *y = x ? AotFV_Box(b) : NULL;
    return fv_apply(x, y, op, inplace);
}

AotFV
AotFV_MixSlow(AotTV a, AotFV b, int op, int tv_first, int inplace)
{
    AotFV r;
    if (AotTV_IsPtr(a) && !AotFV_IsPtr(b) &&
        fv_int_float(AotTV_Ptr(a), AotFV_Double(b), tv_first, op, &r)) {
        return r;
    }
    PyObject *x = AotTV_Box(a);
    PyObject *y = x ? AotFV_Box(b) : NULL;
    return tv_first ? fv_apply(x, y, op, inplace)
                    : fv_apply(y, x, op, inplace);
}

AotFV
AotFV_IntDivSlow(AotTV a, AotTV b, int inplace)
{
    PyObject *x = AotTV_Box(a);
    PyObject *y = x ? AotTV_Box(b) : NULL;
    return fv_apply(x, y, AOT_FV_TRUEDIV, inplace);
}

AotFV
AotFV_UnarySlow(AotFV a, int neg)
{
    PyObject *x = AotFV_Box(a);
    if (x == NULL)
        return AOT_FV_ERR;
    PyObject *r = neg ? PyNumber_Negative(x) : PyNumber_Positive(x);
    Py_DECREF(x);
    return AotFV_FromObject(r);
}

/* x <op> y as C truth, consuming both (NULL: a failed box, -1). The
 * interpreter's COMPARE_OP: RichCompare + IsTrue, not RichCompareBool,
 * so no identity shortcut (nan == nan is false). */
static int
fv_compare_boxed(PyObject *x, PyObject *y, int op)
{
    PyObject *r = x && y ? PyObject_RichCompare(x, y, op) : NULL;
    Py_XDECREF(x);
    Py_XDECREF(y);
    if (r == NULL)
        return -1;
    int truth = AotObj_IsTrue(r);
    Py_DECREF(r);
    return truth;
}

int
AotFV_CompareMixSlow(AotFV f, AotTV t, int op, int tv_first)
{
    PyObject *x = AotFV_Box(f);
    PyObject *y = x ? AotTV_Box(t) : NULL;
    return tv_first ? fv_compare_boxed(y, x, op) : fv_compare_boxed(x, y, op);
}

int
AotFV_CompareBoolSlow(AotFV a, AotFV b, int op)
{
    PyObject *x = AotFV_Box(a);
    PyObject *y = x ? AotFV_Box(b) : NULL;
    return fv_compare_boxed(x, y, op);
}

/* ---- math.f(x) --------------------------------------------------------
 * CPython's math_1 computes f(x) with the C library and raises when the
 * result is NaN or infinite for a finite argument, or errno is set. The
 * fast path returns the C library's value only when neither can be the
 * case (finite argument, finite result, errno 0); otherwise it calls the
 * real function, which computes it again and raises exactly as the
 * running CPython does. The evaluation is out of line here so that the C
 * compiler cannot fold a constant argument with its own (correctly
 * rounded) arithmetic where the C library may differ in the last bit. */

static const char *const aot_math_names[AOT_MATH_N] = {
    "sqrt", "exp",  "log",  "log2", "log10", "sin",  "cos",  "tan",
    "asin", "acos", "atan", "sinh", "cosh",  "tanh", "fabs",
};

/* Per function: the module object last found to hold the real math.f (a
 * strong reference, so the address cannot be reused) and the state of
 * its dict then: version tag up to 3.11, watcher epoch from 3.12. */
static struct {
    PyObject *mod, *dict;
    uint64_t stamp;
} aot_math_cache[AOT_MATH_N];

static uint64_t
aot_math_stamp(PyObject *dict)
{
#if AOT_USE_DICT_WATCHER
    (void)dict;
    return Aot_shared != NULL ? Aot_shared->epoch : 0;
#else
    return Aot_DictVersion(dict);
#endif
}

/* Is f the math module's own builtin aot_math_names[w]? A builtin
 * function knows its C name and its module object, which Python code
 * cannot forge. */
static int
aot_math_is_builtin(PyObject *f, int w)
{
    if (f == NULL || !PyCFunction_CheckExact(f))
        return 0;
    PyCFunctionObject *cf = (PyCFunctionObject *)f;
    if (strcmp(cf->m_ml->ml_name, aot_math_names[w]) != 0 ||
        cf->m_self == NULL || !PyModule_CheckExact(cf->m_self))
        return 0;
    /* the module's C definition, not its __name__ (which can be set) */
    PyModuleDef *def = PyModule_GetDef(cf->m_self);
    return def != NULL && def->m_name != NULL &&
           strcmp(def->m_name, "math") == 0;
}

/* The builtin function objects found so far (strong references, so an
 * identity match is the same function). */
static PyObject *aot_math_fn_cache[AOT_MATH_N];

static int
aot_math_fn_is_real(PyObject *f, int w)
{
    if (f == aot_math_fn_cache[w])
        return 1;
    if (!aot_math_is_builtin(f, w))
        return 0;
    Py_INCREF(f);
    Py_XSETREF(aot_math_fn_cache[w], f);
    return 1;
}

/* Is mod.f (f = aot_math_names[w]) the math module's own builtin? */
static int
aot_math_is_real(PyObject *mod, int w)
{
    if (mod == aot_math_cache[w].mod &&
#if AOT_USE_DICT_WATCHER
        Aot_shared != NULL && Aot_shared->dict_watcher >= 0 &&
#endif
        aot_math_stamp(aot_math_cache[w].dict) == aot_math_cache[w].stamp)
        return 1;
    if (!PyModule_CheckExact(mod))
        return 0;
    PyObject *dict = PyModule_GetDict(mod);
    if (dict == NULL || !PyDict_CheckExact(dict))
        return 0;
#if AOT_USE_DICT_WATCHER
    if (Aot_shared == NULL || Aot_shared->dict_watcher < 0 ||
        PyDict_Watch(Aot_shared->dict_watcher, dict) < 0) {
        PyErr_Clear();
        return 0;
    }
#endif
    uint64_t stamp = aot_math_stamp(dict);
    if (!aot_math_is_builtin(PyDict_GetItemString(dict, aot_math_names[w]), w))
        return 0;
    Py_INCREF(mod);
    Py_XSETREF(aot_math_cache[w].mod, mod);
    aot_math_cache[w].dict = dict;
    aot_math_cache[w].stamp = stamp;
    return 1;
}

/* f(x) with errno cleared; 1 if CPython would return it unchecked. */
static int
aot_math_eval(int w, double x, double *r)
{
    double v;
    errno = 0;
    switch (w) {
    case AOT_MATH_SQRT:
        v = sqrt(x);
        break;
    case AOT_MATH_EXP:
        v = exp(x);
        break;
    case AOT_MATH_LOG:
        /* m_log: log(x) for a finite x > 0; others raise or are inf. */
        if (!(x > 0.0))
            return 0;
        v = log(x);
        break;
    case AOT_MATH_LOG2:
        if (!(x > 0.0))
            return 0;
        v = log2(x);
        break;
    case AOT_MATH_LOG10:
        if (!(x > 0.0))
            return 0;
        v = log10(x);
        break;
    case AOT_MATH_SIN:
        v = sin(x);
        break;
    case AOT_MATH_COS:
        v = cos(x);
        break;
    case AOT_MATH_TAN:
        v = tan(x);
        break;
    case AOT_MATH_ASIN:
        v = asin(x);
        break;
    case AOT_MATH_ACOS:
        v = acos(x);
        break;
    case AOT_MATH_ATAN:
        v = atan(x);
        break;
    case AOT_MATH_SINH:
        v = sinh(x);
        break;
    case AOT_MATH_COSH:
        v = cosh(x);
        break;
    case AOT_MATH_TANH:
        v = tanh(x);
        break;
    case AOT_MATH_FABS:
        v = fabs(x);
        break;
    default:
        return 0;
    }
    if (errno != 0 || !isfinite(v))
        return 0;
    *r = v;
    return 1;
}

/* f(arg), f borrowed, arg a new reference (NULL after an error). */
static AotFV
aot_math_call(PyObject *f, PyObject *arg)
{
    if (arg == NULL)
        return AOT_FV_ERR;
    PyObject *r = PyObject_CallOneArg(f, arg);
    Py_DECREF(arg);
    return AotFV_FromObject(r);
}

/* What CPython does: load mod.f, call it with the boxed argument. */
static AotFV
aot_math_slow(PyObject *mod, int w, PyObject *arg)
{
    if (arg == NULL)
        return AOT_FV_ERR;
    PyObject *f = PyObject_GetAttrString(mod, aot_math_names[w]);
    if (f == NULL) {
        Py_DECREF(arg);
        return AOT_FV_ERR;
    }
    AotFV r = aot_math_call(f, arg);
    Py_DECREF(f);
    return r;
}

AotFV
AotMath_F1(PyObject *mod, int w, AotFV x)
{
    double r;
    if (!AotFV_IsPtr(x) && isfinite(AotFV_Double(x)) &&
        aot_math_is_real(mod, w) && aot_math_eval(w, AotFV_Double(x), &r))
        return AotFV_FromDouble(r);
    return aot_math_slow(mod, w, AotFV_Box(x));
}

AotFV
AotMath_T1(PyObject *mod, int w, AotTV x)
{
    double r;
    /* A short converts to the double CPython's PyLong_AsDouble gives
     * (round-half-even), as in the mixed int/float operations. */
    if (AotTV_IsShort(x) && aot_math_is_real(mod, w) &&
        aot_math_eval(w, (double)AotTV_ShortValue(x), &r))
        return AotFV_FromDouble(r);
    return aot_math_slow(mod, w, AotTV_Box(x));
}

AotFV
AotMath_FN1(PyObject *f, int w, AotFV x)
{
    double r;
    if (!AotFV_IsPtr(x) && isfinite(AotFV_Double(x)) &&
        aot_math_fn_is_real(f, w) && aot_math_eval(w, AotFV_Double(x), &r))
        return AotFV_FromDouble(r);
    return aot_math_call(f, AotFV_Box(x));
}

AotFV
AotMath_TN1(PyObject *f, int w, AotTV x)
{
    double r;
    if (AotTV_IsShort(x) && aot_math_fn_is_real(f, w) &&
        aot_math_eval(w, (double)AotTV_ShortValue(x), &r))
        return AotFV_FromDouble(r);
    return aot_math_call(f, AotTV_Box(x));
}
