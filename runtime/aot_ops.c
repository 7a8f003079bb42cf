/* aot_ops.c: generic object operations: numbers on objects, truth,
 * comparison, subscripting, len, displays with *-unpacking, sequence
 * unpacking, iteration, calls with * and ** arguments, f-strings and the loop
 * back-edge check.
 *
 * Fast paths only for exact builtin types; each mirrors what the
 * interpreter's opcode does for that type and leaves every unusual case
 * (out-of-range index, huge int, subclass) to the C-API call, so messages
 * come from CPython.
 */
#include "pyaot_rt.h"

#include <stdarg.h>

/* Interned method names used below, created on first use.  Strings are
 * immortal enough for our single-interpreter model. */
static PyObject *
intern_cached(PyObject **slot, const char *s)
{
    if (*slot == NULL) {
        *slot = PyUnicode_InternFromString(s);
    }
    return *slot;
}

static PyObject *str_append, *str_extend, *str_update;

/* ======================================================================
 * Numbers on objects
 * ====================================================================== */

#define BOTH_FLOAT(a, b) (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))

/* Both exact ints stored in one digit (|v| < 2^30 on 64-bit builds): sums,
 * differences and products of such values fit int64_t exactly, and
 * PyLong_FromLongLong gives the same object CPython would (small-int cache
 * included). */
static inline int
both_compact(PyObject *a, PyObject *b, int64_t *x, int64_t *y)
{
    return PyLong_CheckExact(a) && PyLong_CheckExact(b) &&
           Aot_LongCompactValue(a, x) && Aot_LongCompactValue(b, y);
}

/* Python's floor division and modulo on int64_t (y != 0). */
static inline int64_t
floordiv_i64(int64_t x, int64_t y)
{
    int64_t q = AotTV_I64Div(x, y);
    if ((x < 0) != (y < 0) && q * y != x)
        q--;
    return q;
}
static inline int64_t
mod_i64(int64_t x, int64_t y)
{
    int64_t r = AotTV_I64Rem(x, y);
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}

PyObject *
AotNum_Add(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (1)) {
        return PyLong_FromLongLong(x + y);
    }
    if (BOTH_FLOAT(a, b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
    }
    return PyNumber_Add(a, b);
}

PyObject *
AotNum_Sub(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (1)) {
        return PyLong_FromLongLong(x - y);
    }
    if (BOTH_FLOAT(a, b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
    }
    return PyNumber_Subtract(a, b);
}

PyObject *
AotNum_Mul(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (1)) {
        return PyLong_FromLongLong(x * y);
    }
    if (BOTH_FLOAT(a, b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
    }
    return PyNumber_Multiply(a, b);
}

PyObject *
AotNum_TrueDiv(PyObject *a, PyObject *b)
{
    if (BOTH_FLOAT(a, b) && PyFloat_AS_DOUBLE(b) != 0.0) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) / PyFloat_AS_DOUBLE(b));
    }
    return PyNumber_TrueDivide(a, b);
}

PyObject *
AotNum_FloorDiv(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (y != 0)) {
        return PyLong_FromLongLong(floordiv_i64(x, y));
    }
    if (BOTH_FLOAT(a, b) && PyFloat_AS_DOUBLE(b) != 0.0) {
        return PyFloat_FromDouble(
          AotFloat_FloorDiv(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b)));
    }
    return PyNumber_FloorDivide(a, b);
}

PyObject *
AotNum_Mod(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (y != 0)) {
        return PyLong_FromLongLong(mod_i64(x, y));
    }
    if (BOTH_FLOAT(a, b) && PyFloat_AS_DOUBLE(b) != 0.0) {
        return PyFloat_FromDouble(
          AotFloat_Mod(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b)));
    }
    return PyNumber_Remainder(a, b);
}

PyObject *
AotNum_Pow(PyObject *a, PyObject *b)
{
    return PyNumber_Power(a, b, Py_None);
}

PyObject *
AotNum_InPlacePow(PyObject *a, PyObject *b)
{
    return PyNumber_InPlacePower(a, b, Py_None);
}

#define AOT_NUM_PLAIN(NAME, FN)                                               \
    PyObject *AotNum_##NAME(PyObject *a, PyObject *b)                         \
    {                                                                         \
        return FN(a, b);                                                      \
    }
AOT_NUM_PLAIN(LShift, PyNumber_Lshift)
AOT_NUM_PLAIN(RShift, PyNumber_Rshift)
AOT_NUM_PLAIN(And, PyNumber_And)
AOT_NUM_PLAIN(Or, PyNumber_Or)
AOT_NUM_PLAIN(Xor, PyNumber_Xor)
AOT_NUM_PLAIN(MatMul, PyNumber_MatrixMultiply)
AOT_NUM_PLAIN(InPlaceSub, PyNumber_InPlaceSubtract)
AOT_NUM_PLAIN(InPlaceMul, PyNumber_InPlaceMultiply)
AOT_NUM_PLAIN(InPlaceTrueDiv, PyNumber_InPlaceTrueDivide)
AOT_NUM_PLAIN(InPlaceFloorDiv, PyNumber_InPlaceFloorDivide)
AOT_NUM_PLAIN(InPlaceMod, PyNumber_InPlaceRemainder)
AOT_NUM_PLAIN(InPlaceLShift, PyNumber_InPlaceLshift)
AOT_NUM_PLAIN(InPlaceRShift, PyNumber_InPlaceRshift)
AOT_NUM_PLAIN(InPlaceAnd, PyNumber_InPlaceAnd)
AOT_NUM_PLAIN(InPlaceOr, PyNumber_InPlaceOr)
AOT_NUM_PLAIN(InPlaceXor, PyNumber_InPlaceXor)
AOT_NUM_PLAIN(InPlaceMatMul, PyNumber_InPlaceMatrixMultiply)
#undef AOT_NUM_PLAIN

