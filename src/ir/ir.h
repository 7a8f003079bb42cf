/*
 * ir.h: pyaot's typed control-flow-graph IR (DESIGN.md §2, notes §1).
 *
 * A function is a list of basic blocks; each block holds ops and ends in one
 * terminator. Ops read and write registers. A register has a representation
 * (rep): a Python object, a tagged int, an unboxed double, a C truth value.
 *
 * Ownership (mypyc's model): a register of a refcounted rep (OBJ, TV) owns
 * one reference when written by an op, unless the op's result is borrowed
 * (constants). Registers are of two kinds:
 *   - locals: named Python locals and hidden loop/handler state. They start
 *     unbound (NULL / AOT_TV_ERR), keep their value until rebound, deleted
 *     or the function exits (CPython frame semantics), and are read in place
 *     (borrowed) by the ops that use them;
 *   - temps: single values inside a statement, owned, freed by the refcount
 *     pass right after their last use and on error edges.
 * The builder never writes INCREF/DECREF; refcount.c inserts them.
 *
 * Errors: each op declares how it signals failure (IrErr). Each block names
 * its error handler (a block index, or -1 for "leave the function with an
 * error"). The emitter turns every failing op into a check plus a jump to
 * the handler, after freeing the temps the refcount pass listed for that
 * edge and adding the traceback entry.
 */
#ifndef PYAOT_IR_H
#define PYAOT_IR_H

#include <stdint.h>

#include "../ast/ast.h"

typedef enum IrRep {
    REP_VOID,
    REP_OBJ,  /* PyObject *, NULL = error/unbound */
    REP_TV,   /* AotTV tagged int/object, AOT_TV_ERR = error/unbound */
    REP_FV,   /* AotFV tagged float (double or owned pointer), AOT_FV_ERR */
    REP_BOOL, /* char 0/1 (certainly a bool when boxed) */
    REP_I64,  /* int64_t, proven range */
    REP_CINT  /* int: C-API status or truth, -1 = error */
} IrRep;

typedef enum IrErr {
    ERR_NEVER,
    ERR_NULL,   /* result is NULL / AOT_TV_ERR */
    ERR_NEG,    /* result (or C call's int) < 0 */
    ERR_MAGIC,  /* f64 result == -1.0 && PyErr_Occurred() */
    ERR_ALWAYS, /* always fails (raise): jump to the handler */
    ERR_RERAISE /* always fails, re-raising: no traceback entry */
} IrErr;

#define IR_OPS(X)                                                             \
    X(CONST)      /* dest = constant (obj: borrowed from the table) */        \
    X(COPY)       /* dest = a0 (new ref for refcounted reps) */               \
    X(ASSIGN)     /* local/merge dest = a0, consuming a0 */                   \
    X(UNDEF)      /* local dest becomes unbound (del), old value dropped */   \
    X(CHECKBOUND) /* fails with UnboundLocalError if a0 is unbound */         \
    X(BOX)        /* obj dest = box(a0) */                                    \
    X(UNBOX)      /* dest (tv) = from object a0 (borrowed) */                 \
    X(BINOP)      /* dest = a0 <op> a1, specialized by reps */                \
    X(UNOP)       /* dest = <op> a0 */                                        \
    X(COMPARE)    /* dest = a0 <cmp> a1 (obj, or cint truth when REP_CINT) */ \
    X(TRUTH)      /* cint dest = truth of a0 */                               \
    X(CALLC)      /* dest = cname(args...) runtime/C-API call */              \
    X(CALLPY)     /* dest = PyObject_Vectorcall(a0, a1.., kwnames) */         \
    X(CALLMETH)   /* dest = o.name(a1..) via VectorcallMethod */              \
    X(CALLNAT)    /* dest = direct call of a clone, guarded (see emit) */     \
    X(BUILD)      /* dest = list/tuple of args (steals args) */               \
    X(GLOBAL)     /* dest = load global name (slot cache) */                  \
    X(INCREF)     /* inserted by refcount.c */                                \
    X(DECREF)     /* inserted by refcount.c */                                \
    X(MAKEFUNC)   /* dest = new function for def ival (defaults...) */        \
    X(CATCH)      /* dest = caught exception; a0 (local) = saved handled */   \
    X(UNPACK)     /* a1.. = items of a0; op = index of the star or -1 */      \
    X(LINE)       /* no-op marker: source line (for dumps) */

typedef enum IrOpKind {
#define X(n) IR_##n,
    IR_OPS(X)
#undef X
      IR__COUNT
} IrOpKind;

