/*
 * lower.h: private interface shared by the files of src/parse (parse.c drives
 * tree-sitter and reports syntax errors; lower_stmt.c, lower_expr.c and
 * lower_str.c turn the concrete tree into ast.def nodes).
 *
 * Assumes: the tree has no ERROR or MISSING nodes when lowering starts
 * (parse.c rejects those first), so lowering may rely on the shapes listed in
 * tree-sitter-python 0.23.6's node-types.json, but it still checks for absent
 * optional children and never dereferences a null node.
 */
#ifndef PYAOT_PARSE_LOWER_H
#define PYAOT_PARSE_LOWER_H

#include <tree_sitter/api.h>

#include "parse.h"

/* The lowering context: one per parse_module call. */
typedef struct Lower {
    const SrcFile *src;
    const char *text; /* what tree-sitter parsed: src->text after a BOM */
    size_t len;
    int bom; /* bytes skipped at the start (shifts line-1 columns) */
    /* Offsets in text where each line starts: locations come from byte
     * offsets, as tree-sitter's rows are those of a blanked copy. */
    uint32_t *lines;
    int nlines;
    Arena *a;
    Interner *in;
    Diag *d;
    int nerrors; /* errors reported while lowering */
    int depth;   /* recursion depth guard (deeply nested input) */
    /* The \N{NAME} escapes of str literals, checked after the parse:
     * the name (NUL-terminated, in the arena), the literal's location and
     * CPython's message if the name is unknown. */
    Vec(const char *) uname;
    Vec(Loc) uname_loc;
    Vec(const char *) uname_msg;
    /* Identifiers with non-ASCII characters whose NFKC form differs, as
     * interned pairs (CPython normalizes every name, PEP 3131): lower_ident
     * returns the normalized one. */
    Vec(const char *) nfkc_from;
    Vec(const char *) nfkc_to;
} Lower;

/* A child of a CST node together with its field name (NULL if none). */
typedef struct LowerKid {
    TSNode node;
    const char *field;
} LowerKid;

typedef Vec(LowerKid) LowerKids;
typedef Vec(Node *) NodeVec;

/* Children of n in order, extras (comments, line continuations) skipped;
 * named_only also skips anonymous tokens. The caller frees with vec_free. */
void lower_kids(TSNode n, bool named_only, LowerKids *out);
/* The i-th named child that is not an extra (a comment can sit between
 * the children of a parenthesized node), or a null node; and their count. */
TSNode lower_nth(TSNode n, int i);
int lower_nnamed(TSNode n);
/* The first child with this field name, or a null node. */
TSNode lower_field(TSNode n, const char *field);
bool lower_is(TSNode n, const char *type);
Loc lower_loc(const Lower *L, TSNode n);
/* The location of the bytes [a, b) of the text. */
Loc lower_loc_bytes(const Lower *L, size_t a, size_t b);
const char *lower_text(const Lower *L, TSNode n, size_t *len);
const char *lower_ident(Lower *L, TSNode n);
void lower_error(Lower *L, TSNode n, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
NodeList lower_vec_list(Lower *L, NodeVec *v); /* copies and frees v */
/* Depth guard: false (after an error) when input nests too deeply. */
bool lower_enter(Lower *L, TSNode n);
void lower_leave(Lower *L);

/* tokscan.c: what a CPython-like tokenizer pass finds that tree-sitter
 * may tolerate (see the file's header). */
enum {
    TOKI_NONE,
    TOKI_ERROR, /* a tokenizer error: report it alone */
    TOKI_STRUCT /* a block-structure error: a tree-sitter error starting
                   before anchor wins */
};
typedef struct TokIssue {
    int kind;
    Loc loc;
    size_t anchor; /* byte offset in Lower.text */
    /* The issue also wins over a tree-sitter error whose node encloses
     * the anchor (tree-sitter makes an enclosing def one ERROR node for a
     * try without except). */
    bool wins_inside;
    char msg[160];
    /* Offsets of the line breaks that end logical lines (CPython's NEWLINE
     * tokens): no simple statement may span one. Freed by the caller. */
    Vec(size_t) newlines;
    /* A copy of the text for tree-sitter, same length, with the line breaks
     * and comments inside brackets and the backslash continuations after a
     * token turned into spaces: tree-sitter-python's scanner otherwise
     * takes a continuation line indented less than its statement for a
     * dedent. NULL if out of memory. Freed by the caller. */
    char *text;
    /* Byte ranges [2k, 2k+1] of the name tokens holding non-ASCII bytes:
     * parse.c checks them against tree-sitter's identifiers (CPython's
     * "invalid character" errors). Freed by the caller. */
    Vec(size_t) wide;
} TokIssue;
void lower_scan_tokens(const Lower *L, TokIssue *out);

/* lower_stmt.c */
Node *lower_module(Lower *L, TSNode root);
Node *lower_arguments(Lower *L, TSNode params, bool is_lambda);

/* lower_expr.c */
Node *lower_expr(Lower *L, TSNode n);
/* Lowers an assignment/for/with/del target and sets ctx (CTX_STORE or
 * CTX_DEL) on it and on the elements of nested tuples, lists, starreds. */
Node *lower_target(Lower *L, TSNode n, int ctx);
void lower_set_ctx(Node *n, int ctx);
/* A comma-separated expression sequence (expression_list) as a Tuple. */
Node *lower_expr_or_list(Lower *L, TSNode n);

/* lower_str.c */
Node *lower_string(Lower *L, TSNode n); /* string or concatenated_string */
/* f"{x:=10}": the ':=' of a named_expression as interpolation n's
 * expression (tree-sitter's reading) is a format spec starting with '='
 * (CPython's). Sets *walrus to that named_expression. */
bool lower_fstring_eq_spec(TSNode n, TSNode *walrus);
Node *lower_number(Lower *L, TSNode n); /* integer or float */

#endif /* PYAOT_PARSE_LOWER_H */