PyObject *
AotNum_InPlaceAdd(PyObject *a, PyObject *b)
{
    int64_t x, y;
    if (both_compact(a, b, &x, &y) && (1)) {
        return PyLong_FromLongLong(x + y);
    }
    /* Floats have no in-place slot, so += is + for them. */
    if (BOTH_FLOAT(a, b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
    }
    return PyNumber_InPlaceAdd(a, b);
}

PyObject *
AotNum_Neg(PyObject *a)
{
    if (PyFloat_CheckExact(a)) {
        return PyFloat_FromDouble(-PyFloat_AS_DOUBLE(a));
    }
    return PyNumber_Negative(a);
}

PyObject *
AotNum_Pos(PyObject *a)
{
    return PyNumber_Positive(a);
}

PyObject *
AotNum_Invert(PyObject *a)
{
    return PyNumber_Invert(a);
}

/* ======================================================================
 * Truth and comparison
 * ====================================================================== */

int
AotObj_IsTrue(PyObject *o)
{
    if (o == Py_True) {
        return 1;
    }
    if (o == Py_False || o == Py_None) {
        return 0;
    }
    return PyObject_IsTrue(o);
}

PyObject *
AotObj_Not(PyObject *o)
{
    int t = AotObj_IsTrue(o);
    if (t < 0) {
        return NULL;
    }
    return Py_NewRef(t ? Py_False : Py_True);
}

/* Exact-type shortcuts; returns -2 when none applies. */
static int
compare_fast(PyObject *a, PyObject *b, int op)
{
    if (BOTH_FLOAT(a, b)) {
        return AotDouble_Compare(
          PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b), op);
    }
    if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
        int64_t x, y;
        if (Aot_LongCompactValue(a, &x) && Aot_LongCompactValue(b, &y)) {
            /* compact ints (one digit) convert to double exactly */
            return AotDouble_Compare((double)x, (double)y, op);
        }
    }
    else if ((op == Py_EQ || op == Py_NE) && PyUnicode_CheckExact(a) &&
             PyUnicode_CheckExact(b)) {
        /* Equal strings are often the same interned object. Otherwise
         * as CPython's unicode_compare_eq: same length, same kind, same
         * code units. */
        if (a == b) {
            return op == Py_EQ;
        }
        if (AOT_UNICODE_READY(a) && AOT_UNICODE_READY(b)) {
            Py_ssize_t n = PyUnicode_GET_LENGTH(a);
            int kind = PyUnicode_KIND(a);
            int eq = n == PyUnicode_GET_LENGTH(b) &&
                     kind == (int)PyUnicode_KIND(b) &&
                     memcmp(PyUnicode_DATA(a),
                            PyUnicode_DATA(b),
                            (size_t)n * (size_t)kind) == 0;
            return eq == (op == Py_EQ);
        }
    }
    return -2;
}

PyObject *
AotObj_RichCompare(PyObject *a, PyObject *b, int op)
{
    int r = compare_fast(a, b, op);
    if (r >= 0) {
        return Py_NewRef(r ? Py_True : Py_False);
    }
    return PyObject_RichCompare(a, b, op);
}

int
AotObj_CompareBool(PyObject *a, PyObject *b, int op)
{
    PyObject *r;
    int res = compare_fast(a, b, op);
    if (res >= 0) {
        return res;
    }
    r = PyObject_RichCompare(a, b, op);
    if (r == NULL) {
        return -1;
    }
    res = AotObj_IsTrue(r);
    Py_DECREF(r);
    return res;
}

int
AotObj_Contains(PyObject *container, PyObject *item)
{
    return PySequence_Contains(container, item);
}

/* ======================================================================
 * Subscripts
 * ====================================================================== */

/* Exact list/tuple item at a C index, or NULL (no exception) when out of
 * range so the caller can let CPython raise.  Returns: borrowed */
static PyObject *
seq_item_fast(PyObject *o, int64_t i)
{
    Py_ssize_t n = Py_SIZE(o);
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return NULL;
    }
    return PyList_CheckExact(o) ? PyList_GET_ITEM(o, i)
                                : PyTuple_GET_ITEM(o, i);
}

/* Exact int key as int64 if it fits.  Returns: 1 ok, 0 not applicable. */
static int
key_as_i64(PyObject *key, int64_t *out)
{
    int overflow;
    long long v;
    if (!PyLong_CheckExact(key)) {
        return 0;
    }
    if (Aot_LongCompactValue(key, out)) {
        return 1;
    }
    v = PyLong_AsLongLongAndOverflow(key, &overflow);
    if (overflow || (v == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return 0;
    }
    *out = v;
    return 1;
}

PyObject *
AotObj_GetItem(PyObject *o, PyObject *key)
{
    int64_t i;
    if ((PyList_CheckExact(o) || PyTuple_CheckExact(o)) &&
        key_as_i64(key, &i)) {
        PyObject *item = seq_item_fast(o, i);
        if (item != NULL) {
            return Py_NewRef(item);
        }
    }
    else if (PyDict_CheckExact(o)) {
        PyObject *v = Aot_DictGetBorrowed(o, key);
        if (v != NULL) {
            return Py_NewRef(v);
        }
        if (!PyErr_Occurred()) {
            /* KeyError(key), wrapped so a tuple key stays one argument. */
            PyObject *t = PyTuple_Pack(1, key);
            if (t != NULL) {
                PyErr_SetObject(PyExc_KeyError, t);
                Py_DECREF(t);
            }
        }
        return NULL;
    }
    return PyObject_GetItem(o, key);
}

PyObject *
AotObj_GetItemTVSlow(PyObject *o, AotTV idx)
{
    PyObject *key, *r;
    if (AotTV_IsShort(idx) &&
        (PyList_CheckExact(o) || PyTuple_CheckExact(o))) {
        PyObject *item = seq_item_fast(o, AotTV_ShortValue(idx));
        if (item != NULL) {
            return Py_NewRef(item);
        }
    }
    else if (AotTV_IsShort(idx) && PyUnicode_CheckExact(o) &&
             AOT_UNICODE_READY(o)) {
        /* s[i]: one character, a cached object below U+0100 */
        int64_t i = AotTV_ShortValue(idx);
        Py_ssize_t n = PyUnicode_GET_LENGTH(o);
        if (i < 0) {
            i += n;
        }
        if (i >= 0 && i < n) {
            return PyUnicode_FromOrdinal((int)PyUnicode_READ_CHAR(o, i));
        }
    }
    key = AotTV_Box(idx);
    if (key == NULL) {
        return NULL;
    }
    r = AotObj_GetItem(o, key);
    Py_DECREF(key);
    return r;
}

/* Store into an exact list at a C index if in range.  Returns: 1 done,
 * 0 not applicable (out of range). */
static int
list_store_fast(PyObject *o, int64_t i, PyObject *v)
{
    Py_ssize_t n = PyList_GET_SIZE(o);
    PyObject *old;
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return 0;
    }
    /* Store first: the old item's __del__ may run arbitrary code that
     * looks at the list. */
    old = PyList_GET_ITEM(o, i);
    PyList_SET_ITEM(o, i, Py_NewRef(v));
    Py_DECREF(old);
    return 1;
}

