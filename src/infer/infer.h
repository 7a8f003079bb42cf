/*
 * infer.h: type inference and clone selection (DESIGN.md §2 "infer").
 *
 * Types are representations (ir.h IrRep): TV for values predicted to be
 * ints (a tagged word that can still hold any object, so a wrong prediction
 * is never unsound), F64 for values that are certainly floats, BOOL for
 * certain bools, OBJ for anything else. Inference is flow-insensitive per
 * function: a local's rep is the join of the reps of everything bound to it.
 * Parameter reps come from clones: for every module-level def, the argument
 * reps at the module's own direct call sites give up to 3 specialized clones
 * beside the generic all-OBJ one; return reps and local reps are solved
 * together to a fixpoint.
 *
 * infer_expr_rep is THE typing rule: the IR builder asks it for the rep of
 * every expression, so inference and code generation cannot disagree.
 */
#ifndef PYAOT_INFER_H
#define PYAOT_INFER_H

#include "../ir/ir.h"
#include "../sema/sema.h"

#define INFER_MAX_CLONES 4  /* generic + 3 specialized */
#define REP_BOTTOM REP_VOID /* "nothing bound yet" during the fixpoint */

/* Where the locals of a function live: the function's own scope plus the
 * comprehension scopes inlined into it, each at an offset. */
typedef struct FnLayout {
    const Scope **scopes;
    int *offsets;
    int nscopes;
    int total;
} FnLayout;

typedef struct InferClone {
    IrRep *params; /* per positional parameter */
    IrRep ret;
    IrRep *locals; /* per layout slot */
    /* per layout slot, during the fixpoint: INFER_EV_INT / INFER_EV_FLOAT
     * when the local meets a predicted int / float (see infer.c) */
    unsigned char *ev;
    /* per layout slot: element hints (INFER_EL_* in infer.c): what the
     * items of the list, tuple or dict a local holds were seen to be */
    unsigned char *elem;
    unsigned char ret_elem; /* element hints of the returned value */
    int func;               /* IrFunc index once built, else -1 */
} InferClone;

typedef struct InferDef {
    Node *node; /* FunctionDef or Lambda; NULL for the module body */
    const Scope *scope;
    FnLayout layout;
    int npos;    /* positional parameters (incl. positional-only) */
    bool simple; /* only positional parameters: no varargs, no kw-only */
    bool direct; /* module-level def never rebound by the module */
    InferClone clones[INFER_MAX_CLONES]; /* [0]: the generic clone */
    unsigned char *pelem; /* per positional parameter: element hints of
                             the arguments at the module's direct calls */
    int nclones;
    int ir_def; /* IrDef index once built */
} InferDef;

/* A loop of the module body whose globals are kept in registers while it
 * runs (see "module loops" in infer.c): the names it reads or writes and
 * the builtins it calls. */
#define INFER_PROMO_READ 1
#define INFER_PROMO_WRITE 2
#define INFER_PROMO_CALL 4    /* a builtin called: callee[] holds which */
#define INFER_PROMO_FLOAT 8   /* kept as a predicted float, not int */
#define INFER_PROMO_FNREAD 16 /* read by a module function it calls */
/* callee[] of a module function called (its global must hold the def's
 * own function object: aotg_promote_fn) */
#define PROMO_CALLEE_DEF (-2)
typedef struct InferPromo {
    const char **names;
    unsigned char *flags;
    signed char *callee; /* aot_builtin_fast index (0-6), 7 = range,
                            -2: a module function (PROMO_CALLEE_DEF) */
    int n;
} InferPromo;

typedef struct Infer {
    Arena *arena;
    Node *module;
    const Scope *modscope;
    Vec(InferDef *) defs; /* [0] is the module body */
    Interner *in;
    const char *s_range, *s_len, *s_int, *s_abs, *s_enumerate, *s_zip;
    /* Module constants: globals bound once, by NAME = number literal at
     * module level. Functions read them as predicted ints/floats. */
    const char **const_names;
    IrRep *const_reps;
    /* int constants: the value bound (the IR builder compiles x % MOD
     * for it, behind a test that MOD still holds it), if it fits */
    int64_t *const_ivals;
    bool *const_known;
    int nconsts;
    PtrMap const_index; /* name -> index in const_names */
    /* Module loops with promoted globals: loop node -> index in promos;
     * their Name nodes (not callees) -> 1, typed as predicted ints, or 2,
     * predicted floats. */
    Vec(InferPromo) promos;
    PtrMap promo_loops;
    PtrMap promo_nodes;
    /* Module globals bound by `from math import f [as name]` at module
     * level, f a one-argument float function: name -> AOT_MATH_f + 1. */
    PtrMap math_names;
    /* Second phase of the fixpoint: values of unknown type that met no
     * predicted number are objects (infer.c, REP_DYN). */
    bool settle;
} Infer;

