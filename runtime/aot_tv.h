/* aot_tv.h: the tagged value ("TV") representation and its inline fast
 * paths (DESIGN.md section 3, notes/design-research.md section 2).
 *
 * An AotTV is one machine word:
 *   low bit 0: a short int, value << 1, value in [-2^62, 2^62)
 *   low bit 1: (PyObject *) | 1, an OWNED reference to any object
 * AOT_TV_ERR (a tagged NULL) signals an error with an exception set.
 *
 * Only exact ints ever become short, so bool and int subclasses keep their
 * identity.  Every operation below has an inline path for two short
 * operands and calls an out-of-line slow path (aot_int.c) that boxes the
 * operands and lets CPython compute the result and raise the exceptions.
 * Included by pyaot_rt.h; do not include directly.
 */
#ifndef AOT_TV_H
#define AOT_TV_H

#include <stdint.h>

typedef intptr_t AotTV;

#define AOT_TV_ERR ((AotTV)1)
#define AOT_TV_SHORT_MIN (-((int64_t)1 << 62))
#define AOT_TV_SHORT_MAX (((int64_t)1 << 62) - 1)

/* Out-of-line slow paths (aot_int.c); operands borrowed, result new. */
AotTV AotTV_FromI64Slow(int64_t v);
AotTV AotTV_AddSlow(AotTV a, AotTV b);
AotTV AotTV_SubSlow(AotTV a, AotTV b);
AotTV AotTV_MulSlow(AotTV a, AotTV b);
AotTV AotTV_FloorDivSlow(AotTV a, AotTV b);
AotTV AotTV_ModSlow(AotTV a, AotTV b);
AotTV AotTV_LShiftSlow(AotTV a, AotTV b);
AotTV AotTV_RShiftSlow(AotTV a, AotTV b);
AotTV AotTV_AndSlow(AotTV a, AotTV b);
AotTV AotTV_OrSlow(AotTV a, AotTV b);
AotTV AotTV_XorSlow(AotTV a, AotTV b);
AotTV AotTV_PowSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceAddSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceSubSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceMulSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceFloorDivSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceModSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceLShiftSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceRShiftSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceAndSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceOrSlow(AotTV a, AotTV b);
AotTV AotTV_InPlaceXorSlow(AotTV a, AotTV b);
AotTV AotTV_InPlacePowSlow(AotTV a, AotTV b);
AotTV AotTV_NegSlow(AotTV a);
AotTV AotTV_PosSlow(AotTV a);
AotTV AotTV_InvertSlow(AotTV a);
PyObject *AotTV_TrueDivSlow(AotTV a, AotTV b);
PyObject *AotTV_InPlaceTrueDivSlow(AotTV a, AotTV b);
int AotTV_CompareBoolSlow(AotTV a, AotTV b, int op);
PyObject *AotTV_RichCompareSlow(AotTV a, AotTV b, int op);
int AotObj_IsTrue(PyObject *o);

/* ---- Representation ---------------------------------------------------- */

/* Is t a short int?  (AOT_TV_ERR is not.) */
static inline int
AotTV_IsShort(AotTV t)
{
    return (t & 1) == 0;
}

/* Is t a tagged object pointer (not ERR)? */
static inline int
AotTV_IsPtr(AotTV t)
{
    return (t & 1) != 0 && t != AOT_TV_ERR;
}

/* Value of a short TV (t must be short). */
static inline int64_t
AotTV_ShortValue(AotTV t)
{
    /* Arithmetic shift; gcc and clang define it for negative values. */
    return (int64_t)t >> 1;
}

/* Object of a pointer TV.  Returns: borrowed. */
static inline PyObject *
AotTV_Ptr(AotTV t)
{
    return (PyObject *)(t - 1);
}

/* Short TV for v; caller guarantees AOT_TV_SHORT_MIN <= v <= MAX. */
static inline AotTV
AotTV_FromShort(int64_t v)
{
    return (AotTV)(intptr_t)((uint64_t)v << 1);
}