int
AotObj_SetItem(PyObject *o, PyObject *key, PyObject *v)
{
    int64_t i;
    if (PyList_CheckExact(o) && key_as_i64(key, &i) &&
        list_store_fast(o, i, v)) {
        return 0;
    }
    if (PyDict_CheckExact(o)) {
        return PyDict_SetItem(o, key, v);
    }
    return PyObject_SetItem(o, key, v);
}

int
AotObj_SetItemTVSlow(PyObject *o, AotTV idx, PyObject *v)
{
    PyObject *key;
    int r;
    if (AotTV_IsShort(idx) && PyList_CheckExact(o) &&
        list_store_fast(o, AotTV_ShortValue(idx), v)) {
        return 0;
    }
    key = AotTV_Box(idx);
    if (key == NULL) {
        return -1;
    }
    r = AotObj_SetItem(o, key, v);
    Py_DECREF(key);
    return r;
}

/* The index of x[i][j] evaluated as CPython does, once x[i] is done: j
 * read (UnboundLocalError if unbound), then j + c or j - c (see
 * AotList_Row2 for opc).  Returns: new (ERR on error) */
static AotTV
index2_slow(int64_t opc, AotTV j, PyObject *jname)
{
    if (j == AOT_TV_ERR) {
        const char *name = PyUnicode_AsUTF8(jname);
        if (name != NULL) {
            AotExc_UnboundLocal(name);
        }
        return AOT_TV_ERR;
    }
    AotTV c = AotTV_FromShort(opc >> 2);
    switch (opc & 3) {
    case 1:
        return AotTV_Add(j, c);
    case 2:
        return AotTV_Sub(j, c);
    default:
        AotTV_IncRef(j);
        return j;
    }
}

/* x[i] and the index of x[i][j], step by step as CPython does (the row
 * owned, *k new).  Returns: the row, new (NULL on error, nothing held) */
static PyObject *
row2_slow(int64_t opc,
          PyObject *x,
          AotTV i,
          AotTV j,
          PyObject *jname,
          AotTV *k)
{
    PyObject *row = AotObj_GetItemTV(x, i);
    if (row == NULL) {
        return NULL;
    }
    *k = index2_slow(opc, j, jname);
    if (*k == AOT_TV_ERR) {
        Py_DECREF(row);
        return NULL;
    }
    return row;
}

PyObject *
AotObj_GetItem2Slow(int64_t opc,
                    PyObject *x,
                    AotTV i,
                    AotTV j,
                    PyObject *jname)
{
    AotTV k;
    PyObject *row = row2_slow(opc, x, i, j, jname, &k), *r;
    if (row == NULL) {
        return NULL;
    }
    r = AotObj_GetItemTV(row, k);
    AotTV_DecRef(k);
    Py_DECREF(row);
    return r;
}

int
AotObj_SetItem2Slow(int kind,
                    int64_t opc,
                    PyObject *x,
                    AotTV i,
                    AotTV j,
                    PyObject *jname,
                    PyObject *vo,
                    AotTV vt,
                    AotFV vf)
{
    AotTV k;
    PyObject *row = row2_slow(opc, x, i, j, jname, &k);
    int r;
    if (row == NULL) {
        return -1;
    }
    r = kind == 1   ? AotObj_SetItemTVTV(row, k, vt)
        : kind == 2 ? AotObj_SetItemTVFV(row, k, vf)
                    : AotObj_SetItemTV(row, k, vo);
    AotTV_DecRef(k);
    Py_DECREF(row);
    return r;
}

/* o[idx] = x for a value just boxed (x new or NULL after an error). */
static int
set_item_boxed(PyObject *o, AotTV idx, PyObject *x)
{
    int r;
    if (x == NULL) {
        return -1;
    }
    r = AotObj_SetItemTV(o, idx, x);
    Py_DECREF(x);
    return r;
}

int
AotObj_SetItemTVTVSlow(PyObject *o, AotTV idx, AotTV v)
{
    if (idx == v && !PyList_CheckExact(o)) {
        /* d[i] = i: one object for key and value, as CPython has. */
        PyObject *x = AotTV_Box(v);
        int r;
        if (x == NULL) {
            return -1;
        }
        r = PyDict_CheckExact(o) ? PyDict_SetItem(o, x, x)
                                 : PyObject_SetItem(o, x, x);
        Py_DECREF(x);
        return r;
    }
    return set_item_boxed(o, idx, AotTV_Box(v));
}

int
AotObj_SetItemTVFVSlow(PyObject *o, AotTV idx, AotFV v)
{
    return set_item_boxed(o, idx, AotFV_Box(v));
}

int
AotObj_DelItem(PyObject *o, PyObject *key)
{
    return PyObject_DelItem(o, key);
}

PyObject *
AotObj_GetSlice(PyObject *o, PyObject *lo, PyObject *hi, PyObject *step)
{
    PyObject *slice = PySlice_New(lo, hi, step), *r;
    if (slice == NULL) {
        return NULL;
    }
    r = PyObject_GetItem(o, slice);
    Py_DECREF(slice);
    return r;
}

int
AotObj_SetSlice(PyObject *o,
                PyObject *lo,
                PyObject *hi,
                PyObject *step,
                PyObject *v)
{
    PyObject *slice = PySlice_New(lo, hi, step);
    int r;
    if (slice == NULL) {
        return -1;
    }
    r = PyObject_SetItem(o, slice, v);
    Py_DECREF(slice);
    return r;
}

/* The slice lo:hi:st of a sequence of length n, from tagged words (mask
 * bits 1, 2, 4: lower, upper, step present), clamped as PySlice_Unpack
 * and PySlice_AdjustIndices do.  Returns: 1 with the indices and the
 * slice's length, 0 when a part is not short or the step is 0 (the
 * caller then builds a slice object and lets CPython decide). */
