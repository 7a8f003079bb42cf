/* pyaot_rt.h: the runtime library's public interface, the only header that
 * generated C includes.
 *
 * Conventions (runtime/README.md has the long form):
 *  - Every function follows the C-API error convention: NULL, -1 or
 *    AOT_TV_ERR with a Python exception set.
 *  - Every declaration says what it does with references on one line that
 *    ends in "Returns: new ref | borrowed | ..." and names stolen arguments;
 *    arguments not mentioned are borrowed.
 *  - Fast paths only ever apply to exact builtin types; everything else is
 *    the C-API call CPython's own bytecode would make, so CPython produces
 *    the results and the messages.
 */
#ifndef PYAOT_RT_H
#define PYAOT_RT_H

#include "aot_compat.h"
#include "aot_tv.h"
#include "aot_fv.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================
 * Tagged ints (aot_tv.h has the inline operations)
 * ====================================================================== */

/* The out-of-line rest of the two conversions below. */
AotTV AotTV_FromObjectSlow(PyObject *o);
AotTV AotTV_FromObjectBorrowedSlow(PyObject *o);
/* Steals o (NULL -> ERR): exact int fitting 63 bits -> short. Returns: new */
AOT_HOT AotTV
AotTV_FromObject(PyObject *o)
{
    int64_t v;
    if (__builtin_expect(o != NULL, 1) && PyLong_CheckExact(o) &&
        Aot_LongCompactValue(o, &v)) {
        Aot_DecRef(o);
        return AotTV_FromShort(v);
    }
    return AotTV_FromObjectSlow(o);
}
/* Borrows o: like AotTV_FromObject, increfs if kept as pointer. Returns: new
 */
AOT_HOT AotTV
AotTV_FromObjectBorrowed(PyObject *o)
{
    int64_t v;
    if (__builtin_expect(o != NULL, 1) && PyLong_CheckExact(o) &&
        Aot_LongCompactValue(o, &v))
        return AotTV_FromShort(v);
    return AotTV_FromObjectBorrowedSlow(o);
}
/* t borrowed (not ERR): the value as an object.  Returns: new ref */
PyObject *AotTV_Box(AotTV t);
/* Consumes t (ERR -> NULL): the value as an object.  Returns: new ref */
PyObject *AotTV_BoxSteal(AotTV t);
/* t borrowed: box when it is the object t was unboxed from (the local's
 * box, irbuild), else t boxed: the same object CPython would pass on,
 * no allocation.  Returns: new ref */
static inline PyObject *
AotTV_BoxOr(PyObject *box, AotTV t)
{
    if (box != NULL) {
        Py_INCREF(box);
        return box;
    }
    return AotTV_Box(t);
}
/* Index value of t as Py_ssize_t (operator.index semantics, -1 + exception
 * on error, OverflowError message of PyNumber_AsSsize_t).  Returns: value */
Py_ssize_t AotTV_AsSsize(AotTV t);

/* ======================================================================
 * Floats (aot_float.c)
 * ====================================================================== */

/* a / b; ZeroDivisionError sets error, returns -1.0.  Returns: value */
double AotFloat_Div(double a, double b);
/* a // b (float_floor_div); error returns -1.0.  Returns: value */
double AotFloat_FloorDiv(double a, double b);
/* a % b (float_rem); error returns -1.0.  Returns: value */
double AotFloat_Mod(double a, double b);
/* a ** b via PyNumber_Power (may be complex).  Returns: new ref */
PyObject *AotFloat_Pow(double a, double b);
/* Exact float <op> int/object comparison; -1 on error.  Returns: 0/1 */
int AotFloat_CompareTV(double a, AotTV b, int op);
/* Boxed float.  Returns: new ref */
PyObject *AotFloat_Box(double v);

/* math.f(x) for the one-argument float functions of the math module
 * (AOT_MATH_*, the order of aot_math_names in aot_float.c). mod is what
 * the name `math` holds; the fast path needs mod.f to be the math
 * module's own builtin f and x a plain double or short int; anything else,
 * and any result CPython would check (not finite, errno set), calls what
 * mod.f is now.  Returns: new FV (AOT_FV_ERR on error) */
enum {
    AOT_MATH_SQRT,
    AOT_MATH_EXP,
    AOT_MATH_LOG,
    AOT_MATH_LOG2,
    AOT_MATH_LOG10,
    AOT_MATH_SIN,
    AOT_MATH_COS,
    AOT_MATH_TAN,
    AOT_MATH_ASIN,
    AOT_MATH_ACOS,
    AOT_MATH_ATAN,
    AOT_MATH_SINH,
    AOT_MATH_COSH,
    AOT_MATH_TANH,
    AOT_MATH_FABS,
    AOT_MATH_N
};
AotFV AotMath_F1(PyObject *mod, int w, AotFV x);
AotFV AotMath_T1(PyObject *mod, int w, AotTV x);
/* The same for f(x) where f is what a name bound by `from math import
 * sqrt` holds now.  Returns: new FV (AOT_FV_ERR on error) */
AotFV AotMath_FN1(PyObject *f, int w, AotFV x);
AotFV AotMath_TN1(PyObject *f, int w, AotTV x);

/* ======================================================================
 * Generic object operations (aot_ops.c); all arguments borrowed.
 * ====================================================================== */

