/* aot_int.c: tagged-int conversions and the slow paths of aot_tv.h.
 *
 * A slow path boxes both operands (a pointer operand is used as-is, a
 * short one becomes a temporary PyLong), calls the PyNumber_* function the
 * interpreter would call, and re-tags the result.  So overflow, zero
 * divisors, negative shift counts, bools, int subclasses and non-int
 * operands all get CPython's own result and exception.
 */
#include "pyaot_rt.h"

/* The object for t, borrowed: a pointer TV's object, or a temporary for a
 * short TV stored in *tmp (the caller drops *tmp).  Returns: borrowed
 * (NULL on memory error) */
static PyObject *
tv_borrow(AotTV t, PyObject **tmp)
{
    if (AotTV_IsShort(t)) {
        *tmp = PyLong_FromLongLong(AotTV_ShortValue(t));
        return *tmp;
    }
    *tmp = NULL;
    return AotTV_Ptr(t);
}

AotTV
AotTV_FromI64Slow(int64_t v)
{
    return AotTV_FromObject(PyLong_FromLongLong(v));
}

AotTV
AotTV_FromObjectSlow(PyObject *o)
{
    int64_t v;
    if (o == NULL) {
        return AOT_TV_ERR;
    }
    if (PyLong_CheckExact(o)) {
        if (Aot_LongCompactValue(o, &v)) {
            Py_DECREF(o);
            return AotTV_FromShort(v);
        }
#if PY_VERSION_HEX < 0x030C0000 && PYLONG_BITS_IN_DIGIT == 30
        /* more than three 30-bit digits never fit 63 bits: a big result
         * of big-int arithmetic skips the conversion attempt */
        if (Py_ABS(Py_SIZE(o)) > 3) {
            return AotTV_TagPtr(o);
        }
#endif
        int overflow;
        long long w = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (!overflow && AotTV_FitsShort(w)) {
            Py_DECREF(o);
            return AotTV_FromShort(w);
        }
    }
    return AotTV_TagPtr(o);
}

AotTV
AotTV_FromObjectBorrowedSlow(PyObject *o)
{
    if (o == NULL) {
        return AOT_TV_ERR;
    }
    Py_INCREF(o);
    return AotTV_FromObjectSlow(o);
}

PyObject *
AotTV_Box(AotTV t)
{
    if (AotTV_IsShort(t)) {
        return PyLong_FromLongLong(AotTV_ShortValue(t));
    }
    return Py_NewRef(AotTV_Ptr(t));
}

PyObject *
AotTV_BoxSteal(AotTV t)
{
    if (t == AOT_TV_ERR) {
        return NULL;
    }
    if (AotTV_IsShort(t)) {
        return PyLong_FromLongLong(AotTV_ShortValue(t));
    }
    return AotTV_Ptr(t);
}

Py_ssize_t
AotTV_AsSsize(AotTV t)
{
    if (AotTV_IsShort(t)) {
        /* Py_ssize_t is 64-bit on every supported target; 63-bit fits. */
        return (Py_ssize_t)AotTV_ShortValue(t);
    }
    return PyNumber_AsSsize_t(AotTV_Ptr(t), PyExc_OverflowError);
}

/* ---- Binary slow paths ------------------------------------------------- */

static AotTV
tv_binary(AotTV a, AotTV b, binaryfunc fn)
{
    PyObject *ta, *tb, *oa, *ob, *r = NULL;
    oa = tv_borrow(a, &ta);
    ob = tv_borrow(b, &tb);
    if (oa != NULL && ob != NULL) {
        r = fn(oa, ob);
    }
    Py_XDECREF(ta);
    Py_XDECREF(tb);
    return AotTV_FromObject(r);
}

static PyObject *
tv_binary_obj(AotTV a, AotTV b, binaryfunc fn)
{
    PyObject *ta, *tb, *oa, *ob, *r = NULL;
    oa = tv_borrow(a, &ta);
    ob = tv_borrow(b, &tb);
    if (oa != NULL && ob != NULL) {
        r = fn(oa, ob);
    }
    Py_XDECREF(ta);
    Py_XDECREF(tb);
    return r;
}

