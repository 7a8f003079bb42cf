/* aot_fv.h: the tagged float ("FV") representation and its inline fast
 * paths: the float counterpart of aot_tv.h.
 *
 * An AotFV is one 64-bit word:
 *   - a double, stored bit for bit, or
 *   - when (word & AOT_FV_MASK) == AOT_FV_TAG: (PyObject *) in the low 48
 *     bits, an OWNED reference to ANY object.
 * The tag is a signalling-NaN pattern. Floating-point arithmetic never
 * produces a signalling NaN (it returns quiet NaNs), so a computed double
 * is never mistaken for a pointer. Negation flips the sign bit, so a float
 * object whose bits match the tag with EITHER sign (AotFV_BoxedBits) is
 * kept as a pointer: no double inside an FV can be turned into the tag.
 * AOT_FV_ERR (a tagged NULL) signals an error with an exception set.
 *
 * A value predicted to be a float lives in an FV: when the prediction is
 * wrong the word holds a pointer and every operation takes its slow path,
 * which boxes the operands and lets CPython compute (and raise). So the
 * representation never lies, as for AotTV. Float // and % use CPython's
 * rules (AotFloat_FloorDiv/Mod); zero divisors always take the slow path.
 * Included by pyaot_rt.h; do not include directly.
 */
#ifndef AOT_FV_H
#define AOT_FV_H

#include <stdint.h>
#include <math.h>
#include <string.h>

typedef uint64_t AotFV;

#define AOT_FV_TAG ((AotFV)0x7FF4000000000000ULL)
#define AOT_FV_MASK ((AotFV)0xFFFC000000000000ULL)
#define AOT_FV_ERR AOT_FV_TAG

/* Operation codes of the out-of-line slow paths (aot_float.c). */
enum {
    AOT_FV_ADD,
    AOT_FV_SUB,
    AOT_FV_MUL,
    AOT_FV_TRUEDIV,
    AOT_FV_FLOORDIV,
    AOT_FV_MOD,
    AOT_FV_POW
};

/* Slow paths: box, PyNumber_*, re-tag. Operands borrowed.
 * Returns: new FV (AOT_FV_ERR on error) */
AotFV AotFV_BinSlow(AotFV a, AotFV b, int op, int inplace);
AotFV AotFV_MixSlow(AotTV a, AotFV b, int op, int tv_first, int inplace);
AotFV AotFV_IntDivSlow(AotTV a, AotTV b, int inplace);
AotFV AotFV_UnarySlow(AotFV a, int neg);
int AotFV_CompareBoolSlow(AotFV a, AotFV b, int op);
/* Steals o (NULL -> AOT_FV_ERR). Returns: new FV */
AotFV AotFV_FromObject(PyObject *o);
/* Returns: new ref (NULL on error) */
PyObject *AotFV_Box(AotFV v);
double AotFloat_FloorDiv(double a, double b);
double AotFloat_Mod(double a, double b);

static inline int
AotFV_IsPtr(AotFV v)
{
    return (v & AOT_FV_MASK) == AOT_FV_TAG;
}

/* Bits of a double that must stay boxed: the tag pattern, either sign. */
static inline int
AotFV_BoxedBits(AotFV v)
{
    return (v & (AOT_FV_MASK & ~((AotFV)1 << 63))) ==
           (AOT_FV_TAG & ~((AotFV)1 << 63));
}

/* The generated code's short copy states that a register holds a plain
 * double (see AOT_TV_ASSUME_SHORT). */
#define AOT_FV_ASSUME_PLAIN(v)                                                \
    do {                                                                      \
        if (AotFV_IsPtr(v))                                                   \
            __builtin_unreachable();                                          \
    } while (0)

static inline PyObject *
AotFV_Ptr(AotFV v)
{
    return (PyObject *)(uintptr_t)(v & ~AOT_FV_MASK);
}

