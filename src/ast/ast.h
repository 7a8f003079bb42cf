/*
 * ast.h: pyaot's own AST, lowered from tree-sitter's CST by src/parse.
 * Node kinds, their structs, names and dumper all come from ast.def.
 *
 * Assumes: nodes live in the compilation's arena; identifiers are interned
 * (compare with ==); byte strings (Constant values) are arena copies with an
 * explicit length. Later passes hang their results off the header fields
 * (`scope`, `sym`) instead of keeping side tables.
 */
#ifndef PYAOT_AST_H
#define PYAOT_AST_H

#include "../util/util.h"

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

typedef enum AstKind {
#define X(K, fields) AST_##K,
#include "ast.def"
#undef X
    AST__COUNT
} AstKind;

/* Operators. Order matters: the IR and runtime index tables by them. */
typedef enum BinOpKind {
    OP_ADD,
    OP_SUB,
    OP_MULT,
    OP_MATMULT,
    OP_DIV,
    OP_MOD,
    OP_POW,
    OP_LSHIFT,
    OP_RSHIFT,
    OP_BITOR,
    OP_BITXOR,
    OP_BITAND,
    OP_FLOORDIV,
    OP__BIN_COUNT
} BinOpKind;
typedef enum UnaryOpKind {
    UOP_INVERT,
    UOP_NOT,
    UOP_UADD,
    UOP_USUB
} UnaryOpKind;
typedef enum CmpOpKind {
    CMP_EQ,
    CMP_NOTEQ,
    CMP_LT,
    CMP_LTE,
    CMP_GT,
    CMP_GTE,
    CMP_IS,
    CMP_ISNOT,
    CMP_IN,
    CMP_NOTIN
} CmpOpKind;
typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

/* Constant kinds. INT holds the literal's digits with '_' removed and its
 * base prefix kept ("0x1f", "123"); FLOAT the literal text without '_';
 * COMPLEX the imaginary part's text without the trailing j; STR the value as
 * UTF-8 (lone surrogates encoded as 3-byte sequences, to be decoded with
 * "surrogatepass"); STR_ESCAPED an ASCII "unicode_escape" form, used only
 * when the literal holds \N{...} so the runtime resolves the names; BYTES the
 * raw bytes. */
typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,
    CONST_FLOAT,
    CONST_COMPLEX,
    CONST_STR,
    CONST_STR_ESCAPED,
    CONST_BYTES
} ConstKind;

/* FormattedValue conversions: -1 none, else 's', 'r', 'a'. */

#define F_NODE(n) Node *n;
#define F_LIST(n) NodeList n;
#define F_STR(n) const char *n;
#define F_BYTES(n)                                                            \
    const char *n;                                                            \
    int n##_len;
#define F_INT(n) int n;
#define X(K, fields)                                                          \
    typedef struct Ast##K {                                                   \
        char unused_;                                                         \
        fields                                                                \
    } Ast##K;
#include "ast.def"
#undef X

struct Scope;

struct Node {
    AstKind kind;
    Loc loc;
    struct Scope *scope; /* FunctionDef, Lambda, comprehensions, Module */
    union {
#define X(K, fields) Ast##K K;
#include "ast.def"
#undef X
    } u;
};
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_BYTES
#undef F_INT

const char *ast_kind_name(AstKind k);
const char *ast_binop_name(int op);   /* "Add", ... (CPython's names) */
const char *ast_binop_symbol(int op); /* "+", ... */
const char *ast_unaryop_name(int op);
const char *ast_cmpop_name(int op);

Node *ast_new(Arena *a, AstKind k, Loc loc);
NodeList ast_list(Arena *a, Node **items, int n); /* copies items */

/* Prints the tree as an indented S-expression, deterministic (no pointers):
 * the golden format of `--dump=ast`. */
void ast_dump(const Node *n, StrBuf *out);
/* Calls fn on each non-NULL direct child of n, in field order (source
 * order for the usual shapes). */
void ast_visit_children(Node *n,
                        void (*fn)(Node *child, void *ctx),
                        void *ctx);

#endif /* PYAOT_AST_H */