static int
slice_tv(int mask,
         AotTV lo,
         AotTV hi,
         AotTV st,
         Py_ssize_t n,
         Py_ssize_t idx[4])
{
    Py_ssize_t step = 1;
    if (mask & 4) {
        if (!AotTV_IsShort(st) || st == AotTV_FromShort(0)) {
            return 0;
        }
        step = (Py_ssize_t)AotTV_ShortValue(st);
    }
    if ((mask & 1) && !AotTV_IsShort(lo)) {
        return 0;
    }
    if ((mask & 2) && !AotTV_IsShort(hi)) {
        return 0;
    }
    idx[0] = (mask & 1) ? (Py_ssize_t)AotTV_ShortValue(lo)
             : step < 0 ? PY_SSIZE_T_MAX
                        : 0;
    idx[1] = (mask & 2) ? (Py_ssize_t)AotTV_ShortValue(hi)
             : step < 0 ? PY_SSIZE_T_MIN
                        : PY_SSIZE_T_MAX;
    idx[2] = step;
    idx[3] = PySlice_AdjustIndices(n, &idx[0], &idx[1], step);
    return 1;
}

/* The slice object lo:hi:st, parts missing from mask as None.
 * Returns: new ref */
static PyObject *
slice_tv_object(int mask, AotTV lo, AotTV hi, AotTV st)
{
    AotTV part[3] = { lo, hi, st };
    PyObject *box[3] = { NULL, NULL, NULL }, *r = NULL;
    int k;
    for (k = 0; k < 3; k++) {
        if ((mask & (1 << k)) && (box[k] = AotTV_Box(part[k])) == NULL) {
            goto done;
        }
    }
    r = PySlice_New(box[0], box[1], box[2]);
done:
    for (k = 0; k < 3; k++) {
        Py_XDECREF(box[k]);
    }
    return r;
}

PyObject *
AotObj_GetSliceTV(int mask, PyObject *o, AotTV lo, AotTV hi, AotTV st)
{
    Py_ssize_t idx[4];
    PyObject *slice, *r;
    if (PyList_CheckExact(o) &&
        slice_tv(mask, lo, hi, st, PyList_GET_SIZE(o), idx)) {
        Py_ssize_t i, cur;
        if (idx[2] == 1) {
            return PyList_GetSlice(o, idx[0], idx[1]);
        }
        r = PyList_New(idx[3]);
        if (r == NULL) {
            return NULL;
        }
        for (i = 0, cur = idx[0]; i < idx[3]; i++, cur += idx[2]) {
            PyObject *item = PyList_GET_ITEM(o, cur);
            Py_INCREF(item);
            PyList_SET_ITEM(r, i, item);
        }
        return r;
    }
    /* Step 1 on a tuple or str: the same calls their subscripts make. */
    if (PyTuple_CheckExact(o) &&
        slice_tv(mask, lo, hi, st, PyTuple_GET_SIZE(o), idx) && idx[2] == 1) {
        return PyTuple_GetSlice(o, idx[0], idx[0] + idx[3]);
    }
    if (PyUnicode_CheckExact(o) && AOT_UNICODE_READY(o) &&
        slice_tv(mask, lo, hi, st, PyUnicode_GET_LENGTH(o), idx) &&
        idx[2] == 1) {
        return PyUnicode_Substring(o, idx[0], idx[0] + idx[3]);
    }
    slice = slice_tv_object(mask, lo, hi, st);
    if (slice == NULL) {
        return NULL;
    }
    r = PyObject_GetItem(o, slice);
    Py_DECREF(slice);
    return r;
}

int
AotObj_SetSliceTV(int mask,
                  PyObject *o,
                  AotTV lo,
                  AotTV hi,
                  AotTV st,
                  PyObject *v)
{
    Py_ssize_t idx[4];
    PyObject *slice;
    int r;
    /* Only list and tuple values: for a non-iterable the error message
     * differs between versions (3.13 reports an extended slice). */
    if (PyList_CheckExact(o) &&
        (PyList_CheckExact(v) || PyTuple_CheckExact(v)) &&
        slice_tv(mask, lo, hi, st, PyList_GET_SIZE(o), idx) && idx[2] == 1) {
        Py_ssize_t n = idx[3], i;
        if (v != o && Py_SIZE(v) == n && n <= 16) {
            /* Same length: replace the items in place (a[:k] = b[k::-1]),
             * releasing the old ones only after all are stored, last
             * first, as list_ass_slice does (a __del__ may look at the
             * list or at the order). */
            PyObject *old[16];
            PyObject **src = PyList_CheckExact(v) ? &PyList_GET_ITEM(v, 0)
                                                  : &PyTuple_GET_ITEM(v, 0);
            for (i = 0; i < n; i++) {
                old[i] = PyList_GET_ITEM(o, idx[0] + i);
                PyList_SET_ITEM(o, idx[0] + i, Py_NewRef(src[i]));
            }
            for (i = n - 1; i >= 0; i--) { /* list_ass_slice's order */
                Py_DECREF(old[i]);
            }
            return 0;
        }
        return PyList_SetSlice(o, idx[0], idx[1], v);
    }
    slice = slice_tv_object(mask, lo, hi, st);
    if (slice == NULL) {
        return -1;
    }
    r = PyObject_SetItem(o, slice, v);
    Py_DECREF(slice);
    return r;
}

int
AotObj_DelSlice(PyObject *o, PyObject *lo, PyObject *hi, PyObject *step)
{
    PyObject *slice = PySlice_New(lo, hi, step);
    int r;
    if (slice == NULL) {
        return -1;
    }
    r = PyObject_DelItem(o, slice);
    Py_DECREF(slice);
    return r;
}

AotTV
AotObj_Len(PyObject *o)
{
    Py_ssize_t n;
    if (PyList_CheckExact(o) || PyTuple_CheckExact(o)) {
        n = Py_SIZE(o);
    }
    else if (PyUnicode_CheckExact(o)) {
        n = PyUnicode_GET_LENGTH(o);
    }
    else if (PyDict_CheckExact(o)) {
        n = PyDict_GET_SIZE(o);
    }
    else if (PyAnySet_CheckExact(o)) {
        n = PySet_GET_SIZE(o);
    }
    else if (PyBytes_CheckExact(o)) {
        n = PyBytes_GET_SIZE(o);
    }
    else {
        n = PyObject_Size(o);
        if (n < 0) {
            return AOT_TV_ERR;
        }
    }
    /* A __len__ may return up to PY_SSIZE_T_MAX, beyond the short range. */
    return AotTV_FromI64((int64_t)n);
}