typedef enum IrTermKind {
    TERM_NONE,
    TERM_GOTO,    /* goto t0 */
    TERM_BRANCH,  /* if (cond) t0 else t1 */
    TERM_RETURN,  /* return val (new ref handed to the caller) */
    TERM_RAISE,   /* jump to the error handler (exception already set) */
    TERM_FORITER, /* dest = next(iter); t0 = got one, t1 = exhausted */
    TERM_UNREACHABLE
} IrTermKind;

typedef struct IrReg {
    IrRep rep;
    bool local;       /* named local or hidden state (see header) */
    bool param;       /* a parameter (bound on entry) */
    bool borrowed;    /* temp holding a borrowed reference (constants) */
    const char *name; /* Python name for locals, NULL for temps */
    bool global_name; /* a module global kept in a register while a module
                         loop runs: unbound means NameError */
    int fnref;        /* >0: a callee loaded before its arguments, owned
                         unless it is def fnref-1's function object, which
                         the module keeps alive (see em_callnat) */
    int box;          /* >0: a tv/fv local's box, register box-1: the
                         object its value was unboxed from, or unbound
                         (irbuild_stmt.c, bx_assign_local) */
} IrReg;

/* Constants referenced by CONST ops and kwnames tuples. */
typedef enum IrConstKind {
    IK_NONE,
    IK_TRUE,
    IK_FALSE,
    IK_ELLIPSIS,
    IK_INT,
    IK_FLOAT,
    IK_COMPLEX,
    IK_STR,
    IK_STR_ESCAPED,
    IK_BYTES,
    IK_TUPLE_OF_STR, /* kwnames */
    IK_TUPLE,        /* "a b c": a tuple of K[a], K[b], K[c] */
    IK_FOLD /* "c a b": AotConst_Fold(c, K[a], K[b] or NULL if b < 0) */
} IrConstKind;

typedef struct IrConst {
    IrConstKind kind;
    const char *data; /* text / bytes; for TUPLE_OF_STR: '\0'-separated */
    int len;          /* bytes in data; for TUPLE_OF_STR: number of names */
} IrConst;

typedef struct IrOp {
    IrOpKind kind;
    int dest;  /* register, or -1 */
    int *args; /* registers */
    int nargs;
    int op; /* BinOpKind / UnaryOpKind / CmpOpKind / BUILD: 0 list 1 tuple */
    IrErr err;
    const char
      *cname; /* CALLC: C function; CALLMETH: method name; GLOBAL: name */
    int
      konst; /* CONST: constant index; CALLPY/CALLMETH: kwnames const or -1 */
    int64_t ival;    /* CONST of TV/I64/BOOL reps; CALLNAT: function index */
    double fval;     /* CONST of F64 */
    unsigned steals; /* bit i set: the op consumes args[i] */
    unsigned addr;   /* CALLC: bit i set: pass &args[i] (an out-param
                        local, cleared first) */
    bool imm;        /* CALLC: pass ival as the first C argument;
                        ASSIGN: the value may be the unbound marker (a
                        promoted global's load), so the local is not
                        known to be bound after it (bound.c);
                        BINOP: the right operand is expected to be ival
                        (a module constant) */
    /* CALLNAT with keywords: 1 + the constant index of the names of its
     * last arguments (its generic fallback passes them as keywords), or 0. */
    int kwconst1;
    /* CALLNAT with keywords: kwperm[k] is the index in args of the value
     * of the k-th keyword argument in source order (the names of
     * kwconst1 are in that order: a callee taking **kwargs sees it). */
    int *kwperm;
    /* CALLNAT: bit i set: parameter i of the callee is among args, which
     * are in parameter order; 0: args are its first nargs parameters.
     * The others get their defaults (a keyword call can skip some). */
    uint64_t pmask;
    int line;
    /* If nonzero: the line CPython 3.9/3.10 report for this op, where 3.11+
     * report `line` (a decorator's call: its `@` line from 3.11, the
     * def's before). */
    int line_pre311;
    /* If nonzero: the line CPython 3.9-3.12 report for this op, where
     * 3.13 reports `line` (a with item's __enter__ on a later line than
     * its `with`). */
    int line_pre313;
    /* Filled by refcount.c: temps to free if this op fails. */
    int *err_decrefs;
    int nerr_decrefs;
} IrOp;

