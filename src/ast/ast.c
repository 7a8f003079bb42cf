/*
 * ast.c: constructors, names and the dumper for the nodes of ast.def.
 */
#include "ast.h"

#include <string.h>

static const char *const ast_names[] = {
#define X(K, fields) #K,
#include "ast.def"
#undef X
};

const char *
ast_kind_name(AstKind k)
{
    return (unsigned)k < AST__COUNT ? ast_names[k] : "?";
}

const char *
ast_binop_name(int op)
{
    static const char *const names[] = {
        "Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
        "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"
    };
    return op >= 0 && op < OP__BIN_COUNT ? names[op] : "?";
}

const char *
ast_binop_symbol(int op)
{
    static const char *const syms[] = { "+",  "-",  "*", "@", "/", "%", "**",
                                        "<<", ">>", "|", "^", "&", "//" };
    return op >= 0 && op < OP__BIN_COUNT ? syms[op] : "?";
}

const char *
ast_unaryop_name(int op)
{
    static const char *const names[] = { "Invert", "Not", "UAdd", "USub" };
    return op >= 0 && op < 4 ? names[op] : "?";
}

const char *
ast_cmpop_name(int op)
{
    static const char *const names[] = { "Eq", "NotEq", "Lt", "LtE",
                                         "Gt", "GtE",   "Is", "IsNot",
                                         "In", "NotIn" };
    return op >= 0 && op < 10 ? names[op] : "?";
}

Node *
ast_new(Arena *a, AstKind k, Loc loc)
{
    Node *n = arena_alloc(a, sizeof(Node));
    n->kind = k;
    n->loc = loc;
    return n;
}

NodeList
ast_list(Arena *a, Node **items, int n)
{
    NodeList l = { NULL, n };
    if (n > 0) {
        l.items = arena_alloc(a, sizeof(Node *) * (size_t)n);
        memcpy(l.items, items, sizeof(Node *) * (size_t)n);
    }
    return l;
}

static void ast_dump_node(const Node *n, StrBuf *out, int depth);

static void
ast_indent(StrBuf *out, int depth)
{
    sb_putc(out, '\n');
    for (int i = 0; i < depth; i++)
        sb_puts(out, "  ");
}

static void
ast_dump_bytes(StrBuf *out, const char *s, int n)
{
    sb_putc(out, '"');
    sb_put_cstr_escaped(out, s ? s : "", s ? (size_t)n : 0);
    sb_putc(out, '"');
}

static void
ast_dump_node(const Node *n, StrBuf *out, int depth)
{
    if (!n) {
        sb_puts(out, "None");
        return;
    }
    sb_printf(
      out, "(%s@%d:%d", ast_kind_name(n->kind), n->loc.line, n->loc.col);
#define F_NODE(f)                                                             \
    if (p->f) {                                                               \
        ast_indent(out, depth + 1);                                           \
        sb_puts(out, #f "=");                                                 \
        ast_dump_node(p->f, out, depth + 1);                                  \
    }
#define F_LIST(f)                                                             \
    if (p->f.len) {                                                           \
        ast_indent(out, depth + 1);                                           \
        sb_puts(out, #f "=[");                                                \
        for (int i = 0; i < p->f.len; i++) {                                  \
            ast_indent(out, depth + 2);                                       \
            ast_dump_node(p->f.items[i], out, depth + 2);                     \
        }                                                                     \
        sb_puts(out, "]");                                                    \
    }
#define F_STR(f)                                                              \
    if (p->f)                                                                 \
        sb_printf(out, " " #f "=%s", p->f);
#define F_BYTES(f)                                                            \
    sb_puts(out, " " #f "=");                                                 \
    ast_dump_bytes(out, p->f, p->f##_len);
#define F_INT(f) sb_printf(out, " " #f "=%d", p->f);
    switch (n->kind) {
#define X(K, fields)                                                          \
    case AST_##K: {                                                           \
        const Ast##K *p = &n->u.K;                                            \
        (void)p;                                                              \
        fields break;                                                         \
    }
#include "ast.def"
#undef X
    default:
        break;
    }
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_BYTES
#undef F_INT
    sb_putc(out, ')');
}

void
ast_dump(const Node *n, StrBuf *out)
{
    ast_dump_node(n, out, 0);
    sb_putc(out, '\n');
}

void
ast_visit_children(Node *n, void (*fn)(Node *child, void *ctx), void *ctx)
{
    if (!n)
        return;
#define F_NODE(f)                                                             \
    if (p->f)                                                                 \
        fn(p->f, ctx);
#define F_LIST(f)                                                             \
    for (int i = 0; i < p->f.len; i++)                                        \
        if (p->f.items[i])                                                    \
            fn(p->f.items[i], ctx);
#define F_STR(f)
#define F_BYTES(f)
#define F_INT(f)
    switch (n->kind) {
#define X(K, fields)                                                          \
    case AST_##K: {                                                           \
        Ast##K *p = &n->u.K;                                                  \
        (void)p;                                                              \
        fields break;                                                         \
    }
#include "ast.def"
#undef X
    default:
        break;
    }
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_BYTES
#undef F_INT
}