static inline double
AotFV_Double(AotFV v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

/* d must be a computed double or a constant (never the tag pattern). */
static inline AotFV
AotFV_FromDouble(double d)
{
    AotFV v;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline AotFV
AotFV_TagPtr(PyObject *o)
{
    return AOT_FV_TAG | (AotFV)(uintptr_t)o;
}

/* Borrows o: an exact float's double (unless its bits must stay boxed),
 * else a new reference under the tag.  Returns: new FV */
AOT_HOT AotFV
AotFV_FromObjectBorrowed(PyObject *o)
{
    if (PyFloat_CheckExact(o)) {
        AotFV v = AotFV_FromDouble(PyFloat_AS_DOUBLE(o));
        if (!AotFV_BoxedBits(v))
            return v;
    }
    Py_INCREF(o);
    return AotFV_TagPtr(o);
}

/* AotTV_BoxOr for floats.  Returns: new ref */
static inline PyObject *
AotFV_BoxOr(PyObject *box, AotFV v)
{
    if (box != NULL) {
        Py_INCREF(box);
        return box;
    }
    return AotFV_Box(v);
}

AOT_HOT void
AotFV_IncRef(AotFV v)
{
    if (AotFV_IsPtr(v))
        Py_INCREF(AotFV_Ptr(v));
}

AOT_HOT void
AotFV_DecRef(AotFV v)
{
    if (AotFV_IsPtr(v))
        Aot_DecRef(AotFV_Ptr(v));
}

AOT_HOT void
AotFV_XDecRef(AotFV v)
{
    if (AotFV_IsPtr(v))
        Aot_XDecRef(AotFV_Ptr(v));
}

/* Consumes v. Returns: new ref */
static inline PyObject *
AotFV_BoxSteal(AotFV v)
{
    if (AotFV_IsPtr(v))
        return AotFV_Ptr(v);
    return PyFloat_FromDouble(AotFV_Double(v));
}

/* One operation in its four operand forms (fv op fv, tv op fv, fv op tv),
 * named with PFX: "" for x op y, InPlace for x op= y (the slow path then
 * uses the in-place protocol, and errors name op=). */
#define AOT_FV_FORMS(NAME, PFX, INPLACE, OPC, EXPR, OK)                       \
    static inline AotFV AotFV_##PFX##NAME(AotFV a, AotFV b)                   \
    {                                                                         \
        if (!AotFV_IsPtr(a) && !AotFV_IsPtr(b)) {                             \
            double x = AotFV_Double(a), y = AotFV_Double(b);                  \
            if (OK)                                                           \
                return AotFV_FromDouble(EXPR);                                \
        }                                                                     \
        return AotFV_BinSlow(a, b, OPC, INPLACE);                             \
    }                                                                         \
    static inline AotFV AotFV_##PFX##NAME##TF(AotTV ta, AotFV b)              \
    {                                                                         \
        if (AotTV_IsShort(ta) && !AotFV_IsPtr(b)) {                           \
            double x = (double)AotTV_ShortValue(ta), y = AotFV_Double(b);     \
            if (OK)                                                           \
                return AotFV_FromDouble(EXPR);                                \
        }                                                                     \
        return AotFV_MixSlow(ta, b, OPC, 1, INPLACE);                         \
    }                                                                         \
    static inline AotFV AotFV_##PFX##NAME##FT(AotFV a, AotTV tb)              \
    {                                                                         \
        if (AotTV_IsShort(tb) && !AotFV_IsPtr(a)) {                           \
            double x = AotFV_Double(a), y = (double)AotTV_ShortValue(tb);     \
            if (OK)                                                           \
                return AotFV_FromDouble(EXPR);                                \
        }                                                                     \
        return AotFV_MixSlow(tb, a, OPC, 0, INPLACE);                         \
    }
#define AOT_FV_BIN(NAME, OPC, EXPR, OK)                                       \
    AOT_FV_FORMS(NAME, , 0, OPC, EXPR, OK)                                    \
    AOT_FV_FORMS(NAME, InPlace, 1, OPC, EXPR, OK)

AOT_FV_BIN(Add, AOT_FV_ADD, x + y, 1)
AOT_FV_BIN(Sub, AOT_FV_SUB, x - y, 1)
AOT_FV_BIN(Mul, AOT_FV_MUL, x *y, 1)
AOT_FV_BIN(TrueDiv, AOT_FV_TRUEDIV, x / y, y != 0.0)
AOT_FV_BIN(FloorDiv, AOT_FV_FLOORDIV, AotFloat_FloorDiv(x, y), y != 0.0)
AOT_FV_BIN(Mod, AOT_FV_MOD, AotFloat_Mod(x, y), y != 0.0)
#undef AOT_FV_BIN
#undef AOT_FV_FORMS

/* a / b of two predicted ints: a float. Below 2**53 in magnitude both
 * convert exactly, and long_true_divide then divides the doubles too
 * (one correctly rounded division); bigger ints, a zero divisor and
 * objects take PyNumber_TrueDivide. */
#define AOT_FV_INT53(v) ((v) > -(1LL << 53) && (v) < (1LL << 53))
#define AOT_FV_INTDIV(PFX, INPLACE)                                           \
    static inline AotFV AotFV_##PFX##TrueDivTT(AotTV ta, AotTV tb)            \
    {                                                                         \
        if (AotTV_IsShort(ta) && AotTV_IsShort(tb) && tb != 0) {              \
            int64_t x = AotTV_ShortValue(ta), y = AotTV_ShortValue(tb);       \
            if (AOT_FV_INT53(x) && AOT_FV_INT53(y))                           \
                return AotFV_FromDouble((double)x / (double)y);               \
        }                                                                     \
        return AotFV_IntDivSlow(ta, tb, INPLACE);                             \
    }
AOT_FV_INTDIV(, 0)
AOT_FV_INTDIV(InPlace, 1)
#undef AOT_FV_INTDIV

/* x ** y in doubles where float_pow computes it as pow(): finite
 * operands, a nonzero base, a negative base only with an integral
 * exponent (as float_pow: the magnitude's power, negated for an odd
 * exponent), and no overflow (float_pow raises OverflowError; an
 * underflow to 0 is a result). Everything else (zero, infinities, nan, a
 * complex result, errors) takes PyNumber_Power. */
static inline int
AotFloat_PowFast(double x, double y, double *r)
{
    if (!isfinite(x) || !isfinite(y) || x == 0.0)
        return 0;
    int neg = 0;
    if (x < 0.0) {
        if (y != floor(y))
            return 0;
        neg = fmod(fabs(y), 2.0) == 1.0;
        x = -x;
    }
    double z = pow(x, y);
    if (isinf(z))
        return 0;
    *r = neg ? -z : z;
    return 1;
}

#define AOT_FV_POW_FORMS(PFX, INPLACE)                                        \
    static inline AotFV AotFV_##PFX##Pow(AotFV a, AotFV b)                    \
    {                                                                         \
        double r;                                                             \
        if (!AotFV_IsPtr(a) && !AotFV_IsPtr(b) &&                             \
            AotFloat_PowFast(AotFV_Double(a), AotFV_Double(b), &r))           \
            return AotFV_FromDouble(r);                                       \
        return AotFV_BinSlow(a, b, AOT_FV_POW, INPLACE);                      \
    }                                                                         \
    static inline AotFV AotFV_##PFX##PowTF(AotTV ta, AotFV b)                 \
    {                                                                         \
        double r;                                                             \
        if (AotTV_IsShort(ta) && !AotFV_IsPtr(b) &&                           \
            AotFloat_PowFast(                                                 \
              (double)AotTV_ShortValue(ta), AotFV_Double(b), &r))             \
            return AotFV_FromDouble(r);                                       \
        return AotFV_MixSlow(ta, b, AOT_FV_POW, 1, INPLACE);                  \
    }                                                                         \
    static inline AotFV AotFV_##PFX##PowFT(AotFV a, AotTV tb)                 \
    {                                                                         \
        double r;                                                             \
        if (AotTV_IsShort(tb) && !AotFV_IsPtr(a) &&                           \
            AotFloat_PowFast(                                                 \
              AotFV_Double(a), (double)AotTV_ShortValue(tb), &r))             \
            return AotFV_FromDouble(r);                                       \
        return AotFV_MixSlow(tb, a, AOT_FV_POW, 0, INPLACE);                  \
    }
AOT_FV_POW_FORMS(, 0)
AOT_FV_POW_FORMS(InPlace, 1)
#undef AOT_FV_POW_FORMS

static inline AotFV
AotFV_Neg(AotFV a)
{
    if (!AotFV_IsPtr(a))
        return AotFV_FromDouble(-AotFV_Double(a));
    return AotFV_UnarySlow(a, 1);
}

static inline AotFV
AotFV_Pos(AotFV a)
{
    if (!AotFV_IsPtr(a))
        return a;
    return AotFV_UnarySlow(a, 0);
}

/* x <op> y for doubles (op: Py_LT...), IEEE semantics as CPython's. */
static inline int
AotDouble_Compare(double x, double y, int op)
{
    switch (op) {
    case Py_LT:
        return x < y;
    case Py_LE:
        return x <= y;
    case Py_EQ:
        return x == y;
    case Py_NE:
        return x != y;
    case Py_GT:
        return x > y;
    default:
        return x >= y;
    }
}

/* a <op> b as C truth (op: Py_LT...). -1 on error. */
static inline int
AotFV_CompareBool(AotFV a, AotFV b, int op)
{
    if (!AotFV_IsPtr(a) && !AotFV_IsPtr(b))
        return AotDouble_Compare(AotFV_Double(a), AotFV_Double(b), op);
    return AotFV_CompareBoolSlow(a, b, op);
}

/* A predicted float against a predicted int (x < 0, y == n): a short
 * int below 2**53 in magnitude converts to a double exactly, and
 * float_richcompare then compares the doubles too. tv_first: the int is
 * the left operand. -1 on error. */
int AotFV_CompareMixSlow(AotFV f, AotTV t, int op, int tv_first);
static inline int
AotFV_CompareBoolFT(AotFV a, AotTV b, int op)
{
    if (!AotFV_IsPtr(a) && AotTV_IsShort(b) &&
        AOT_FV_INT53(AotTV_ShortValue(b)))
        return AotDouble_Compare(
          AotFV_Double(a), (double)AotTV_ShortValue(b), op);
    return AotFV_CompareMixSlow(a, b, op, 0);
}
static inline int
AotFV_CompareBoolTF(AotTV a, AotFV b, int op)
{
    if (!AotFV_IsPtr(b) && AotTV_IsShort(a) &&
        AOT_FV_INT53(AotTV_ShortValue(a)))
        return AotDouble_Compare(
          (double)AotTV_ShortValue(a), AotFV_Double(b), op);
    return AotFV_CompareMixSlow(b, a, op, 1);
}

/* Truth of v; -1 on error. */
static inline int
AotFV_IsTrue(AotFV v)
{
    if (!AotFV_IsPtr(v))
        return AotFV_Double(v) != 0.0;
    return AotObj_IsTrue(AotFV_Ptr(v));
}

#endif /* AOT_FV_H */