/* Two-argument adapters for the ternary power functions. */
static PyObject *
num_power(PyObject *a, PyObject *b)
{
    return PyNumber_Power(a, b, Py_None);
}

static PyObject *
num_inplace_power(PyObject *a, PyObject *b)
{
    return PyNumber_InPlacePower(a, b, Py_None);
}

#define AOT_TV_SLOW(NAME, FN)                                                 \
    AotTV AotTV_##NAME##Slow(AotTV a, AotTV b)                                \
    {                                                                         \
        return tv_binary(a, b, FN);                                           \
    }
AOT_TV_SLOW(Add, PyNumber_Add)
AOT_TV_SLOW(Sub, PyNumber_Subtract)
AOT_TV_SLOW(Mul, PyNumber_Multiply)
AOT_TV_SLOW(FloorDiv, PyNumber_FloorDivide)
AOT_TV_SLOW(Mod, PyNumber_Remainder)
AOT_TV_SLOW(LShift, PyNumber_Lshift)
AOT_TV_SLOW(RShift, PyNumber_Rshift)
AOT_TV_SLOW(And, PyNumber_And)
AOT_TV_SLOW(Or, PyNumber_Or)
AOT_TV_SLOW(Xor, PyNumber_Xor)
AOT_TV_SLOW(Pow, num_power)
AOT_TV_SLOW(InPlaceAdd, PyNumber_InPlaceAdd)
AOT_TV_SLOW(InPlaceSub, PyNumber_InPlaceSubtract)
AOT_TV_SLOW(InPlaceMul, PyNumber_InPlaceMultiply)
AOT_TV_SLOW(InPlaceFloorDiv, PyNumber_InPlaceFloorDivide)
AOT_TV_SLOW(InPlaceMod, PyNumber_InPlaceRemainder)
AOT_TV_SLOW(InPlaceLShift, PyNumber_InPlaceLshift)
AOT_TV_SLOW(InPlaceRShift, PyNumber_InPlaceRshift)
AOT_TV_SLOW(InPlaceAnd, PyNumber_InPlaceAnd)
AOT_TV_SLOW(InPlaceOr, PyNumber_InPlaceOr)
AOT_TV_SLOW(InPlaceXor, PyNumber_InPlaceXor)
AOT_TV_SLOW(InPlacePow, num_inplace_power)
#undef AOT_TV_SLOW

PyObject *
AotTV_TrueDivSlow(AotTV a, AotTV b)
{
    return tv_binary_obj(a, b, PyNumber_TrueDivide);
}

PyObject *
AotTV_InPlaceTrueDivSlow(AotTV a, AotTV b)
{
    return tv_binary_obj(a, b, PyNumber_InPlaceTrueDivide);
}

/* ---- Unary slow paths -------------------------------------------------- */

static AotTV
tv_unary(AotTV a, unaryfunc fn)
{
    PyObject *ta, *oa, *r = NULL;
    oa = tv_borrow(a, &ta);
    if (oa != NULL) {
        r = fn(oa);
    }
    Py_XDECREF(ta);
    return AotTV_FromObject(r);
}

AotTV
AotTV_NegSlow(AotTV a)
{
    return tv_unary(a, PyNumber_Negative);
}

AotTV
AotTV_PosSlow(AotTV a)
{
    return tv_unary(a, PyNumber_Positive);
}

AotTV
AotTV_InvertSlow(AotTV a)
{
    return tv_unary(a, PyNumber_Invert);
}

/* ---- Comparisons ------------------------------------------------------- */

PyObject *
AotTV_RichCompareSlow(AotTV a, AotTV b, int op)
{
    PyObject *ta, *tb, *oa, *ob, *r = NULL;
    oa = tv_borrow(a, &ta);
    ob = tv_borrow(b, &tb);
    if (oa != NULL && ob != NULL) {
        r = PyObject_RichCompare(oa, ob, op);
    }
    Py_XDECREF(ta);
    Py_XDECREF(tb);
    return r;
}

int
AotTV_CompareBoolSlow(AotTV a, AotTV b, int op)
{
    PyObject *r = AotTV_RichCompareSlow(a, b, op);
    int res;
    if (r == NULL) {
        return -1;
    }
    res = AotObj_IsTrue(r);
    Py_DECREF(r);
    return res;
}