AotTV
AotBuiltin_LenTV(PyObject *o)
{
    return AotObj_Len(o);
}

/* fn(*args) when all k == n arguments were boxed; frees the k boxed ones
 * either way.  Returns: new ref (NULL on error) */
static PyObject *
call_boxed(PyObject *fn, PyObject **args, int k, int n)
{
    PyObject *r =
      k == n ? PyObject_Vectorcall(fn, args, (size_t)n, NULL) : NULL;
    while (k > 0) {
        Py_DECREF(args[--k]);
    }
    return r;
}

AotTV
AotCall_TVArgs(PyObject *fn, const AotTV *a, int n)
{
    PyObject *args[8] = { NULL };
    int k = 0;
    assert(n <= 8);
    while (k < n && (args[k] = AotTV_Box(a[k])) != NULL) {
        k++;
    }
    return AotTV_FromObject(call_boxed(fn, args, k, n));
}

AotFV
AotCall_FVArgs(PyObject *fn, const AotFV *a, int n)
{
    PyObject *args[8] = { NULL };
    int k = 0;
    assert(n <= 8);
    while (k < n && (args[k] = AotFV_Box(a[k])) != NULL) {
        k++;
    }
    return AotFV_FromObject(call_boxed(fn, args, k, n));
}

static PyObject *str_get;

PyObject *
AotObj_Get(PyObject *o, PyObject *k, PyObject *v)
{
    PyObject *name, *r;
    if (PyDict_CheckExact(o)) {
        /* dict.get: the lookup (hashing k, comparing keys), then the
         * value or the default */
        r = PyDict_GetItemWithError(o, k);
        if (r != NULL) {
            return Py_NewRef(r);
        }
        if (PyErr_Occurred()) {
            return NULL;
        }
        return Py_NewRef(v != NULL ? v : Py_None);
    }
    name = intern_cached(&str_get, "get");
    if (name == NULL) {
        return NULL;
    }
    if (v == NULL) {
        return PyObject_CallMethodOneArg(o, name, k);
    }
    PyObject *args[3] = { o, k, v };
    return PyObject_VectorcallMethod(name, args, 3, NULL);
}

static PyObject *str_startswith, *str_endswith;

PyObject *
AotObj_TailMatch(int end, PyObject *o, PyObject *x)
{
    if (PyUnicode_CheckExact(o) && PyUnicode_CheckExact(x)) {
        /* str.startswith/endswith with one str argument: the same
         * comparison, without the argument tuple and its parsing */
        Py_ssize_t r =
          PyUnicode_Tailmatch(o, x, 0, PY_SSIZE_T_MAX, end ? 1 : -1);
        return r < 0 ? NULL : Py_NewRef(r ? Py_True : Py_False);
    }
    PyObject *name = end ? intern_cached(&str_endswith, "endswith")
                         : intern_cached(&str_startswith, "startswith");
    if (name == NULL) {
        return NULL;
    }
    return PyObject_CallMethodOneArg(o, name, x);
}

static PyObject *str_find, *str_rfind, *str_count;

PyObject *
AotObj_StrFind(int which, PyObject *o, PyObject *x)
{
    if (PyUnicode_CheckExact(o) && PyUnicode_CheckExact(x)) {
        /* str.find/rfind/count with one str argument (METH_VARARGS up to
         * 3.12): the same search without the argument tuple */
        Py_ssize_t r =
          which == 2 ? PyUnicode_Count(o, x, 0, PY_SSIZE_T_MAX)
                     : PyUnicode_Find(o, x, 0, PY_SSIZE_T_MAX, which ? -1 : 1);
        /* errors: -1 from Count, -2 from Find */
        if (r == (which == 2 ? -1 : -2)) {
            return NULL;
        }
        return PyLong_FromSsize_t(r);
    }
    PyObject *name = which == 2   ? intern_cached(&str_count, "count")
                     : which == 1 ? intern_cached(&str_rfind, "rfind")
                                  : intern_cached(&str_find, "find");
    if (name == NULL) {
        return NULL;
    }
    return PyObject_CallMethodOneArg(o, name, x);
}

PyObject *
AotObj_Append(PyObject *o, PyObject *x)
{
    PyObject *name;
    if (PyList_CheckExact(o)) {
        if (PyList_Append(o, x) < 0) {
            return NULL;
        }
        return Py_NewRef(Py_None);
    }
    name = intern_cached(&str_append, "append");
    if (name == NULL) {
        return NULL;
    }
    return PyObject_CallMethodOneArg(o, name, x);
}

PyObject *
AotObj_AppendPreSlow(PyObject *o)
{
    PyObject *name = intern_cached(&str_append, "append");
    if (name == NULL) {
        return NULL;
    }
    return PyObject_GetAttr(o, name);
}

/* ======================================================================
 * Displays
 * ====================================================================== */

PyObject *
AotList_New(Py_ssize_t n)
{
    return PyList_New(n);
}

PyObject *
AotList_AsTuple(PyObject *list)
{
    return PyList_AsTuple(list);
}

/* Neither __iter__ nor the sequence protocol: the test the interpreter
 * uses before replacing a TypeError with its own "not iterable" text. */
static int
not_iterable(PyObject *o)
{
    return Py_TYPE(o)->tp_iter == NULL && !PySequence_Check(o);
}

/* list.extend(iterable) on an exact list.  -1 error.  Returns: 0 */
static int
list_extend(PyObject *list, PyObject *iterable)
{
    PyObject *name = intern_cached(&str_extend, "extend"), *r;
    if (name == NULL) {
        return -1;
    }
    r = PyObject_CallMethodOneArg(list, name, iterable);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int
AotList_Extend(PyObject *list, PyObject *iterable)
{
    if (list_extend(list, iterable) == 0) {
        return 0;
    }
    if (PyErr_ExceptionMatches(PyExc_TypeError) && not_iterable(iterable)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError,
                     "Value after * must be an iterable, not %.200s",
                     Py_TYPE(iterable)->tp_name);
    }
    return -1;
}

int
AotSet_Update(PyObject *set, PyObject *iterable)
{
    PyObject *name = intern_cached(&str_update, "update"), *r;
    if (name == NULL) {
        return -1;
    }
    r = PyObject_CallMethodOneArg(set, name, iterable);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int
AotDict_Update(PyObject *dict, PyObject *mapping)
{
    if (PyDict_Update(dict, mapping) == 0) {
        return 0;
    }
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError,
                     "'%.200s' object is not a mapping",
                     Py_TYPE(mapping)->tp_name);
    }
    return -1;
}