/* Does v fit the short range? */
static inline int
AotTV_FitsShort(int64_t v)
{
    return v >= AOT_TV_SHORT_MIN && v <= AOT_TV_SHORT_MAX;
}

/* TV for any int64.  Returns: new (boxed if it does not fit), ERR on
 * memory error. */
static inline AotTV
AotTV_FromI64(int64_t v)
{
    if (AotTV_FitsShort(v)) {
        return AotTV_FromShort(v);
    }
    return AotTV_FromI64Slow(v);
}

/* Tag an owned object pointer.  Steals o (NULL gives ERR). */
static inline AotTV
AotTV_TagPtr(PyObject *o)
{
    return (AotTV)((intptr_t)o | 1);
}

AOT_HOT void
AotTV_IncRef(AotTV t)
{
    if (t & 1) {
        Py_INCREF(AotTV_Ptr(t));
    }
}

AOT_HOT void
AotTV_DecRef(AotTV t)
{
    if (t & 1) {
        Aot_DecRef(AotTV_Ptr(t));
    }
}

/* Like AotTV_DecRef but AOT_TV_ERR is allowed. */
AOT_HOT void
AotTV_XDecRef(AotTV t)
{
    if ((t & 1) && t != AOT_TV_ERR) {
        Aot_DecRef(AotTV_Ptr(t));
    }
}

/* ---- Binary operations: operands borrowed; Returns: new (ERR on error) - */

#define AOT_TV_BOTH_SHORT(a, b) ((((a) | (b)) & 1) == 0)

/* The generated code's short copy (see em_want_short_copy in the
 * emitter) states that a register holds a short, so the C compiler drops
 * tag tests. UBSan builds trap if it is ever false. */
#define AOT_TV_ASSUME_SHORT(t)                                                \
    do {                                                                      \
        if ((t)&1)                                                            \
            __builtin_unreachable();                                          \
    } while (0)

static inline AotTV
AotTV_Add(AotTV a, AotTV b)
{
    AotTV r;
    /* 2x + 2y = 2(x+y); a 64-bit overflow is exactly a 63-bit one. */
    if (AOT_TV_BOTH_SHORT(a, b) && !__builtin_add_overflow(a, b, &r)) {
        return r;
    }
    return AotTV_AddSlow(a, b);
}

static inline AotTV
AotTV_Sub(AotTV a, AotTV b)
{
    AotTV r;
    if (AOT_TV_BOTH_SHORT(a, b) && !__builtin_sub_overflow(a, b, &r)) {
        return r;
    }
    return AotTV_SubSlow(a, b);
}

static inline AotTV
AotTV_Mul(AotTV a, AotTV b)
{
    AotTV r;
    /* (2x) * y = 2xy: multiply one tagged word by one untagged value. */
    if (AOT_TV_BOTH_SHORT(a, b) &&
        !__builtin_mul_overflow(a, (AotTV)AotTV_ShortValue(b), &r)) {
        return r;
    }
    return AotTV_MulSlow(a, b);
}

/* Truncating x / y and x % y (y != 0). A 64-bit divide costs two to
 * three times a 32-bit one on common x86-64 cores, and operands below
 * 2**31 are the usual case (CPython's single-digit ints divide in 32
 * bits), so those take the short divide. */
static inline int64_t
AotTV_I64Div(int64_t x, int64_t y)
{
    /* A constant divisor (x % 7) becomes a multiply in either width. */
    if (__builtin_constant_p(y))
        return x / y;
    if ((((uint64_t)x | (uint64_t)y) >> 31) == 0)
        return (int64_t)((uint32_t)x / (uint32_t)y);
    return x / y;
}
static inline int64_t
AotTV_I64Rem(int64_t x, int64_t y)
{
    if (__builtin_constant_p(y))
        return x % y;
    if ((((uint64_t)x | (uint64_t)y) >> 31) == 0)
        return (int64_t)((uint32_t)x % (uint32_t)y);
    return x % y;
}