typedef struct IrBlock {
    int id;
    Vec(IrOp) ops;
    IrTermKind term;
    int cond;    /* BRANCH condition (cint/bool), RETURN value, FORITER iter */
    int dest;    /* FORITER destination */
    int t0, t1;  /* successors */
    int line;    /* terminator's line (RAISE / FORITER errors) */
    int handler; /* error handler block, -1 = leave the function */
    bool is_handler;    /* entered by an error edge */
    bool cold_t1;       /* BRANCH: t1 is the rare arm; the short copy (emit.c)
                           leaves for the general copy there */
    const char *tbname; /* traceback name for ops here (comprehensions);
                           NULL: the function's */
    const char *tbvars; /* with tbname: the comprehension's name, then its
                           local names, '\0'-separated, ending with an
                           empty one (AotTraceback_AddVars), or NULL */
    int exit_tb_line;   /* >0: on entry add the enclosing frame's traceback
                           entry at this line (comprehension error exit) */
    const char *exit_tb_name; /* that frame's name (NULL: the function's) */
    /* Filled by refcount.c: temps to free on the way to t0 / t1, and
     * when the terminator itself fails (FORITER). */
    Vec(int) edge_decrefs[2];
    Vec(int) term_err_decrefs;
} IrBlock;

/* One compiled clone of a Python function (or the module body). */
typedef struct IrFunc {
    const char *name; /* Python name: "f", "<module>", "<lambda>" */
    const char *qualname;
    const char *cname; /* C identifier of the native entry */
    int index;         /* in IrModule.funcs */
    int def_index;     /* which Python def this is a clone of */
    Node *node;        /* FunctionDef / Lambda / Module */
    Vec(IrReg) regs;
    Vec(IrBlock *) blocks;
    int nparams;       /* params are regs 0..nparams-1, all locals */
    IrRep *param_reps; /* C ABI reps of the params (the clone's
                          signature); the local may be wider */
    IrRep ret_rep;
    const char *sig; /* "f(int, int) -> int" for dumps */
    bool is_module;
    int firstlineno;
} IrFunc;

/* A Python-level function definition: its clones and its descriptor. */
typedef struct IrDef {
    Node *node;
    const char *name, *qualname;
    int generic;   /* IrFunc index of the all-object clone */
    int clones[4]; /* IrFunc indices of specialized clones */
    IrRep *clone_params[4];
    int nclones;
    int npos, nposonly, nkwonly;
    bool varargs, varkw;
    const char **argnames;
    int nargnames;
    bool module_level; /* defined once at module level: direct calls OK */
} IrDef;

typedef struct IrModule {
    Arena *arena;
    Interner *in;
    const char *modname;
    const char *filename;
    Vec(IrFunc *) funcs;
    Vec(IrDef *) defs;
    Vec(IrConst) consts;
    /* Open-addressing index into consts (entry = index + 1, 0 = empty),
     * so that interning a constant stays O(1) in huge literals. */
    int *kindex;
    int kcap;
    Vec(const char *) globals; /* names with a global slot cache */
    PtrMap global_index;       /* name -> index in globals */
    int body;                  /* IrFunc index of the module body */
    /* A huge module body is split at top-level statements into several
     * functions run in order (IrFunc indices, body first); empty when it
     * is one function. */
    Vec(int) body_chunks;
    /* SyntaxWarnings to issue when the module runs as __main__ (pyaot run),
     * as `python FILE.py` prints them when it compiles the file. */
    const int *warn_lines;
    const char *const *warn_msgs;
    const char *const *warn_msgs312; /* from 3.12 when they differ, or NULL */
    int nwarn;
} IrModule;

IrModule *ir_module_new(Arena *a,
                        Interner *in,
                        const char *modname,
                        const char *filename);
IrFunc *ir_func_new(IrModule *m, const char *name, const char *qualname);
int ir_reg(IrFunc *f, IrRep rep, bool local, const char *name);
IrBlock *ir_block(IrFunc *f);
IrOp *ir_emit(IrFunc *f, IrBlock *b, IrOpKind k, int dest, int line);
void ir_op_args(IrFunc *f, IrOp *op, const int *args, int n);
int ir_const(IrModule *m, IrConstKind k, const char *data, int len);
int ir_global_slot(IrModule *m, const char *name);
const char *ir_rep_name(IrRep r);
const char *ir_op_name(IrOpKind k);
/* refcounted reps */
static inline bool
ir_rep_refcounted(IrRep r)
{
    return r == REP_OBJ || r == REP_TV || r == REP_FV;
}

void ir_dump_func(const IrModule *m, const IrFunc *f, StrBuf *out);
void ir_dump_module(const IrModule *m, StrBuf *out);

/* Special register numbers usable as op arguments. */
#define REG_NULL (-1)     /* C NULL */
#define REG_GLOBALS (-2)  /* the module's globals dict */
#define REG_BUILTINS (-3) /* the module's builtins dict */

/* Passes. */
void ir_refcount(IrModule *m, IrFunc *f);
void ir_drop_bound_checks(IrFunc *f);

#endif /* PYAOT_IR_H */