/* ======================================================================
 * Unpacking
 * ====================================================================== */

static void
clear_refs(PyObject **out, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_CLEAR(out[i]);
    }
}

/* The interpreter's generic unpack (unpack_iterable): `after` < 0 means no
 * starred target.  Fills out[0..before) (+ list + after entries). */
static int
unpack_iter(PyObject *seq, Py_ssize_t before, Py_ssize_t after, PyObject **out)
{
    PyObject *it, *w, *l;
    Py_ssize_t i, ll;

    for (i = 0; i < before + (after >= 0 ? 1 + after : 0); i++) {
        out[i] = NULL;
    }
    it = PyObject_GetIter(seq);
    if (it == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError) && not_iterable(seq)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError,
                         "cannot unpack non-iterable %.200s object",
                         Py_TYPE(seq)->tp_name);
        }
        return -1;
    }
    for (i = 0; i < before; i++) {
        w = PyIter_Next(it);
        if (w == NULL) {
            if (!PyErr_Occurred()) {
                if (after < 0) {
                    PyErr_Format(PyExc_ValueError,
                                 "not enough values to unpack "
                                 "(expected %zd, got %zd)",
                                 before,
                                 i);
                }
                else {
                    PyErr_Format(PyExc_ValueError,
                                 "not enough values to unpack "
                                 "(expected at least %zd, got %zd)",
                                 before + after,
                                 i);
                }
            }
            goto error;
        }
        out[i] = w;
    }
    if (after < 0) {
        w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred()) {
                goto error;
            }
            Py_DECREF(it);
            return 0;
        }
        Py_DECREF(w);
        PyErr_Format(PyExc_ValueError,
                     "too many values to unpack (expected %zd)",
                     before);
        goto error;
    }
    l = PySequence_List(it);
    if (l == NULL) {
        goto error;
    }
    out[before] = l;
    ll = PyList_GET_SIZE(l);
    if (ll < after) {
        PyErr_Format(PyExc_ValueError,
                     "not enough values to unpack "
                     "(expected at least %zd, got %zd)",
                     before + after,
                     before + ll);
        goto error;
    }
    for (i = 0; i < after; i++) {
        out[before + 1 + i] = Py_NewRef(PyList_GET_ITEM(l, ll - after + i));
    }
    if (after > 0 && PyList_SetSlice(l, ll - after, ll, NULL) < 0) {
        goto error;
    }
    Py_DECREF(it);
    return 0;

error:
    Py_DECREF(it);
    clear_refs(out, before + (after >= 0 ? 1 + after : 0));
    return -1;
}

int
AotSeq_Unpack(PyObject *seq, Py_ssize_t n, PyObject **out)
{
    /* Exact tuple/list of the right length: copy the items.  Any other
     * length takes the iterator route, whose messages are the
     * interpreter's. */
    if ((PyTuple_CheckExact(seq) || PyList_CheckExact(seq)) &&
        Py_SIZE(seq) == n) {
        PyObject **items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0)
                                                   : &PyList_GET_ITEM(seq, 0);
        for (Py_ssize_t i = 0; i < n; i++) {
            out[i] = Py_NewRef(items[i]);
        }
        return 0;
    }
    return unpack_iter(seq, n, -1, out);
}

int
AotSeq_UnpackEx(PyObject *seq,
                Py_ssize_t before,
                Py_ssize_t after,
                PyObject **out)
{
    if ((PyTuple_CheckExact(seq) || PyList_CheckExact(seq)) &&
        Py_SIZE(seq) >= before + after) {
        Py_ssize_t n = Py_SIZE(seq), i;
        PyObject *mid = PyList_New(n - before - after);
        PyObject **items;
        if (mid == NULL) {
            return -1;
        }
        /* Read the items after allocating: PyList_New cannot run Python
         * code, so the sequence did not change meanwhile. */
        items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0)
                                        : &PyList_GET_ITEM(seq, 0);
        for (i = 0; i < before; i++) {
            out[i] = Py_NewRef(items[i]);
        }
        for (i = 0; i < n - before - after; i++) {
            PyList_SET_ITEM(mid, i, Py_NewRef(items[before + i]));
        }
        out[before] = mid;
        for (i = 0; i < after; i++) {
            out[before + 1 + i] = Py_NewRef(items[n - after + i]);
        }
        return 0;
    }
    return unpack_iter(seq, before, after, out);
}

/* ======================================================================
 * Iteration
 * ====================================================================== */

PyObject *
AotIter_Get(PyObject *o)
{
    return PyObject_GetIter(o);
}

PyObject *
AotIter_Next(PyObject *it)
{
    /* FOR_ITER calls tp_iternext directly and swallows StopIteration. */
    PyObject *r = (*Py_TYPE(it)->tp_iternext)(it);
    if (r == NULL && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
            PyErr_Clear();
        }
    }
    return r;
}

/* ======================================================================
 * Calls with * and **
 * ====================================================================== */

/* How the interpreter names a callable in call errors: "mod.qualname()",
 * "qualname()" for builtins or no module, else str(func).
 * Returns: new ref */
static PyObject *
function_str(PyObject *func)
{
    static PyObject *s_qualname, *s_module;
    PyObject *qualname, *module, *r = NULL;
    int ret;

    if (intern_cached(&s_qualname, "__qualname__") == NULL ||
        intern_cached(&s_module, "__module__") == NULL) {
        return NULL;
    }
    ret = Aot_GetOptionalAttr(func, s_qualname, &qualname);
    if (ret <= 0) {
        return ret < 0 ? NULL : PyObject_Str(func);
    }
    ret = Aot_GetOptionalAttr(func, s_module, &module);
    if (ret < 0) {
        Py_DECREF(qualname);
        return NULL;
    }
    if (module != NULL && module != Py_None) {
        int ne;
        if (PyUnicode_Check(module)) {
            ne = PyUnicode_CompareWithASCIIString(module, "builtins") != 0;
        }
        else {
            PyObject *b = PyUnicode_FromString("builtins");
            ne = b ? PyObject_RichCompareBool(module, b, Py_NE) : -1;
            Py_XDECREF(b);
        }
        if (ne < 0) {
            goto done;
        }
        if (ne) {
            r = PyUnicode_FromFormat("%S.%S()", module, qualname);
            goto done;
        }
    }
    r = PyUnicode_FromFormat("%S()", qualname);
done:
    Py_XDECREF(module);
    Py_DECREF(qualname);
    return r;
}