static inline AotTV
AotTV_FloorDiv(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b) && b != 0) {
        int64_t x = AotTV_ShortValue(a), y = AotTV_ShortValue(b);
        int64_t q = AotTV_I64Div(x, y);
        if ((x < 0) != (y < 0) && q * y != x) {
            q--;
        }
        /* Only -2^62 // -1 leaves the short range. */
        return AotTV_FromI64(q);
    }
    return AotTV_FloorDivSlow(a, b);
}

static inline AotTV
AotTV_Mod(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b) && b != 0) {
        int64_t x = AotTV_ShortValue(a), y = AotTV_ShortValue(b);
        int64_t m = AotTV_I64Rem(x, y);
        if (m != 0 && ((m < 0) != (y < 0))) {
            m += y;
        }
        return AotTV_FromShort(m);
    }
    return AotTV_ModSlow(a, b);
}

static inline AotTV
AotTV_LShift(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b) && b >= 0) {
        int64_t x = AotTV_ShortValue(a), n = AotTV_ShortValue(b);
        if (x == 0) {
            return a;
        }
        if (n <= 62) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x && AotTV_FitsShort(r)) {
                return AotTV_FromShort(r);
            }
        }
    }
    return AotTV_LShiftSlow(a, b);
}

static inline AotTV
AotTV_RShift(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b) && b >= 0) {
        int64_t x = AotTV_ShortValue(a), n = AotTV_ShortValue(b);
        /* Python's >> floors, like an arithmetic shift. */
        if (n >= 63) {
            return AotTV_FromShort(x < 0 ? -1 : 0);
        }
        return AotTV_FromShort(x >> n);
    }
    return AotTV_RShiftSlow(a, b);
}

static inline AotTV
AotTV_And(AotTV a, AotTV b)
{
    /* Bitwise ops commute with the tag shift and keep bit 0 clear. */
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return a & b;
    }
    return AotTV_AndSlow(a, b);
}

static inline AotTV
AotTV_Or(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return a | b;
    }
    return AotTV_OrSlow(a, b);
}

static inline AotTV
AotTV_Xor(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return a ^ b;
    }
    return AotTV_XorSlow(a, b);
}

/* x ** n for n >= 0 in int64; returns 0 on overflow. */
static inline int
AotTV_PowI64(int64_t x, int64_t n, int64_t *out)
{
    int64_t result = 1, base = x;
    while (n > 0) {
        if ((n & 1) && __builtin_mul_overflow(result, base, &result)) {
            return 0;
        }
        n >>= 1;
        /* A needed square that overflows means the result does too, since
         * |result| >= 1 whenever base != 0. */
        if (n > 0 && __builtin_mul_overflow(base, base, &base)) {
            return 0;
        }
    }
    *out = result;
    return 1;
}

static inline AotTV
AotTV_Pow(AotTV a, AotTV b)
{
    int64_t r;
    /* Negative exponents give floats: CPython computes those. */
    if (AOT_TV_BOTH_SHORT(a, b) && b >= 0 &&
        AotTV_PowI64(AotTV_ShortValue(a), AotTV_ShortValue(b), &r)) {
        return AotTV_FromI64(r);
    }
    return AotTV_PowSlow(a, b);
}

/* a / b.  Returns: new ref (a float for ints), NULL on error. */
static inline PyObject *
AotTV_TrueDiv(AotTV a, AotTV b)
{
    /* Both exactly representable as doubles: one correctly rounded IEEE
     * division is exactly what CPython computes. */
    if (AOT_TV_BOTH_SHORT(a, b) && b != 0) {
        int64_t x = AotTV_ShortValue(a), y = AotTV_ShortValue(b);
        const int64_t lim = (int64_t)1 << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) {
            return PyFloat_FromDouble((double)x / (double)y);
        }
    }
    return AotTV_TrueDivSlow(a, b);
}