/* Runs the whole inference on a scoped module. */
Infer *infer_module(Node *module, Arena *a, Interner *in);

/* The def (InferDef) whose node is n, or NULL. */
InferDef *infer_def_of(Infer *I, const Node *n);
/* The slot of a local symbol in layout, or -1 if the symbol is not one of
 * the function's locals. */
int infer_slot(const FnLayout *L, const Scope *s, const Symbol *sym);
/* Number of positional parameters of t that have defaults. */
int infer_ndefaults(const InferDef *t);
/* The rep of expression e evaluated in clone c of def d. */
IrRep infer_expr_rep(Infer *I,
                     InferDef *d,
                     InferClone *c,
                     const Scope *s,
                     Node *e);
/* The module-level def named name (interned) that the module never
 * rebinds (InferDef.direct), or NULL. */
InferDef *infer_direct_def(Infer *I, const char *name);
/* For a call expression: the direct-call target and clone, or NULL. */
/* Direct calls with keywords (see infer.c): the argument for parameter
 * i (NULL: its default), and which parameters the call supplies (bit i
 * of *mask) and how many (-1: not a direct call's binding). */
Node *infer_call_param_arg(const InferDef *t, Node *call, int i);
int infer_call_supplied(const InferDef *t, Node *call, uint64_t *mask);
InferDef *infer_call_target(Infer *I,
                            InferDef *d,
                            InferClone *c,
                            const Scope *s,
                            Node *call,
                            int *clone_out);
/* True if name resolves, from scope s, to the unshadowed builtin `name`
 * (not a local, not bound at module level). */
bool infer_is_builtin(Infer *I, const Scope *s, const char *name);
/* `for T in it` where it is enumerate(X[, start]) with a target of two
 * items (2) or zip(X, Y[, Z]) with one item per argument (3), no stars,
 * the names being the builtins; else 0. */
int infer_enum_zip_loop(Infer *I, const Scope *s, Node *it, Node *t);
/* If name, read in scope s, is an int module constant whose value is
 * known: that value in *v. */
bool infer_const_int(Infer *I, const Scope *s, const char *name, int64_t *v);
/* `q, r = divmod(a, b)`: two plain targets, the builtin divmod, two
 * positional arguments. The targets are predicted ints when a and b are
 * (infer.c), and irbuild computes both without a tuple. */
bool infer_divmod_assign(Infer *I, const Scope *s, Node *t, Node *v);
/* Does name, read in scope s, mean a module global (or builtin)? */
bool infer_is_global_name(const Scope *s, const char *name);
/* The AOT_MATH_* code (runtime/pyaot_rt.h) of math function f if it is
 * one of the one-argument float functions with a fast path, else -1. */
int infer_math1_code(const char *f);
/* True for `a, b = x, y` shapes: same length, no starred items. Such an
 * assignment evaluates every value first, then binds left to right, so
 * each target can take its own value's rep. */
bool infer_parallel_assign(Node *target, Node *value);
/* An int expression CPython's compiler folds into a constant: int
 * literals that fit in 64 bits combined by + - * // % ** << >> & | ^ and
 * unary - + ~, within its size limits (128-bit products, powers and
 * shifts) and raising nothing. */
typedef struct InferFold {
    bool exact; /* the value fits in 64 bits: it is v */
    int64_t v;
    int bits; /* a bound on the bit length of the value's magnitude */
    char op;  /* the runtime's operator code (AotConst_Fold), 0 for a
                 literal */
} InferFold;
/* True if e folds; fills *f. */
bool infer_fold_int(const Node *e, InferFold *f);

/* "int", "float", "bool", "obj" */
const char *infer_type_name(IrRep r);
/* The --dump=types text. */
void infer_dump(Infer *I, StrBuf *out);

/* The promotion plan of a module-body loop, or NULL. */
const InferPromo *infer_promo(const Infer *I, const Node *loop);

#endif /* PYAOT_INFER_H */