PyObject *
AotCall_Star(PyObject *func, PyObject *args, PyObject *kwargs)
{
    return PyObject_Call(func, args, kwargs);
}

int
AotCall_ExtendArgs(PyObject *list, PyObject *func, PyObject *iterable)
{
    PyObject *fs;
    /* The interpreter checks iterability before converting f(*x). */
    if (not_iterable(iterable)) {
        fs = function_str(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "%U argument after * must be an iterable, not "
                         "%.200s",
                         fs,
                         Py_TYPE(iterable)->tp_name);
            Py_DECREF(fs);
        }
        return -1;
    }
    return list_extend(list, iterable);
}

static void
kw_duplicate(PyObject *func, PyObject *key)
{
    PyObject *fs = function_str(func);
    if (fs != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U got multiple values for keyword argument '%S'",
                     fs,
                     key);
        Py_DECREF(fs);
    }
}

/* dict[key] = value unless present (then the duplicate error).  -1 error.
 * Returns: 0 */
static int
kw_add(PyObject *dict, PyObject *func, PyObject *key, PyObject *value)
{
    int has = PyDict_Contains(dict, key);
    if (has < 0) {
        return -1;
    }
    if (has) {
        kw_duplicate(func, key);
        return -1;
    }
    return PyDict_SetItem(dict, key, value);
}

int
AotCall_MergeKwargs(PyObject *dict, PyObject *func, PyObject *mapping)
{
    PyObject *keys = NULL, *it = NULL, *key, *value;

    /* Like dict_merge: a dict that keeps dict's own __iter__ is read
     * directly, anything else through keys(). */
    if (PyDict_Check(mapping) &&
        Py_TYPE(mapping)->tp_iter == PyDict_Type.tp_iter) {
        Py_ssize_t pos = 0;
        while (PyDict_Next(mapping, &pos, &key, &value)) {
            Py_INCREF(key);
            Py_INCREF(value);
            int r = kw_add(dict, func, key, value);
            Py_DECREF(key);
            Py_DECREF(value);
            if (r < 0) {
                return -1;
            }
        }
        return 0;
    }
    /* The general mapping protocol the interpreter uses: keys(), then
     * mapping[key] for each; AttributeError means "not a mapping". */
    keys = PyMapping_Keys(mapping);
    if (keys == NULL) {
        goto error;
    }
    it = PyObject_GetIter(keys);
    Py_DECREF(keys);
    if (it == NULL) {
        goto error;
    }
    while ((key = PyIter_Next(it)) != NULL) {
        int r;
        value = PyObject_GetItem(mapping, key);
        if (value == NULL) {
            Py_DECREF(key);
            goto error;
        }
        r = kw_add(dict, func, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (r < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    it = NULL;
    if (PyErr_Occurred()) {
        goto error;
    }
    return 0;

error:
    Py_XDECREF(it);
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyObject *fs;
        PyErr_Clear();
        fs = function_str(func);
        if (fs != NULL) {
            PyErr_Format(PyExc_TypeError,
                         "%U argument after ** must be a mapping, not %.200s",
                         fs,
                         Py_TYPE(mapping)->tp_name);
            Py_DECREF(fs);
        }
    }
#if AOT_KWMERGE_ANY_KEYERROR
    else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        /* 3.12+ reports any single-argument KeyError this way. */
        PyObject *exc = Aot_FetchRaised();
        PyObject *args = exc ? PyObject_GetAttrString(exc, "args") : NULL;
        if (args != NULL && PyTuple_Check(args) &&
            PyTuple_GET_SIZE(args) == 1) {
            kw_duplicate(func, PyTuple_GET_ITEM(args, 0));
            Py_DECREF(exc);
        }
        else {
            PyErr_Clear();
            Aot_RestoreRaised(exc);
        }
        Py_XDECREF(args);
    }
#endif
    return -1;
}

/* ======================================================================
 * f-strings
 * ====================================================================== */

PyObject *
AotFormat_Value(PyObject *v, int conversion, PyObject *spec)
{
    PyObject *conv = NULL, *r;
    switch (conversion) {
    case 's':
        conv = PyObject_Str(v);
        break;
    case 'r':
        conv = PyObject_Repr(v);
        break;
    case 'a':
        conv = PyObject_ASCII(v);
        break;
    default:
        conv = Py_NewRef(v);
        break;
    }
    if (conv == NULL) {
        return NULL;
    }
    /* FORMAT_VALUE skips format() only for an exact str with no spec. */
    if (spec == NULL && PyUnicode_CheckExact(conv)) {
        return conv;
    }
    r = PyObject_Format(conv, spec);
    Py_DECREF(conv);
    return r;
}

AotTV
AotCall_Divmod2(PyObject *fn, AotTV a, AotTV b, AotTV *r)
{
    PyObject *args[2], *res, *items[2] = { NULL, NULL };
    int ok;
    args[0] = AotTV_Box(a);
    if (args[0] == NULL) {
        return AOT_TV_ERR;
    }
    args[1] = AotTV_Box(b);
    if (args[1] == NULL) {
        Py_DECREF(args[0]);
        return AOT_TV_ERR;
    }
    res = PyObject_Vectorcall(fn, args, 2, NULL);
    Py_DECREF(args[0]);
    Py_DECREF(args[1]);
    if (res == NULL) {
        return AOT_TV_ERR;
    }
    ok = AotSeq_Unpack(res, 2, items);
    Py_DECREF(res);
    if (ok < 0) {
        return AOT_TV_ERR;
    }
    *r = AotTV_FromObject(items[1]);
    if (*r == AOT_TV_ERR) {
        Py_DECREF(items[0]);
        return AOT_TV_ERR;
    }
    return AotTV_FromObject(items[0]);
}

PyObject *
AotStr_FromShort(int64_t v)
{
    char buf[24], *p = buf + sizeof buf;
    /* the magnitude as unsigned: -v overflows for INT64_MIN (not a
     * short, but cheap to be right) */
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) {
        *--p = '-';
    }
    Py_ssize_t n = buf + sizeof buf - p;
    PyObject *r = PyUnicode_New(n, 127);
    if (r != NULL) {
        memcpy(PyUnicode_1BYTE_DATA(r), p, (size_t)n);
    }
    return r;
}

