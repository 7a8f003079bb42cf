/*
 * irbuild.h: private state of the AST -> IR builder (irbuild_*.c).
 *
 * The builder walks one clone of one def at a time with the reps chosen by
 * inference. It emits ops that may fail without checks (the emitter adds
 * them from each op's IrErr) and never writes reference counting.
 *
 * Non-local exits (return/break/continue) leave through an "unwind stack"
 * of finally bodies, with-exits and except-handler cleanups, each emitted
 * inline at the exit, as CPython's compiler duplicates finally bodies.
 */
#ifndef PYAOT_IRBUILD_H
#define PYAOT_IRBUILD_H

#include "../infer/infer.h"
#include "ir.h"

typedef enum UnwindKind {
    UW_LOOP,
    UW_FINALLY,
    UW_WITH,
    UW_HANDLER
} UnwindKind;

typedef struct Unwind {
    UnwindKind kind;
    /* UW_LOOP */
    int brk, cont;
    /* UW_FINALLY */
    NodeList *finalbody;
    /* all but UW_LOOP: the error handler in force outside the construct,
     * under which its cleanup runs when a return/break/continue leaves */
    int handler;
    /* UW_WITH: exit method local; UW_HANDLER: saved handled exception */
    int reg;
    int name_reg;            /* UW_HANDLER: the 'as' local or -1 */
    const char *name_global; /* UW_HANDLER: the 'as' global or NULL */
} Unwind;

typedef Vec(Unwind) UnwindVec;

typedef struct Builder {
    IrModule *m;
    Infer *I;
    InferDef *d;
    InferClone *c;
    IrFunc *f;
    IrBlock *cur;
    const Scope *scope; /* scope names resolve in */
    int handler;        /* current error handler block, -1 = leave */
    const char *tbname; /* traceback name for new blocks, NULL = f's */
    const char *tbvars; /* and its local names (IrBlock.tbvars) */
    /* A comprehension whose first iterable is being evaluated: CPython
     * does that (and its iter()) in the enclosing frame, so its context
     * (handler, tbname) starts where the loop does (bx_comp_enter). */
    bool comp_pending;
    int comp_handler;
    const char *comp_tbname;
    const char *comp_tbvars;
    int *slot_regs; /* layout slot -> register (-1 none) */
    UnwindVec unwind;
    Diag *diag;
    bool walrus;   /* current statement assigns via walrus: copy loads */
    int ret_local; /* -1 */
    int line;
    bool failed;
    PtrMap promo; /* module loops: promoted global name -> register */
    const struct InferPromo *promo_plan; /* the loop being built, or NULL */
    const int *promo_regs;               /* its registers, by plan index */
    int chunk_lo, chunk_hi; /* module body: the statements this function
                               runs (a huge body is split, see
                               irbuild_module) */
} Builder;

/* irbuild_expr.c */
int bx_expr(Builder *B, Node *e);
int bx_expr_as(Builder *B, Node *e, IrRep rep);
/* The parts of slice node s as tagged ints when each present part is a
 * predicted int: fills regs (absent parts: a 0 constant) and returns the
 * mask of present parts (1 lower, 2 upper, 4 step); -1 (nothing built)
 * when a part is something else. */
int bx_slice_tv(Builder *B, Node *s, int regs[3]);
int bx_coerce(Builder *B, int reg, IrRep to);
int bx_cond(Builder *B, Node *e); /* cint/bool truth */
int bx_fv_operand(Builder *B, Node *e);
/* A subscript's key: slices (also inside a tuple key) as slice objects. */
int bx_index_value(Builder *B, Node *s);
/* Can evaluating e run Python code (see irbuild_expr.c)? */
bool bx_arg_runs_code(Builder *B, Node *e);
/* x[i][j] with a borrowed row (see irbuild_expr.c). */
bool bx_sub2(Builder *B, Node *e, int a[4], int64_t *opc);
IrOp *bx_sub2_op(Builder *B,
                 IrRep rep,
                 const char *cname,
                 const int a[4],
                 int64_t opc,
                 int v);
int bx_build(Builder *B, const int *regs, int n, int tuple);
void bx_branch(Builder *B, Node *e, IrBlock *t, IrBlock *f);
int bx_const_obj(Builder *B, IrConstKind k, const char *data, int len);
int bx_const_str(Builder *B, const char *s);
int bx_temp(Builder *B, IrRep rep);
IrOp *bx_callc(Builder *B,
               IrRep rep,
               const char *cname,
               IrErr err,
               const int *args,
               int n);
int bx_global_load(Builder *B, const char *name);
int bx_name_reg(Builder *B, const char *name, bool *is_local);
int bx_load_local(Builder *B, int reg, const char *name, bool check);
IrBlock *bx_new_block(Builder *B);
void bx_goto(Builder *B, IrBlock *t);
void bx_set(Builder *B, IrBlock *b);
void bx_error(Builder *B, Node *n, const char *fmt, ...);
int bx_hidden(Builder *B, IrRep rep, const char *name);
void bx_store(Builder *B, Node *target, int value);
void bx_comprehension(Builder *B, Node *e, int result, int kind);

/* irbuild_stmt.c */
void bx_stmts(Builder *B, NodeList *body);
bool irbuild_module(IrModule *m, Infer *I, Node *module, Diag *d);

#endif /* PYAOT_IRBUILD_H */