PyObject *AotNum_Add(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_Sub(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_Mul(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_TrueDiv(PyObject *a, PyObject *b);    /* Returns: new ref */
PyObject *AotNum_FloorDiv(PyObject *a, PyObject *b);   /* Returns: new ref */
PyObject *AotNum_Mod(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_Pow(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_LShift(PyObject *a, PyObject *b);     /* Returns: new ref */
PyObject *AotNum_RShift(PyObject *a, PyObject *b);     /* Returns: new ref */
PyObject *AotNum_And(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_Or(PyObject *a, PyObject *b);         /* Returns: new ref */
PyObject *AotNum_Xor(PyObject *a, PyObject *b);        /* Returns: new ref */
PyObject *AotNum_MatMul(PyObject *a, PyObject *b);     /* Returns: new ref */
PyObject *AotNum_InPlaceAdd(PyObject *a, PyObject *b); /* new ref */
PyObject *AotNum_InPlaceSub(PyObject *a, PyObject *b); /* new ref */
PyObject *AotNum_InPlaceMul(PyObject *a, PyObject *b); /* new ref */
PyObject *AotNum_InPlaceTrueDiv(PyObject *a, PyObject *b);  /* new ref */
PyObject *AotNum_InPlaceFloorDiv(PyObject *a, PyObject *b); /* new ref */
PyObject *AotNum_InPlaceMod(PyObject *a, PyObject *b);      /* new ref */
PyObject *AotNum_InPlacePow(PyObject *a, PyObject *b);      /* new ref */
PyObject *AotNum_InPlaceLShift(PyObject *a, PyObject *b);   /* new ref */
PyObject *AotNum_InPlaceRShift(PyObject *a, PyObject *b);   /* new ref */
PyObject *AotNum_InPlaceAnd(PyObject *a, PyObject *b);      /* new ref */
PyObject *AotNum_InPlaceOr(PyObject *a, PyObject *b);       /* new ref */
PyObject *AotNum_InPlaceXor(PyObject *a, PyObject *b);      /* new ref */
PyObject *AotNum_InPlaceMatMul(PyObject *a, PyObject *b);   /* new ref */
PyObject *AotNum_Neg(PyObject *a);    /* Returns: new ref */
PyObject *AotNum_Pos(PyObject *a);    /* Returns: new ref */
PyObject *AotNum_Invert(PyObject *a); /* Returns: new ref */

/* `not o`: Py_True/Py_False.  Returns: new ref */
PyObject *AotObj_Not(PyObject *o);
/* Truth of o with True/False/None shortcuts; -1 error.  Returns: 0/1 */
int AotObj_IsTrue(PyObject *o);
/* a <op> b.  Returns: new ref */
PyObject *AotObj_RichCompare(PyObject *a, PyObject *b, int op);
/* a <op> b then truth (no identity shortcut); -1 error.  Returns: 0/1 */
int AotObj_CompareBool(PyObject *a, PyObject *b, int op);
/* `item in container`; -1 error.  Returns: 0/1 */
int AotObj_Contains(PyObject *container, PyObject *item);

/* ======================================================================
 * Containers (aot_ops.c)
 * ====================================================================== */

/* o[key].  Returns: new ref */
PyObject *AotObj_GetItem(PyObject *o, PyObject *key);
/* o[idx], idx borrowed: an exact list indexed by a short inline, the
 * rest out of line.  Returns: new ref */
PyObject *AotObj_GetItemTVSlow(PyObject *o, AotTV idx);
/* The item slot of exact list o at short index idx (negative counts from
 * the end), or NULL when o is not an exact list, idx not a short or out
 * of range: the inline fast paths' common part. */
AOT_HOT PyObject **
AotList_SlotTV(PyObject *o, AotTV idx)
{
    if (PyList_CheckExact(o) && AotTV_IsShort(idx)) {
        Py_ssize_t n = PyList_GET_SIZE(o);
        int64_t i = AotTV_ShortValue(idx);
        if (i < 0)
            i += n;
        if ((uint64_t)i < (uint64_t)n)
            return &((PyListObject *)o)->ob_item[i];
    }
    return NULL;
}
/* o[idx] = v; v borrowed. An exact list's item is replaced inline (the
 * store first: the old item's __del__ may look at the list), and not at
 * all when it already is v (flags[j] = False), which only saves the
 * reference count updates. -1 error.  Returns: 0 */
int AotObj_SetItemTVSlow(PyObject *o, AotTV idx, PyObject *v);
AOT_HOT int
AotObj_SetItemTV(PyObject *o, AotTV idx, PyObject *v)
{
    PyObject **slot = AotList_SlotTV(o, idx);
    if (__builtin_expect(slot != NULL, 1)) {
        PyObject *old = *slot;
        if (old != v) {
            *slot = Py_NewRef(v);
            Aot_DecRef(old);
        }
        return 0;
    }
    return AotObj_SetItemTVSlow(o, idx, v);
}
AOT_HOT PyObject *
AotObj_GetItemTV(PyObject *o, AotTV idx)
{
    PyObject **slot = AotList_SlotTV(o, idx);
    if (slot) {
        Py_INCREF(*slot);
        return *slot;
    }
    return AotObj_GetItemTVSlow(o, idx);
}
/* o[idx] wanted as a predicted int or float: an exact list's item is
 * unboxed from its slot without a reference taken and dropped around it.
 * Returns: new (ERR on error) */
AOT_HOT AotTV
AotObj_GetItemTV_TV(PyObject *o, AotTV idx)
{
    PyObject **slot = AotList_SlotTV(o, idx);
    if (__builtin_expect(slot != NULL, 1))
        return AotTV_FromObjectBorrowed(*slot);
    return AotTV_FromObject(AotObj_GetItemTVSlow(o, idx));
}
AOT_HOT AotFV
AotObj_GetItemTV_FV(PyObject *o, AotTV idx)
{
    PyObject **slot = AotList_SlotTV(o, idx);
    if (__builtin_expect(slot != NULL, 1))
        return AotFV_FromObjectBorrowed(*slot);
    return AotFV_FromObject(AotObj_GetItemTVSlow(o, idx));
}
/* o[key] = v; -1 error.  Returns: 0 (v borrowed) */
int AotObj_SetItem(PyObject *o, PyObject *key, PyObject *v);
/* o[idx] = v; -1 error.  Returns: 0 (v borrowed) */

/* o[idx] = v for a float-predicted v (row[j] += x): when the item it
 * replaces is an exact float of an exact list that nothing else refers
 * to, that object takes the new value in place and nothing is
 * allocated. No one can tell: the old object was about to be freed, and
 * a new one might well have reused its address. The rest boxes v.  -1
 * error.  Returns: 0 (v borrowed) */
int AotObj_SetItemTVFVSlow(PyObject *o, AotTV idx, AotFV v);
AOT_HOT int
AotObj_SetItemTVFV(PyObject *o, AotTV idx, AotFV v)
{
    PyObject **slot = AotFV_IsPtr(v) ? NULL : AotList_SlotTV(o, idx);
    if (slot && PyFloat_CheckExact(*slot) && Py_REFCNT(*slot) == 1) {
        ((PyFloatObject *)*slot)->ob_fval = AotFV_Double(v);
        return 0;
    }
    return AotObj_SetItemTVFVSlow(o, idx, v);
}
/* o[idx] = v for an int-predicted v (data[i] = (data[i] + x) % m): up to
 * 3.11, when the item it replaces is an exact one-digit int of an exact
 * list that nothing else refers to and v is a one-digit int outside the
 * small-int cache, that object takes the new value in place, as
 * AotObj_SetItemTVFV does for floats. The rest boxes v.  -1 error.
 * Returns: 0 (v borrowed) */
int AotObj_SetItemTVTVSlow(PyObject *o, AotTV idx, AotTV v);
AOT_HOT int
AotObj_SetItemTVTV(PyObject *o, AotTV idx, AotTV v)
{
#if PY_VERSION_HEX < 0x030C0000
    PyObject **slot = AotTV_IsShort(v) ? AotList_SlotTV(o, idx) : NULL;
    if (slot && PyLong_CheckExact(*slot) && Py_REFCNT(*slot) == 1 &&
        (Py_SIZE(*slot) == 1 || Py_SIZE(*slot) == -1)) {
        int64_t x = AotTV_ShortValue(v);
        /* -5..256 must stay the cached objects (`is` tells) */
        if ((x > 256 && x < ((int64_t)1 << PyLong_SHIFT)) ||
            (x < -5 && x > -((int64_t)1 << PyLong_SHIFT))) {
            Py_SET_SIZE(*slot, x < 0 ? -1 : 1);
            ((PyLongObject *)*slot)->ob_digit[0] = (digit)(x < 0 ? -x : x);
            return 0;
        }
    }
#endif
    return AotObj_SetItemTVTVSlow(o, idx, v);
}
/* Two subscripts in a row, x[i][j] (dp[i - 1][j] + 1, grid[r][c] = v):
 * the row x[i] is only borrowed while nothing can run code, which is
 * when x and the row are exact lists, i is a short in range and j a
 * short. j is a local read without its bound check, so the order of
 * evaluation stays CPython's (x[i] first, then j): opc says what the
 * index is: (c << 2) | 0 for j itself, | 1 for j + c, | 2 for j - c, c
 * a literal in [0, 2**40). jname is j's name for UnboundLocalError. The
 * slow paths do each step as CPython does (the row owned). */
AOT_HOT PyObject *
AotList_Row2(PyObject *x, AotTV i)
{
    PyObject **rs = AotList_SlotTV(x, i);
    return rs && PyList_CheckExact(*rs) ? *rs : NULL;
}
AOT_HOT AotTV
AotIndex2(int64_t opc, AotTV j)
{
    if (!AotTV_IsShort(j))
        return AOT_TV_ERR; /* a big int, another object, or unbound */
    int64_t v = AotTV_ShortValue(j), c = opc >> 2;
    v = (opc & 3) == 1 ? v + c : (opc & 3) == 2 ? v - c : v;
    return AotTV_FitsShort(v) ? AotTV_FromShort(v) : AOT_TV_ERR;
}
PyObject *AotObj_GetItem2Slow(int64_t opc,
                              PyObject *x,
                              AotTV i,
                              AotTV j,
                              PyObject *jname);
/* The item slot of x[i][j], or NULL (see AotList_Row2). */
AOT_HOT PyObject **
AotList_Slot2(int64_t opc, PyObject *x, AotTV i, AotTV j)
{
    PyObject *row = AotList_Row2(x, i);
    if (row == NULL)
        return NULL;
    AotTV k = AotIndex2(opc, j);
    return k == AOT_TV_ERR ? NULL : AotList_SlotTV(row, k);
}
/* x[i][j].  Returns: new ref */
AOT_HOT PyObject *
AotObj_GetItem2(int64_t opc, PyObject *x, AotTV i, AotTV j, PyObject *jname)
{
    PyObject **slot = AotList_Slot2(opc, x, i, j);
    if (__builtin_expect(slot != NULL, 1))
        return Py_NewRef(*slot);
    return AotObj_GetItem2Slow(opc, x, i, j, jname);
}
/* x[i][j] as a predicted int / float.  Returns: new (ERR on error) */
AOT_HOT AotTV
AotObj_GetItem2_TV(int64_t opc, PyObject *x, AotTV i, AotTV j, PyObject *jname)
{
    PyObject **slot = AotList_Slot2(opc, x, i, j);
    if (__builtin_expect(slot != NULL, 1))
        return AotTV_FromObjectBorrowed(*slot);
    return AotTV_FromObject(AotObj_GetItem2Slow(opc, x, i, j, jname));
}
AOT_HOT AotFV
AotObj_GetItem2_FV(int64_t opc, PyObject *x, AotTV i, AotTV j, PyObject *jname)
{
    PyObject **slot = AotList_Slot2(opc, x, i, j);
    if (__builtin_expect(slot != NULL, 1))
        return AotFV_FromObjectBorrowed(*slot);
    return AotFV_FromObject(AotObj_GetItem2Slow(opc, x, i, j, jname));
}
/* The row of x[i][j] = v, borrowed, and *k the index, when the store
 * can go straight into it: as AotList_Slot2, j in range, and dropping
 * the item it replaces runs no code either (the item lives on, or is an
 * exact int or float): a __del__ could remove the row from x, which
 * CPython keeps alive until the store is done.  Else NULL. */
AOT_HOT PyObject *
AotList_Row2Store(int64_t opc, PyObject *x, AotTV i, AotTV j, AotTV *k)
{
    PyObject *row = AotList_Row2(x, i), **slot;
    if (row == NULL || (*k = AotIndex2(opc, j)) == AOT_TV_ERR ||
        (slot = AotList_SlotTV(row, *k)) == NULL)
        return NULL;
    if (Py_REFCNT(*slot) == 1 && !PyLong_CheckExact(*slot) &&
        !PyFloat_CheckExact(*slot))
        return NULL;
    return row;
}
/* x[i][j] = v step by step with the row owned; kind 0: v is vo, 1: vt
 * (a predicted int), 2: vf (a predicted float).  -1 error.  Returns: 0 */
int AotObj_SetItem2Slow(int kind,
                        int64_t opc,
                        PyObject *x,
                        AotTV i,
                        AotTV j,
                        PyObject *jname,
                        PyObject *vo,
                        AotTV vt,
                        AotFV vf);
/* x[i][j] = v, v an object / predicted int / predicted float (the store
 * into the row as AotObj_SetItemTV, _TVTV, _TVFV do it).  -1 error.
 * Returns: 0 (v borrowed) */
AOT_HOT int
AotObj_SetItem2(int64_t opc,
                PyObject *x,
                AotTV i,
                AotTV j,
                PyObject *jname,
                PyObject *v)
{
    AotTV k;
    PyObject *row = AotList_Row2Store(opc, x, i, j, &k);
    if (row != NULL)
        return AotObj_SetItemTV(row, k, v);
    return AotObj_SetItem2Slow(0, opc, x, i, j, jname, v, 0, 0);
}
AOT_HOT int
AotObj_SetItem2_TV(int64_t opc,
                   PyObject *x,
                   AotTV i,
                   AotTV j,
                   PyObject *jname,
                   AotTV v)
{
    AotTV k;
    PyObject *row = AotList_Row2Store(opc, x, i, j, &k);
    if (row != NULL)
        return AotObj_SetItemTVTV(row, k, v);
    return AotObj_SetItem2Slow(1, opc, x, i, j, jname, NULL, v, 0);
}
AOT_HOT int
AotObj_SetItem2_FV(int64_t opc,
                   PyObject *x,
                   AotTV i,
                   AotTV j,
                   PyObject *jname,
                   AotFV v)
{
    AotTV k;
    PyObject *row = AotList_Row2Store(opc, x, i, j, &k);
    if (row != NULL)
        return AotObj_SetItemTVFV(row, k, v);
    return AotObj_SetItem2Slow(2, opc, x, i, j, jname, NULL, 0, v);
}
/* del o[key]; -1 error.  Returns: 0 */
int AotObj_DelItem(PyObject *o, PyObject *key);
/* o[lo:hi:step], NULL parts omitted.  Returns: new ref */
PyObject *AotObj_GetSlice(PyObject *o,
                          PyObject *lo,
                          PyObject *hi,
                          PyObject *step);
/* o[lo:hi:step] = v; -1 error.  Returns: 0 */
int AotObj_SetSlice(PyObject *o,
                    PyObject *lo,
                    PyObject *hi,
                    PyObject *step,
                    PyObject *v);
/* o[lo:hi:st] with tagged bounds; mask bits 1, 2, 4 say which of lo, hi,
 * st are present (the others are None). Exact lists (any step), tuples
 * and strs (step 1) are sliced without a slice object.  Returns: new ref */
PyObject *AotObj_GetSliceTV(int mask,
                            PyObject *o,
                            AotTV lo,
                            AotTV hi,
                            AotTV st);
/* o[lo:hi:st] = v with tagged bounds (as AotObj_GetSliceTV); -1 error.
 * Returns: 0 (v borrowed) */
int AotObj_SetSliceTV(int mask,
                      PyObject *o,
                      AotTV lo,
                      AotTV hi,
                      AotTV st,
                      PyObject *v);
/* del o[lo:hi:step]; -1 error.  Returns: 0 */
int AotObj_DelSlice(PyObject *o, PyObject *lo, PyObject *hi, PyObject *step);
/* len(o) as a TV, ERR on error.  Returns: new (short unless a __len__
 * returned more than 2^62-1) */
AotTV AotObj_Len(PyObject *o);
/* len(o) for the builtin `len` fast path.  Returns: new (as AotObj_Len) */
AotTV AotBuiltin_LenTV(PyObject *o);
/* fn(*a) with a[0..n-1] boxed (n <= 8): the slow path of the min, max
 * and abs fast paths when an operand is not short (not a plain double)
 * or the name no longer means the builtin.  Returns: new (ERR on error) */
AotTV AotCall_TVArgs(PyObject *fn, const AotTV *a, int n);
AotFV AotCall_FVArgs(PyObject *fn, const AotFV *a, int n);
/* q, r = fn(a, b) (divmod's slow path: fn is not the builtin or an
 * operand not a short): the call, then the unpacking of its result into
 * two values with CPython's errors; *r receives the second.  Returns: new
 * (ERR on error, *r then untouched) */
AotTV AotCall_Divmod2(PyObject *fn, AotTV a, AotTV b, AotTV *r);
/* The call expression `o.get(k)` (v NULL) or `o.get(k, v)`: an exact
 * dict's lookup in place, any other object's own get.  Returns: new ref */
PyObject *AotObj_Get(PyObject *o, PyObject *k, PyObject *v);
/* The call expression `o.startswith(x)` (end 0) or `o.endswith(x)` (end
 * 1): str's own comparison for an exact str and str argument, else the
 * method.  Returns: new ref */
PyObject *AotObj_TailMatch(int end, PyObject *o, PyObject *x);
/* `o.find(x)` (which 0), `o.rfind(x)` (1), `o.count(x)` (2): str's own
 * search for an exact str and str argument, else the method.  Returns:
 * new ref */
PyObject *AotObj_StrFind(int which, PyObject *o, PyObject *x);
/* The call expression `o.append(x)`.  Returns: new ref */
PyObject *AotObj_Append(PyObject *o, PyObject *x);
/* o.append(x) when x can run code, in two steps: Pre before x is
 * evaluated gives the bound method (None for an exact list, whose append
 * cannot change); Post calls it. Returns: new (NULL on error) */
PyObject *AotObj_AppendPreSlow(PyObject *o);
static inline PyObject *
AotObj_AppendPre(PyObject *o)
{
    return PyList_CheckExact(o) ? Py_NewRef(Py_None) : AotObj_AppendPreSlow(o);
}
static inline PyObject *
AotObj_AppendPost(PyObject *o, PyObject *meth, PyObject *x)
{
    /* an exact list stays one: its __class__ cannot be assigned */
    if (PyList_CheckExact(o))
        return PyList_Append(o, x) < 0 ? NULL : Py_NewRef(Py_None);
    return PyObject_CallOneArg(meth, x);
}

/* list(n NULL slots), like PyList_New.  Returns: new ref */
PyObject *AotList_New(Py_ssize_t n);
/* [*iterable] step: list.extend with CPython's "Value after *" message.
 * -1 error.  Returns: 0 */
int AotList_Extend(PyObject *list, PyObject *iterable);
/* {*iterable} step: set.update.  -1 error.  Returns: 0 */
int AotSet_Update(PyObject *set, PyObject *iterable);
/* {**mapping} step: dict.update with "'T' object is not a mapping".
 * -1 error.  Returns: 0 */
int AotDict_Update(PyObject *dict, PyObject *mapping);
/* tuple(list).  Returns: new ref */
PyObject *AotList_AsTuple(PyObject *list);

/* `a, b, c = seq`: out[0..n) get new refs; -1 error (out holds no refs).
 * Returns: 0 */
int AotSeq_Unpack(PyObject *seq, Py_ssize_t n, PyObject **out);
/* `a, *b, c = seq`: out[0..before+1+after), out[before] a new list;
 * -1 error (out holds no refs).  Returns: 0 */
int AotSeq_UnpackEx(PyObject *seq,
                    Py_ssize_t before,
                    Py_ssize_t after,
                    PyObject **out);

/* ======================================================================
 * Iteration (aot_ops.c)
 * ====================================================================== */

/* iter(o).  Returns: new ref */
PyObject *AotIter_Get(PyObject *o);
/* next(it); NULL with no exception = exhausted.  Returns: new ref */
PyObject *AotIter_Next(PyObject *it);

/* ======================================================================
 * Calls (aot_ops.c)
 * ====================================================================== */

/* func(*args, **kwargs); args a tuple, kwargs dict or NULL.  Returns: new */
PyObject *AotCall_Star(PyObject *func, PyObject *args, PyObject *kwargs);
/* f(*x): list.extend(x) with CPython's "f() argument after * must be an
 * iterable, not T".  -1 error.  Returns: 0 */
int AotCall_ExtendArgs(PyObject *list, PyObject *func, PyObject *iterable);
/* f(**m): merge into dict with "argument after ** must be a mapping" and
 * "got multiple values for keyword argument".  -1 error.  Returns: 0 */
int AotCall_MergeKwargs(PyObject *dict, PyObject *func, PyObject *mapping);

/* ======================================================================
 * Compiled functions (aot_func.c)
 * ====================================================================== */

#define AOT_FUNC_VARARGS 1
#define AOT_FUNC_VARKW 2

/* Static description of one `def`, emitted by the code generator.  Fields
 * after `filename` belong to the runtime: leave them zero-initialized. */
typedef struct AotFuncDesc {
    const char *name, *qualname;
    int npos, nposonly, nkwonly; /* npos includes posonly */
    int flags;                   /* AOT_FUNC_VARARGS | AOT_FUNC_VARKW */
    /* npos + nkwonly (+1 *args name) (+1 **kw name), in that order */
    const char *const *argnames;
    vectorcallfunc vectorcall;
    int firstlineno;
    const char *filename;
    /* runtime-owned: tuple of interned argnames, filled on first use */
    PyObject *rt_names;
} AotFuncDesc;

/* Instance layout of the shared function type ("pyaot_function"). */
typedef struct AotFunctionObject {
    PyObject_HEAD vectorcallfunc vectorcall;
    AotFuncDesc *desc;
    PyObject *globals;     /* dict, never NULL */
    PyObject *name;        /* str */
    PyObject *qualname;    /* str */
    PyObject *module;      /* any or NULL */
    PyObject *doc;         /* any, None default */
    PyObject *defaults;    /* tuple or NULL */
    PyObject *kwdefaults;  /* dict or NULL */
    PyObject *annotations; /* dict or NULL (created on access) */
    PyObject *dict;        /* __dict__ or NULL */
    PyObject *code;        /* lazily built code object or NULL */
    PyObject *weakreflist;
} AotFunctionObject;

/* For a direct call that leaves out arguments among the last k positional
 * parameters (all of them, or some when keywords skip a default): the
 * function's __defaults__ when it still has at least k items (the caller
 * reads the ones it needs from the end), else NULL (no error set: take
 * the generic call).
 * Returns: new ref or NULL (borrowed: the Borrowed variant, for callers
 * that take numbers out of it before any code can run) */
AOT_HOT PyObject *
AotFunction_DefaultsTailBorrowed(PyObject *fn, Py_ssize_t k)
{
    PyObject *t = ((AotFunctionObject *)fn)->defaults;
    if (t == NULL || PyTuple_GET_SIZE(t) < k)
        return NULL;
    return t;
}
AOT_HOT PyObject *
AotFunction_DefaultsTail(PyObject *fn, Py_ssize_t k)
{
    PyObject *t = AotFunction_DefaultsTailBorrowed(fn, k);
    Py_XINCREF(t);
    return t;
}

/* New compiled function object.  All arguments borrowed (defaults a tuple
 * or NULL, kwdefaults/annotations dict or NULL, doc NULL -> None).
 * Returns: new ref */
PyObject *AotFunction_New(AotFuncDesc *desc,
                          PyObject *globals,
                          PyObject *defaults,
                          PyObject *kwdefaults,
                          PyObject *doc,
                          PyObject *annotations);
/* Is o a compiled function (of any compiled module)?  Returns: 0/1 */
int AotFunction_Check(PyObject *o);

/* f.__defaults__ (f must be a compiled function).  Returns: borrowed */
static inline PyObject *
AotFunction_Defaults(PyObject *f)
{
    return ((AotFunctionObject *)f)->defaults;
}

/* f.__kwdefaults__.  Returns: borrowed (NULL if none) */
static inline PyObject *
AotFunction_KwDefaults(PyObject *f)
{
    return ((AotFunctionObject *)f)->kwdefaults;
}

/* f.__globals__.  Returns: borrowed */
static inline PyObject *
AotFunction_Globals(PyObject *f)
{
    return ((AotFunctionObject *)f)->globals;
}

/* Bind a vectorcall to func's parameters: out[0..total) get new refs, in
 * desc order (positional, kw-only, *args tuple, **kwargs dict), defaults
 * from the current __defaults__/__kwdefaults__; -1 error (out holds no
 * refs) with CPython's exact TypeError.  Returns: 0 */
int AotArgs_Parse(PyObject *func,
                  PyObject *const *args,
                  size_t nargsf,
                  PyObject *kwnames,
                  PyObject **out);

/* Recursion accounting for native entries. Py_EnterRecursiveCall is an
 * out-of-line call into libpython, and a per-thread counter that every
 * call decrements and increments chains each call to the previous one
 * through memory (a load-add-store on one address), which cost a third
 * of a small recursive function's time. So every compiled body takes its
 * native depth d as a parameter (callers pass their own + 1) and compares
 * it with a cached recursion limit. At every 64th level, and past the
 * cached limit, AotFunc_DepthSlow re-reads sys.getrecursionlimit(),
 * checks the C stack margin and raises RecursionError ("maximum recursion
 * depth exceeded") when either is exhausted.
 *
 * Code entered from outside (a vectorcall, the module body) finds its
 * depth in the thread-local Aot_depth: a body that can run Python code
 * stores its depth there on entry and after each direct call, and the
 * entry restores the caller's value on the way out. Bodies that only do
 * tagged-int work never touch it (even a store per call cost 15% of a
 * small recursive function). */
extern __thread int Aot_depth __attribute__((tls_model("initial-exec")));
extern int Aot_depth_limit;
/* Returns: 0, or -1 with RecursionError set */
__attribute__((cold)) int AotFunc_DepthSlow(int d);
/* Entry check of a body at native depth d.  Returns: 0, or -1 with
 * RecursionError set */
static inline int
AotFunc_Enter(int d)
{
    if (__builtin_expect(d > Aot_depth_limit || (d & 63) == 0, 0))
        return AotFunc_DepthSlow(d);
    return 0;
}
/* The depth of a body entered from outside compiled code: one below the
 * innermost running compiled body that can run Python code. Refreshes
 * the cached limit, so a limit lowered by interpreted code is seen at
 * once. The caller sets Aot_depth back to d - 1 afterwards.
 * Returns: the depth d */
int AotFunc_EntryDepth(void);

/* ======================================================================
 * Globals, builtins, module setup, constants, imports (aot_module.c)
 * ====================================================================== */

/* One per (module, global name) load site group; zero-init except name. */
/* What a module's caches know about its globals dict (<= 3.11): every
 * entry filled in epoch `epoch` is current while the dict's version is
 * `gver`. A store by compiled code (AotGlobal_StoreCached) changes one
 * name, so it moves gver along and updates that name's entry instead of
 * invalidating them all; any other change of the dict starts a new
 * epoch. */
typedef struct AotGlobalsState {
    uint64_t gver;
    uint64_t epoch;
} AotGlobalsState;

typedef struct AotGlobalCache {
    PyObject *name;               /* interned str, set by the module init */
    AotGlobalsState *state;       /* the module's, set by the module init */
    PyObject *globals, *builtins; /* dicts the cache was filled from */
    uint64_t gver, bver;          /* their versions (<= 3.11) */
    uint64_t epoch;               /* state->epoch (<= 3.11) or the watcher
                                     epoch (3.12+) when filled */
    PyObject *value;              /* borrowed from one of the dicts */
    int from_globals;             /* the last lookup found it in globals */
} AotGlobalCache;

/* One `x.name(...)` call site's cache: the method found on x's type,
 * kept while x has that same type and the type its version tag. It is
 * what CPython's own LOAD_METHOD specialization relies on: a type's
 * version tag changes whenever an attribute of it or of a base changes,
 * and tags are never reused, so the type's dict still holds meth. Only
 * filled for types whose instances have no __dict__ and whose attribute
 * lookup is the generic one (str, list, dict, int, bytes, ...), so
 * nothing on the instance can shadow the method. */
typedef struct AotMethCache {
    PyTypeObject *type;
    unsigned int version;
    PyObject *meth; /* borrowed, see above */
    /* `module.f(...)` (up to 3.11): the value found in the module's dict,
     * kept while the dict has the same version (versions are unique and
     * change with every mutation, so the dict still holds mval). */
    PyObject *mdict;
    uint64_t mver;
    PyObject *mval; /* borrowed */
} AotMethCache;

/* One `module.name` load site's cache (up to 3.11): the value found in
 * a plain module's dict, kept while the dict has the same version (as
 * AotMethCache's module entry). */
typedef struct AotAttrCache {
    PyObject *mdict;
    uint64_t mver;
    PyObject *val; /* borrowed */
} AotAttrCache;

/* PyObject_GetAttr(o, name) with the cache above.  Returns: new ref */
PyObject *AotAttr_Load(AotAttrCache *c, PyObject *o, PyObject *name);

/* The call on a cache miss: fills the cache when it may, else
 * PyObject_VectorcallMethod. args[0] is self; nargsf counts it. */
PyObject *AotMeth_CallSlow(AotMethCache *c,
                           PyObject *name,
                           PyObject *const *args,
                           size_t nargsf,
                           PyObject *kwnames);
/* x.name(args...) as PyObject_VectorcallMethod(name, args, nargsf,
 * kwnames). Returns: new ref */
static inline PyObject *
AotMeth_Call(AotMethCache *c,
             PyObject *name,
             PyObject *const *args,
             size_t nargsf,
             PyObject *kwnames)
{
    PyTypeObject *tp = Py_TYPE(args[0]);
    if (__builtin_expect(tp == c->type && tp->tp_version_tag == c->version &&
                           PyType_HasFeature(tp, Py_TPFLAGS_VALID_VERSION_TAG),
                         1)) {
        /* A reference for the call: it may delete the type's method. */
        PyObject *m = c->meth, *r;
        Py_INCREF(m);
        r = PyObject_Vectorcall(m, args, nargsf, kwnames);
        Py_DECREF(m);
        return r;
    }
    return AotMeth_CallSlow(c, name, args, nargsf, kwnames);
}

/* Load a global: globals, then builtins, NameError.  Returns: new ref */
PyObject *AotGlobal_Load(PyObject *globals,
                         PyObject *builtins,
                         AotGlobalCache *c);
/* Same, valid until arbitrary code runs.  Returns: borrowed */
PyObject *AotGlobal_LoadBorrowed(PyObject *globals,
                                 PyObject *builtins,
                                 AotGlobalCache *c);
/* Inline fast paths of the two loads: the cached value while both dicts
 * are unchanged (version tags up to 3.11; the watcher path is out of
 * line). */
AOT_HOT PyObject *
AotGlobal_LoadBorrowedFast(PyObject *globals,
                           PyObject *builtins,
                           AotGlobalCache *c)
{
#if !AOT_USE_DICT_WATCHER
    PyObject *v = c->value;
    if (v != NULL && c->globals == globals && c->builtins == builtins &&
        c->gver == ((PyDictObject *)globals)->ma_version_tag &&
        c->bver == ((PyDictObject *)builtins)->ma_version_tag)
        return v;
#endif
    return AotGlobal_LoadBorrowed(globals, builtins, c);
}
AOT_HOT PyObject *
AotGlobal_LoadFast(PyObject *globals, PyObject *builtins, AotGlobalCache *c)
{
    PyObject *v = AotGlobal_LoadBorrowedFast(globals, builtins, c);
    Py_XINCREF(v);
    return v;
}
/* Direct-call guard of a call site: does the global still hold fn?
 * Returns 1 (call fn's native entry), 0 (call what the global holds now,
 * in *now), -1 (NameError set). ok[0] remembers the globals' version at
 * the last check that found fn in the globals themselves (builtins cannot
 * shadow a global), so a repeat costs one compare (up to 3.11; the
 * watcher path checks the slot cache instead). A version is never 0, and
 * versions are unique across dicts, so a match also means fn has been
 * defined. Before the def has run fn is NULL, which no lookup returns. */
AOT_HOT int
AotGlobal_StillFunc(PyObject *globals,
                    PyObject *builtins,
                    AotGlobalCache *c,
                    PyObject *fn,
                    uint64_t ok[1],
                    PyObject **now)
{
    (void)ok;
#if !AOT_USE_DICT_WATCHER
    uint64_t gv = ((PyDictObject *)globals)->ma_version_tag;
    if (__builtin_expect(gv == ok[0], 1))
        return 1;
#endif
    PyObject *v = AotGlobal_LoadBorrowedFast(globals, builtins, c);
    *now = v;
    if (v == NULL)
        return -1;
    if (v != fn)
        return 0;
#if !AOT_USE_DICT_WATCHER
    if (c->from_globals && PyDict_CheckExact(globals))
        ok[0] = gv;
#endif
    return 1;
}

/* Mixed int/float arithmetic between an int-predicted word and an unboxed
 * double: TF is `tv op d`, FT is `d op tv`. A short int converts to double
 * the way CPython converts an int operand (round-half-even), so the fast
 * path gives CPython's result; zero divisors and pointers take the
 * generic path so CPython raises or dispatches.  Returns: new ref */
#define AOT_MIXED_OP(NAME, OP, ZCHECK_TF, ZCHECK_FT)                          \
    static inline PyObject *AotNum_##NAME##TF(AotTV a, double b)              \
    {                                                                         \
        if (AotTV_IsShort(a) && (ZCHECK_TF))                                  \
            return PyFloat_FromDouble((double)AotTV_ShortValue(a) OP b);      \
        PyObject *x = AotTV_Box(a), *y = x ? PyFloat_FromDouble(b) : NULL;    \
        PyObject *r = y ? AotNum_##NAME(x, y) : NULL;                         \
        Py_XDECREF(x);                                                        \
        Py_XDECREF(y);                                                        \
        return r;                                                             \
    }                                                                         \
    static inline PyObject *AotNum_##NAME##FT(double a, AotTV b)              \
    {                                                                         \
        if (AotTV_IsShort(b) && (ZCHECK_FT))                                  \
            return PyFloat_FromDouble(a OP(double) AotTV_ShortValue(b));      \
        PyObject *x = PyFloat_FromDouble(a), *y = x ? AotTV_Box(b) : NULL;    \
        PyObject *r = y ? AotNum_##NAME(x, y) : NULL;                         \
        Py_XDECREF(x);                                                        \
        Py_XDECREF(y);                                                        \
        return r;                                                             \
    }
AOT_MIXED_OP(Add, +, 1, 1)
AOT_MIXED_OP(Sub, -, 1, 1)
AOT_MIXED_OP(Mul, *, 1, 1)
AOT_MIXED_OP(TrueDiv, /, b != 0.0, AotTV_ShortValue(b) != 0)
#undef AOT_MIXED_OP

/* globals[name] = v; -1 error.  Returns: 0 */
int AotGlobal_Store(PyObject *globals, PyObject *name, PyObject *v);
/* globals[c->name] = v by compiled code: the other cache entries of the
 * module stay current. -1 error.  Returns: 0 (v borrowed) */
int AotGlobal_StoreCached(PyObject *globals,
                          PyObject *builtins,
                          AotGlobalCache *c,
                          PyObject *v);
/* del globals[name] with NameError; -1 error.  Returns: 0 */
int AotGlobal_Delete(PyObject *globals, PyObject *name);
/* globals['__builtins__'] as a dict, like a frame's f_builtins.
 * Returns: borrowed (NULL + exception on error) */
PyObject *AotModule_Builtins(PyObject *globals);
/* Module exec prologue: runtime init, __builtins__ in the module dict.
 * Returns: 0 / -1; *globals_out, *builtins_out borrowed */
/* Runs a compiled module body inside one real Python frame whose globals
 * are the module dict (a one-line trampoline), so library code that looks
 * for "the caller's module" through frames (type(), namedtuple, warnings)
 * finds this module instead of importlib. The trampoline's own traceback
 * entry is removed from escaping exceptions.  Returns: new ref */
PyObject *AotModule_RunBody(PyObject *(*body)(int),
                            const char *filename,
                            PyObject *globals);
/* Fills cache[i].name with the interned names[i] and points each entry at
 * state.  Returns: 0, or -1 with an exception set */
int AotGlobal_InitNames(AotGlobalCache *cache,
                        const char *const *names,
                        int n,
                        AotGlobalsState *state);
int AotModule_Setup(PyObject *module,
                    const char *filename_for_tracebacks,
                    PyObject **globals_out,
                    PyObject **builtins_out);

/* Interned str from UTF-8 (surrogatepass).  Returns: new ref */
PyObject *AotConst_Str(const char *utf8, Py_ssize_t n);
/* Interned str from a unicode-escape ASCII literal.  Returns: new ref */
PyObject *AotConst_StrEscaped(const char *ascii, Py_ssize_t n);
/* bytes.  Returns: new ref */
PyObject *AotConst_Bytes(const char *s, Py_ssize_t n);
/* int literal text ("0x1f", "1_000", ...).  Returns: new ref */
/* A constant folded at module init (IK_FOLD): a op b, or op a when b is
 * NULL. op: + - * / (floor) % p (power) < (lshift) > (rshift) & | ^,
 * unary n (negate) u (plus) ~.  Returns: new ref */
PyObject *AotConst_Fold(int op, PyObject *a, PyObject *b);
PyObject *AotConst_Int(const char *literal_text);
/* float literal text, CPython rounding.  Returns: new ref */
PyObject *AotConst_Float(const char *text);
/* imaginary literal text ("2.5j" or "2.5").  Returns: new ref */
PyObject *AotConst_Complex(const char *imag_text);

/* Module loops with globals in registers (src/infer/infer.c, "module
 * loops"). The guard for one name: kind 0 (read): unbound in globals and
 * builtins, or an int, float, bool, str, bytes, complex, None or a tuple,
 * list or dict of those (nested at most 8 deep, 2^20 items in all); kind
 * 1 (stored only): unbound in globals or such
 * a value (the loop's store releases it: no __del__ may run late); kind
 * 2-8: the name is unshadowed and builtins holds fast[kind - 2]; kind 9:
 * builtins holds range.  Never raises.  Returns: 1 or 0 */
int AotPromote_Ok(PyObject *globals,
                  PyObject *builtins,
                  AotGlobalCache *c,
                  int kind,
                  PyObject *const *fast);
/* A docstring as the target's compiler keeps it: from 3.13 cleaned of
 * indentation (CPython's compile-time cleandoc), before that as written.
 * Returns: new ref */
PyObject *AotDoc_Clean(PyObject *doc);
/* A module loop pauses the cyclic garbage collector while globals are in
 * registers (its finalizers and callbacks are Python code): returns
 * whether it was enabled; resuming (was 1) runs a collection that came
 * due.  Never raise. */
int AotPromote_GCPause(void);
void AotPromote_GCResume(int was);
/* A module loop's guard for a module function it calls: the global holds
 * fn (the def's own function object) and its __defaults__ are plain
 * values.  Never raises.  Returns: 1 or 0 */
int AotPromote_Fn(PyObject *globals, AotGlobalCache *c, PyObject *fn);
/* The global's value as a tagged word, AOT_TV_ERR if unbound.  Never
 * raises.  Returns: new ref */
AotTV AotPromote_Load(PyObject *globals, AotGlobalCache *c);
/* The same for a global kept as a predicted float (AOT_FV_ERR if
 * unbound).  Returns: new ref */
AotFV AotPromote_LoadFV(PyObject *globals, AotGlobalCache *c);
int AotPromote_StoreFV(PyObject *globals,
                       PyObject *builtins,
                       AotGlobalCache *c,
                       AotFV v);
/* Stores v (borrowed) unless it is AOT_TV_ERR; -1 error.  Returns: 0 */
int AotPromote_Store(PyObject *globals,
                     PyObject *builtins,
                     AotGlobalCache *c,
                     AotTV v);

/* A SyntaxWarning of the compiler, issued at filename:lineno as CPython
 * issues it when it compiles a script (PyErr_WarnExplicitObject).
 * Returns: 0, or -1 when the warning was turned into an exception */
int AotWarn_Syntax(const char *filename, int lineno, const char *msg);

/* One entry of a module's constant table. kind: 'N' None, 'T' True,
 * 'F' False, 'E' Ellipsis, 'i' int literal text, 'f' float text, 'j'
 * imaginary text, 's' str (n bytes of UTF-8), 'e' str (n bytes of
 * unicode-escape ASCII), 'b' bytes (n bytes), 'o' folded operation
 * ("c a b": AotConst_Fold(c, K[a], K[b] or NULL when b < 0)), 't' tuple of
 * earlier entries ("a b c"), 'k' tuple of n NUL-terminated UTF-8 strs. */
typedef struct AotConstSpec {
    char kind;
    int n;
    const char *data;
} AotConstSpec;
/* A dict display of constants: keys[i] -> values[i] inserted in order
 * (a later equal key overwrites).  Returns: new ref */
PyObject *AotDict_FromConstItems(PyObject *keys, PyObject *values);
/* Builds K[0..n) from spec in order (an entry refers only to earlier
 * ones), replacing what K held (re-import). Tables instead of one C
 * statement per constant keep module init code small for huge literals.
 * Returns: 0, or -1 with an exception set */
int AotConst_InitTable(PyObject **K, const AotConstSpec *spec, int n);

/* IMPORT_NAME.  fromlist a tuple or None.  Returns: new ref */
PyObject *AotImport_Name(PyObject *globals,
                         PyObject *builtins,
                         PyObject *name,
                         PyObject *fromlist,
                         int level);
/* IMPORT_FROM (getattr, sys.modules fallback, ImportError).
 * Returns: new ref */
PyObject *AotImport_From(PyObject *module, PyObject *name);

/* The f-string of n pieces (str objects, n <= 32), joined without a
 * tuple where the interpreter allows (CPython's BUILD_STRING). Does not
 * steal. Returns: new ref */
PyObject *AotStr_JoinArgs(int n, ...);

/* ======================================================================
 * Exceptions, tracebacks, with (aot_exc.c)
 * ====================================================================== */

/* Add a traceback entry "File filename, line N, in funcname" to the raised
 * exception (code objects cached).  Returns: nothing */
void AotTraceback_Add(const char *funcname,
                      const char *filename,
                      int line,
                      PyObject *globals);
/* The same for a compiled function's frame: names holds its name, then
 * its local variable names (co_varnames order), each ending in '\0', then
 * an empty one. The entry's code carries them, as a frame's would. */
void AotTraceback_AddVars(const char *names,
                          const char *filename,
                          int line,
                          PyObject *globals);
/* Once per extension, at its first module's import: has the frames that
 * traceback entries keep for reuse (3.11+) dropped at interpreter exit,
 * before modules are torn down (atexit), since they hold module globals.
 * Returns: 0 (without atexit no frame is kept) */
int AotTraceback_Init(void);
/* `raise exc [from cause]` (cause NULL: no from).  Returns: -1 always */
int AotExc_Raise(PyObject *exc, PyObject *cause);
/* bare `raise`: re-raise the handled exception and return -1: do not add
 * a traceback entry for the current frame afterwards. Without one it
 * raises RuntimeError and returns -2: a new exception, which gets the
 * entry. */
int AotExc_Reraise(void);
/* Enter a handler: take the raised exception, make it the handled one;
 * *saved_handled = previous handled (new ref, Py_None if none).
 * Returns: new ref (the exception) */
PyObject *AotExc_Catch(PyObject **saved_handled);
/* `except type:` test of exc; -1 error.  Returns: 0/1 */
int AotExc_Matches(PyObject *exc, PyObject *type);
/* Make exc the raised exception again.  Steals exc. Returns: nothing */
void AotExc_Restore(PyObject *exc);
/* Leave a handler: reinstate saved as handled.  Steals saved.
 * Returns: nothing */
void AotExc_RestoreHandled(PyObject *saved);
/* `assert` failure with msg (NULL: none).  Returns: -1 always */
int AotExc_AssertFail(PyObject *msg);
/* UnboundLocalError for a local (version-specific text).  Returns: -1 */
int AotExc_UnboundLocal(const char *name);
/* NameError for an unbound free variable.  Returns: -1 */
int AotExc_UnboundFree(const char *name);
/* NameError "name 'x' is not defined".  Returns: -1 always */
int AotExc_NameError(PyObject *name);

/* `with mgr:` entry; *exit_out = bound __exit__ (new ref).
 * Returns: new ref (__enter__() result) */
PyObject *AotWith_Enter(PyObject *mgr, PyObject **exit_out);
/* exit(None, None, None); -1 error.  Returns: 0 */
int AotWith_ExitNormal(PyObject *exit);
/* exit(type(exc), exc, tb) with exc handled; -1 error, 0 re-raise,
 * 1 suppress.  Returns: 0/1 */
int AotWith_ExitExc(PyObject *exit, PyObject *exc);

/* ======================================================================
 * Misc (aot_ops.c)
 * ====================================================================== */

/* f-string field: conversion -1/'s'/'r'/'a', spec NULL or str.
 * Returns: new ref */
PyObject *AotFormat_Value(PyObject *v, int conversion, PyObject *spec);

/* str(i) of a short int: its decimal digits written straight into an
 * ASCII str (no int object, no long_to_decimal_string).  Returns: new */
PyObject *AotStr_FromShort(int64_t v);
/* f"{t}" (conversion -1, 's', 'r' or 'a'; spec NULL or a str) of a
 * predicted int: a short with no spec is AotStr_FromShort, as
 * PyObject_Format makes str() of an exact int; the rest boxes.  Returns:
 * new ref */
PyObject *AotFormat_TV(int conversion, AotTV t, PyObject *spec);
/* The same for a predicted float: a plain double with no spec is
 * float.__repr__'s digits, with the spec ".Nf" (N < 100) float
 * __format__'s, made from the double directly.  Returns: new ref */
PyObject *AotFormat_FV(int conversion, AotFV v, PyObject *spec);
/* Concatenate n str parts (borrowed).  Returns: new ref */
PyObject *AotStr_Join(PyObject **parts, Py_ssize_t n);
/* Loop back-edge check: signals every ~4096 iterations, and lets other
 * threads run; -1 if a signal handler raised. Decrementing a shared
 * counter in memory chained every iteration to the previous one through a
 * load and a store, so a function that loops copies the shared countdown
 * into a local on entry (lc0, lc), counts down in the local, and on
 * return subtracts what it counted from the shared countdown: iterations
 * in callees and callers still add up. Returns: 0 */
extern int Aot_loop_countdown;
#define AOT_LOOP_PERIOD 4096
__attribute__((cold)) int AotLoop_CheckSlow(void);
#define AotLoop_Check(lc, lc0)                                                \
    (__builtin_expect(--(lc) <= 0, 0)                                         \
       ? ((lc) = (lc0) = AOT_LOOP_PERIOD, AotLoop_CheckSlow())                \
       : 0)
/* AotLoop_Check in two halves, for loops that must do something around
 * the slow part (module loops store their globals before it, since it
 * runs signal handlers and other threads, and load them again after). */
#define AotLoop_Due(lc, lc0) (__builtin_expect(--(lc) <= 0, 0))
#define AotLoop_Slow(lc, lc0)                                                 \
    ((lc) = (lc0) = AOT_LOOP_PERIOD, AotLoop_CheckSlow())

#ifdef __cplusplus
}
#endif

#endif /* PYAOT_RT_H */