/* A str from a PyOS_double_to_string buffer (freed). */
static PyObject *
str_from_dtoa(char *buf)
{
    PyObject *r;
    if (buf == NULL) {
        return NULL;
    }
    r = PyUnicode_DecodeASCII(buf, (Py_ssize_t)strlen(buf), NULL);
    PyMem_Free(buf);
    return r;
}

/* AotFormat_Value of a value just boxed (o new, or NULL after an
 * error). */
static PyObject *
format_boxed(PyObject *o, int conversion, PyObject *spec)
{
    PyObject *r;
    if (o == NULL) {
        return NULL;
    }
    r = AotFormat_Value(o, conversion, spec);
    Py_DECREF(o);
    return r;
}

PyObject *
AotFormat_TV(int conversion, AotTV t, PyObject *spec)
{
    if (AotTV_IsShort(t) && spec == NULL) {
        /* str, repr and ascii of an exact int are its digits */
        return AotStr_FromShort(AotTV_ShortValue(t));
    }
    return format_boxed(AotTV_Box(t), conversion, spec);
}

/* N of a format spec ".Nf" (N one or two digits), else -1. */
static int
fixed_spec_digits(PyObject *spec)
{
    Py_ssize_t n;
    const char *s;
    if (!PyUnicode_CheckExact(spec) || !PyUnicode_IS_ASCII(spec)) {
        return -1;
    }
    n = PyUnicode_GET_LENGTH(spec);
    s = (const char *)PyUnicode_1BYTE_DATA(spec);
    if (n == 3 && s[0] == '.' && s[1] >= '0' && s[1] <= '9' && s[2] == 'f') {
        return s[1] - '0';
    }
    if (n == 4 && s[0] == '.' && s[1] >= '1' && s[1] <= '9' && s[2] >= '0' &&
        s[2] <= '9' && s[3] == 'f') {
        return (s[1] - '0') * 10 + (s[2] - '0');
    }
    return -1;
}

PyObject *
AotFormat_FV(int conversion, AotFV v, PyObject *spec)
{
    if (!AotFV_IsPtr(v)) {
        double d = AotFV_Double(v);
        int prec;
        if (spec == NULL) {
            /* float.__repr__ (str, repr and ascii are the same) */
            return str_from_dtoa(
              PyOS_double_to_string(d, 'r', 0, Py_DTSF_ADD_DOT_0, NULL));
        }
        if (conversion < 0 && (prec = fixed_spec_digits(spec)) >= 0) {
            /* float.__format__ with ".Nf": no sign, width or grouping
             * options, so the digits as they come */
            return str_from_dtoa(PyOS_double_to_string(d, 'f', prec, 0, NULL));
        }
    }
    return format_boxed(AotFV_Box(v), conversion, spec);
}

PyObject *
AotStr_Join(PyObject **parts, Py_ssize_t n)
{
    Py_ssize_t len = 0, pos = 0, i;
    Py_UCS4 maxchar = 127;
    PyObject *r;

    for (i = 0; i < n; i++) {
        PyObject *p = parts[i];
        if (!PyUnicode_Check(p) || Aot_UnicodeReady(p) < 0) {
            if (PyErr_Occurred()) {
                return NULL;
            }
            PyErr_Format(PyExc_TypeError,
                         "sequence item %zd: expected str instance, "
                         "%.80s found",
                         i,
                         Py_TYPE(p)->tp_name);
            return NULL;
        }
        if (PyUnicode_MAX_CHAR_VALUE(p) > maxchar) {
            maxchar = PyUnicode_MAX_CHAR_VALUE(p);
        }
        if (PyUnicode_GET_LENGTH(p) > PY_SSIZE_T_MAX - len) {
            PyErr_SetString(PyExc_OverflowError,
                            "join() result is too long for a Python string");
            return NULL;
        }
        len += PyUnicode_GET_LENGTH(p);
    }
    if (n == 1 && PyUnicode_CheckExact(parts[0])) {
        return Py_NewRef(parts[0]);
    }
    r = PyUnicode_New(len, maxchar);
    if (r == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        Py_ssize_t pl = PyUnicode_GET_LENGTH(parts[i]);
        if (pl > 0 && PyUnicode_CopyCharacters(r, pos, parts[i], 0, pl) < 0) {
            Py_DECREF(r);
            return NULL;
        }
        pos += pl;
    }
    return r;
}

/* ======================================================================
 * Loop back-edges
 * ====================================================================== */

int Aot_loop_countdown = AOT_LOOP_PERIOD;

int
AotLoop_CheckSlow(void)
{
    Aot_loop_countdown = AOT_LOOP_PERIOD;
    /* Give other Python threads a chance, as the interpreter's eval
     * breaker would: a busy loop waiting on another thread must not
     * starve it. */
    Py_BEGIN_ALLOW_THREADS Py_END_ALLOW_THREADS return PyErr_CheckSignals();
}

/* ======================================================================
 * f-strings
 * ====================================================================== */

PyObject *
AotStr_JoinArgs(int n, ...)
{
    PyObject *items[32], *r;
    va_list ap;
    int i;
    if (n < 0 || n > 32) {
        PyErr_SetString(PyExc_SystemError, "pyaot: AotStr_JoinArgs arity");
        return NULL;
    }
    va_start(ap, n);
    for (i = 0; i < n; i++) {
        items[i] = va_arg(ap, PyObject *);
    }
    va_end(ap);
#if PY_VERSION_HEX < 0x030D0000
    {
        PyObject *empty = PyUnicode_New(0, 0);
        if (empty == NULL) {
            return NULL;
        }
        r = _PyUnicode_JoinArray(empty, items, n);
        Py_DECREF(empty);
    }
#else
    {
        PyObject *t = PyTuple_New(n), *empty;
        if (t == NULL) {
            return NULL;
        }
        for (i = 0; i < n; i++) {
            PyTuple_SET_ITEM(t, i, Py_NewRef(items[i]));
        }
        empty = PyUnicode_New(0, 0);
        r = empty ? PyUnicode_Join(empty, t) : NULL;
        Py_XDECREF(empty);
        Py_DECREF(t);
    }
#endif
    return r;
}