/* In-place variants: identical for short ints (ints are immutable); the
 * slow path calls PyNumber_InPlace* so `lst += x` mutates a list. */
#define AOT_TV_INPLACE(NAME)                                                  \
    static inline AotTV AotTV_InPlace##NAME(AotTV a, AotTV b)                 \
    {                                                                         \
        if (AOT_TV_BOTH_SHORT(a, b)) {                                        \
            return AotTV_##NAME(a, b);                                        \
        }                                                                     \
        return AotTV_InPlace##NAME##Slow(a, b);                               \
    }
AOT_TV_INPLACE(Add)
AOT_TV_INPLACE(Sub)
AOT_TV_INPLACE(Mul)
AOT_TV_INPLACE(FloorDiv)
AOT_TV_INPLACE(Mod)
AOT_TV_INPLACE(LShift)
AOT_TV_INPLACE(RShift)
AOT_TV_INPLACE(And)
AOT_TV_INPLACE(Or)
AOT_TV_INPLACE(Xor)
AOT_TV_INPLACE(Pow)
#undef AOT_TV_INPLACE

/* a /= b.  Returns: new ref. */
static inline PyObject *
AotTV_InPlaceTrueDiv(AotTV a, AotTV b)
{
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return AotTV_TrueDiv(a, b);
    }
    return AotTV_InPlaceTrueDivSlow(a, b);
}

/* ---- Unary operations: operand borrowed; Returns: new ------------------ */

static inline AotTV
AotTV_Neg(AotTV a)
{
    if (AotTV_IsShort(a)) {
        /* -(-2^62) is the one value that leaves the short range. */
        return AotTV_FromI64(-AotTV_ShortValue(a));
    }
    return AotTV_NegSlow(a);
}

static inline AotTV
AotTV_Pos(AotTV a)
{
    if (AotTV_IsShort(a)) {
        return a;
    }
    return AotTV_PosSlow(a);
}

static inline AotTV
AotTV_Invert(AotTV a)
{
    if (AotTV_IsShort(a)) {
        /* ~x = -x-1 maps [-2^62, 2^62) onto itself. */
        return AotTV_FromShort(~AotTV_ShortValue(a));
    }
    return AotTV_InvertSlow(a);
}

/* ---- Comparisons and truth --------------------------------------------- */

static inline int
AotTV_CompareShort(AotTV a, AotTV b, int op)
{
    /* The tag shift preserves order, so compare the raw words. */
    switch (op) {
    case Py_LT:
        return a < b;
    case Py_LE:
        return a <= b;
    case Py_EQ:
        return a == b;
    case Py_NE:
        return a != b;
    case Py_GT:
        return a > b;
    default:
        return a >= b;
    }
}

/* a <op> b as a C truth value.  Returns -1 on error, else 0/1.  Pointer
 * operands: PyObject_RichCompare then truth (no identity shortcut). */
static inline int
AotTV_CompareBool(AotTV a, AotTV b, int op)
{
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return AotTV_CompareShort(a, b, op);
    }
    return AotTV_CompareBoolSlow(a, b, op);
}

/* a <op> b.  Returns: new ref. */
static inline PyObject *
AotTV_RichCompare(AotTV a, AotTV b, int op)
{
    if (AOT_TV_BOTH_SHORT(a, b)) {
        return Py_NewRef(AotTV_CompareShort(a, b, op) ? Py_True : Py_False);
    }
    return AotTV_RichCompareSlow(a, b, op);
}

/* Truth of a (borrowed).  Returns -1 on error, else 0/1. */
static inline int
AotTV_IsTrue(AotTV a)
{
    if (AotTV_IsShort(a)) {
        return a != 0;
    }
    return AotObj_IsTrue(AotTV_Ptr(a));
}

#endif /* AOT_TV_H */
