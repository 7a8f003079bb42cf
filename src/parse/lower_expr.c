/*
 * lower_expr.c: tree-sitter-python expression nodes -> ast.def expressions.
 *
 * Follows CPython's AST shapes: `a and b and c` is one BoolOp, a chained
 * comparison is one Compare, parentheses leave no node, `f(x for x in y)`
 * passes the GeneratorExp as the only argument, `a[1:2, 3]` has a Tuple
 * slice. Targets get their ctx here (lower_target); whether a target is
 * legal at all is checked later by sema/check.c, which has CPython's
 * messages for every kind.
 *
 * Assumes: no ERROR/MISSING nodes (parse.c). Node types come from
 * tree-sitter-python 0.23.6's node-types.json.
 */
#include "lower.h"

#include <string.h>

static Node *
lower_new(Lower *L, AstKind k, TSNode n)
{
    return ast_new(L->a, k, lower_loc(L, n));
}

/* Any ',' token among n's direct children (tells `(a,)` from `(a)`). */
static bool
lower_has_comma(TSNode n)
{
    LowerKids kids = { 0 };
    lower_kids(n, false, &kids);
    bool found = false;
    for (int i = 0; i < kids.len; i++)
        if (!ts_node_is_named(kids.items[i].node) &&
            strcmp(ts_node_type(kids.items[i].node), ",") == 0)
            found = true;
    vec_free(&kids);
    return found;
}

/* Whether n's first token is the keyword 'async'. */
static bool
lower_starts_async(TSNode n)
{
    if (ts_node_child_count(n) == 0)
        return false;
    TSNode k = ts_node_child(n, 0);
    return !ts_node_is_named(k) && strcmp(ts_node_type(k), "async") == 0;
}

/* Lowers the named children of n into a list of expressions. */
static NodeList
lower_elts(Lower *L, TSNode n)
{
    LowerKids kids = { 0 };
    NodeVec v = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++)
        vec_push(&v, lower_expr(L, kids.items[i].node));
    vec_free(&kids);
    return lower_vec_list(L, &v);
}

Node *
lower_expr_or_list(Lower *L, TSNode n)
{
    if (lower_is(n, "expression_list") || lower_is(n, "pattern_list")) {
        Node *t = lower_new(L, AST_Tuple, n);
        t->u.Tuple.elts = lower_elts(L, n);
        return t;
    }
    return lower_expr(L, n);
}

void
lower_set_ctx(Node *n, int ctx)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_Name:
        n->u.Name.ctx = ctx;
        break;
    case AST_Attribute:
        n->u.Attribute.ctx = ctx;
        break;
    case AST_Subscript:
        n->u.Subscript.ctx = ctx;
        break;
    case AST_Starred:
        n->u.Starred.ctx = ctx;
        lower_set_ctx(n->u.Starred.value, ctx);
        break;
    case AST_List:
        n->u.List.ctx = ctx;
        for (int i = 0; i < n->u.List.elts.len; i++)
            lower_set_ctx(n->u.List.elts.items[i], ctx);
        break;
    case AST_Tuple:
        n->u.Tuple.ctx = ctx;
        for (int i = 0; i < n->u.Tuple.elts.len; i++)
            lower_set_ctx(n->u.Tuple.elts.items[i], ctx);
        break;
    default:
        break; /* not a target: check.c reports it */
    }
}

Node *
lower_target(Lower *L, TSNode n, int ctx)
{
    Node *t = lower_expr_or_list(L, n);
    lower_set_ctx(t, ctx);
    return t;
}

/* ---- operators ---- */

static int
lower_binop_kind(const char *op)
{
    static const struct {
        const char *s;
        int op;
    } table[] = {
        { "+", OP_ADD },       { "-", OP_SUB },     { "*", OP_MULT },
        { "@", OP_MATMULT },   { "/", OP_DIV },     { "%", OP_MOD },
        { "**", OP_POW },      { "<<", OP_LSHIFT }, { ">>", OP_RSHIFT },
        { "|", OP_BITOR },     { "^", OP_BITXOR },  { "&", OP_BITAND },
        { "//", OP_FLOORDIV },
    };
    size_t n = strlen(op);
    /* Augmented operators arrive as "+=": compare without the '='. */
    if (n >= 2 && op[n - 1] == '=')
        n--;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strlen(table[i].s) == n && memcmp(table[i].s, op, n) == 0)
            return table[i].op;
    return -1;
}

int lower_augop(const char *op);
int
lower_augop(const char *op)
{
    return lower_binop_kind(op);
}

static int
lower_cmpop_kind(const char *op)
{
    static const struct {
        const char *s;
        int op;
    } table[] = {
        { "==", CMP_EQ },        { "!=", CMP_NOTEQ },     { "<", CMP_LT },
        { "<=", CMP_LTE },       { ">", CMP_GT },         { ">=", CMP_GTE },
        { "is", CMP_IS },        { "is not", CMP_ISNOT }, { "in", CMP_IN },
        { "not in", CMP_NOTIN },
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].s, op) == 0)
            return table[i].op;
    return -1;
}

/* tree-sitter-python sometimes hangs a call, attribute, subscript or
 * binary operator on the star of `*x` (`f(a, *g(1))` parses as
 * call(function: list_splat(g)), `[*a * b]` as binary(list_splat(a), b)).
 * The star binds loosest in Python, so when the operand in slot (whose CST
 * node is cst) came from such a list_splat, the star moves outward:
 * Starred(Call(g, ...)). Returns the node that replaces outer. */
static Node *
lower_hoist_star(TSNode cst, Node **slot, Node *outer)
{
    Node *st = *slot;
    if (!st || !outer || st->kind != AST_Starred ||
        lower_is(cst, "parenthesized_expression") || !st->u.Starred.value)
        return outer;
    *slot = st->u.Starred.value;
    outer->loc.line = (*slot)->loc.line;
    outer->loc.col = (*slot)->loc.col;
    st->u.Starred.value = outer;
    st->loc.end_line = outer->loc.end_line;
    st->loc.end_col = outer->loc.end_col;
    return st;
}

/* The operator of binary_operator n: OP_*, or -1. */
static int
lower_binary_op(TSNode n)
{
    TSNode op = lower_field(n, "operator");
    return ts_node_is_null(op) ? -1 : lower_binop_kind(ts_node_type(op));
}

static bool
lower_is_and_xor(TSNode n)
{
    if (!lower_is(n, "binary_operator"))
        return false;
    int k = lower_binary_op(n);
    return k == OP_BITAND || k == OP_BITXOR;
}

typedef struct AndXor {
    NodeVec operands;
    Vec(int) ops;
    TSNode first; /* the CST node of operands[0] */
} AndXor;

/* Collects the operands and operators of a tree of & and ^ operators
 * (not through parentheses) in source order. */
static void
lower_and_xor_collect(Lower *L, TSNode n, AndXor *c)
{
    if (!lower_is_and_xor(n) || !lower_enter(L, n)) {
        if (c->operands.len == 0)
            c->first = n;
        vec_push(&c->operands, lower_expr(L, n));
        return;
    }
    lower_and_xor_collect(L, lower_field(n, "left"), c);
    vec_push(&c->ops, lower_binary_op(n));
    lower_and_xor_collect(L, lower_field(n, "right"), c);
    lower_leave(L);
}

static Node *
lower_binop_node(Lower *L, Node *l, int op, Node *r)
{
    Loc loc = { l->loc.line, l->loc.col, r->loc.end_line, r->loc.end_col };
    Node *b = ast_new(L->a, AST_BinOp, loc);
    b->u.BinOp.left = l;
    b->u.BinOp.op = op;
    b->u.BinOp.right = r;
    return b;
}

/* tree-sitter-python 0.23.6 gives ^ a higher precedence than & (its PREC
 * table has xor 14, bitwise_and 13), so `1 ^ 3 & 2` parses as
 * `(1 ^ 3) & 2`. Python's grammar has & binding tighter than ^ (both
 * left-associative, between | and the shifts), so a tree of these two
 * operators is flattened and rebuilt with Python's precedence. */
static Node *
lower_and_xor(Lower *L, TSNode n)
{
    AndXor c = { { 0 }, { 0 }, n };
    lower_and_xor_collect(L, n, &c);
    Node *first = c.operands.items[0];
    Node *star = NULL; /* [*a & b]: see lower_hoist_star */
    if (first && first->kind == AST_Starred &&
        !lower_is(c.first, "parenthesized_expression") &&
        first->u.Starred.value) {
        star = first;
        c.operands.items[0] = first->u.Starred.value;
    }
    Node *result = NULL;
    bool bad = false;
    for (int i = 0; i < c.operands.len; i++)
        bad |= c.operands.items[i] == NULL;
    if (!bad) {
        Node * xor = NULL, *and = c.operands.items[0];
        for (int i = 0; i < c.ops.len; i++) {
            Node *next = c.operands.items[i + 1];
            if (c.ops.items[i] == OP_BITAND) {
                and = lower_binop_node(L, and, OP_BITAND, next);
                continue;
            }
            xor = xor? lower_binop_node(L, xor, OP_BITXOR, and) : and;
            and = next;
        }
        result = xor? lower_binop_node(L, xor, OP_BITXOR, and) : and;
    }
    vec_free(&c.operands);
    vec_free(&c.ops);
    if (star && result) {
        star->u.Starred.value = result;
        star->loc.end_line = result->loc.end_line;
        star->loc.end_col = result->loc.end_col;
        return star;
    }
    return result;
}

static Node *
lower_binary(Lower *L, TSNode n)
{
    int k = lower_binary_op(n);
    if (k < 0) {
        lower_error(L, n, "invalid syntax");
        return NULL;
    }
    if (k == OP_BITAND || k == OP_BITXOR)
        return lower_and_xor(L, n);
    Node *b = lower_new(L, AST_BinOp, n);
    b->u.BinOp.left = lower_expr(L, lower_field(n, "left"));
    b->u.BinOp.op = k;
    b->u.BinOp.right = lower_expr(L, lower_field(n, "right"));
    return lower_hoist_star(lower_field(n, "left"), &b->u.BinOp.left, b);
}

static Node *
lower_unary(Lower *L, TSNode n)
{
    TSNode op = lower_field(n, "operator");
    const char *s = ts_node_is_null(op) ? "" : ts_node_type(op);
    Node *u = lower_new(L, AST_UnaryOp, n);
    u->u.UnaryOp.op = strcmp(s, "-") == 0   ? UOP_USUB
                      : strcmp(s, "+") == 0 ? UOP_UADD
                                            : UOP_INVERT;
    u->u.UnaryOp.operand = lower_expr(L, lower_field(n, "argument"));
    return u;
}

/* `a and b and c` parses left-nested; CPython makes one BoolOp with three
 * values, but keeps `a and (b and c)` nested: parentheses give a
 * parenthesized_expression node, so only direct boolean_operator children
 * with the same operator are merged. */
static void
lower_bool_values(Lower *L, TSNode n, const char *op, NodeVec *out)
{
    TSNode left = lower_field(n, "left");
    TSNode lop = lower_field(left, "operator");
    if (lower_is(left, "boolean_operator") && !ts_node_is_null(lop) &&
        strcmp(ts_node_type(lop), op) == 0 && lower_enter(L, left)) {
        lower_bool_values(L, left, op, out);
        lower_leave(L);
    }
    else
        vec_push(out, lower_expr(L, left));
    vec_push(out, lower_expr(L, lower_field(n, "right")));
}

static Node *
lower_boolop(Lower *L, TSNode n)
{
    TSNode op = lower_field(n, "operator");
    const char *s = ts_node_is_null(op) ? "and" : ts_node_type(op);
    Node *b = lower_new(L, AST_BoolOp, n);
    b->u.BoolOp.op = strcmp(s, "or") == 0 ? BOOL_OR : BOOL_AND;
    NodeVec v = { 0 };
    lower_bool_values(L, n, s, &v);
    b->u.BoolOp.values = lower_vec_list(L, &v);
    return b;
}

static Node *
lower_compare(Lower *L, TSNode n)
{
    LowerKids kids = { 0 };
    lower_kids(n, false, &kids);
    Node *c = lower_new(L, AST_Compare, n);
    NodeVec ops = { 0 }, comps = { 0 };
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (kids.items[i].field &&
            strcmp(kids.items[i].field, "operators") == 0) {
            int op = lower_cmpop_kind(ts_node_type(k));
            if (op < 0) {
                /* `<>` (Python 2) is in the grammar but not in Python 3. */
                lower_error(L, k, "invalid syntax");
                op = CMP_NOTEQ;
            }
            Node *o = lower_new(L, AST_CmpOp, k);
            o->u.CmpOp.op = op;
            vec_push(&ops, o);
        }
        else if (ts_node_is_named(k)) {
            Node *e = lower_expr(L, k);
            if (!c->u.Compare.left && comps.len == 0 && ops.len == 0)
                c->u.Compare.left = e;
            else
                vec_push(&comps, e);
        }
    }
    vec_free(&kids);
    c->u.Compare.ops = lower_vec_list(L, &ops);
    c->u.Compare.comparators = lower_vec_list(L, &comps);
    return c;
}

/* ---- displays and comprehensions ---- */

static NodeList
lower_generators(Lower *L, LowerKids *kids, int first)
{
    NodeVec gens = { 0 };
    NodeVec ifs = { 0 };
    Node *cur = NULL;
    for (int i = first; i < kids->len; i++) {
        TSNode k = kids->items[i].node;
        if (lower_is(k, "for_in_clause")) {
            if (cur)
                cur->u.Comprehension.ifs = lower_vec_list(L, &ifs);
            cur = lower_new(L, AST_Comprehension, k);
            cur->u.Comprehension.is_async = lower_starts_async(k);
            cur->u.Comprehension.target =
              lower_target(L, lower_field(k, "left"), CTX_STORE);
            /* `for x in a, b` is Python 2; Python 3 needs parentheses. */
            LowerKids rk = { 0 };
            lower_kids(k, true, &rk);
            int nright = 0;
            for (int j = 0; j < rk.len; j++)
                if (rk.items[j].field &&
                    strcmp(rk.items[j].field, "right") == 0) {
                    if (nright++ == 0)
                        cur->u.Comprehension.iter =
                          lower_expr(L, rk.items[j].node);
                    else
                        lower_error(L, rk.items[j].node, "invalid syntax");
                }
            vec_free(&rk);
            vec_push(&gens, cur);
        }
        else if (lower_is(k, "if_clause")) {
            TSNode e = lower_nth(k, 0);
            if (cur && !ts_node_is_null(e))
                vec_push(&ifs, lower_expr(L, e));
        }
    }
    if (cur)
        cur->u.Comprehension.ifs = lower_vec_list(L, &ifs);
    vec_free(&ifs);
    return lower_vec_list(L, &gens);
}

static Node *
lower_comprehension(Lower *L, TSNode n, AstKind kind)
{
    Node *c = lower_new(L, kind, n);
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    TSNode body = lower_field(n, "body");
    if (kind == AST_DictComp) {
        c->u.DictComp.key = lower_expr(L, lower_field(body, "key"));
        c->u.DictComp.value = lower_expr(L, lower_field(body, "value"));
        c->u.DictComp.generators = lower_generators(L, &kids, 0);
    }
    else {
        /* ListComp, SetComp and GeneratorExp share one layout. */
        c->u.ListComp.elt = lower_expr(L, body);
        c->u.ListComp.generators = lower_generators(L, &kids, 0);
    }
    vec_free(&kids);
    return c;
}

/* The first token that cannot continue a bitwise_or expression in the
 * operand of `*`/`**` in a display (`[*a or b]`, `{**not a}`), as
 * CPython's grammar reads it: or/and/comparison/if after the first
 * operand, or not/lambda at its start. Null if the operand is fine. */
static TSNode
lower_splat_bad_token(TSNode x)
{
    TSNode none = { 0 };
    if (lower_is(x, "not_operator") || lower_is(x, "lambda"))
        return ts_node_child(x, 0);
    if (lower_is(x, "boolean_operator") ||
        lower_is(x, "comparison_operator") ||
        lower_is(x, "conditional_expression")) {
        TSNode first = lower_nth(x, 0);
        TSNode bad = lower_splat_bad_token(first);
        if (!ts_node_is_null(bad))
            return bad;
        for (uint32_t i = 0; i < ts_node_child_count(x); i++) {
            TSNode c = ts_node_child(x, i);
            if (!ts_node_is_named(c) &&
                ts_node_start_byte(c) >= ts_node_end_byte(first))
                return c;
        }
    }
    return none;
}

/* `[*a or b]`, `x = *a < b,`: tree-sitter hangs the operator on the
 * starred name; CPython reads `*` + bitwise_or and stops at the operator.
 * Reports it there. */
static void
lower_star_first_operand(Lower *L, TSNode n)
{
    TSNode first = lower_nth(n, 0);
    if (ts_node_is_null(first) || !lower_is(first, "list_splat"))
        return;
    for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
        TSNode c = ts_node_child(n, i);
        if (!ts_node_is_named(c) &&
            ts_node_start_byte(c) >= ts_node_end_byte(first)) {
            lower_error(L, c, "invalid syntax");
            return;
        }
    }
}

/* Reports a bad `*`/`**` operand of a display (see above). */
static bool
lower_splat_operand_ok(Lower *L, TSNode operand)
{
    TSNode bad = lower_splat_bad_token(operand);
    if (ts_node_is_null(bad))
        return true;
    lower_error(L, bad, "invalid syntax");
    return false;
}

static Node *
lower_dict(Lower *L, TSNode n)
{
    Node *d = lower_new(L, AST_Dict, n);
    LowerKids kids = { 0 };
    NodeVec keys = { 0 }, values = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (lower_is(k, "pair")) {
            vec_push(&keys, lower_expr(L, lower_field(k, "key")));
            vec_push(&values, lower_expr(L, lower_field(k, "value")));
        }
        else if (lower_is(k, "dictionary_splat")) {
            lower_splat_operand_ok(L, lower_nth(k, 0));
            vec_push(&keys, (Node *)NULL);
            vec_push(&values, lower_expr(L, lower_nth(k, 0)));
        }
        else
            lower_error(L, k, "invalid syntax");
    }
    /* `{,}`: the grammar allows a lone comma in braces. */
    if (kids.len == 0)
        for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
            TSNode c = ts_node_child(n, i);
            if (lower_is(c, ",")) {
                lower_error(L, c, "invalid syntax");
                break;
            }
        }
    vec_free(&kids);
    d->u.Dict.keys = lower_vec_list(L, &keys);
    d->u.Dict.values = lower_vec_list(L, &values);
    return d;
}

/* ---- calls, attributes, subscripts ---- */

/* CPython's grammar rejects these orderings; the AST (args then keywords)
 * can no longer tell, so they are checked here with CPython's messages. */
static Node *
lower_call(Lower *L, TSNode n)
{
    Node *c = lower_new(L, AST_Call, n);
    TSNode fn = lower_field(n, "function");
    c->u.Call.func = lower_expr(L, fn);
    TSNode args = lower_field(n, "arguments");
    if (lower_is(args, "generator_expression")) {
        /* f(x for x in a, b): tree-sitter reads `in a, b` as a tuple; in
         * CPython the generator is one of two arguments. */
        for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
            TSNode fc = ts_node_named_child(args, i);
            int nright = 0;
            for (uint32_t k = 0; k < ts_node_child_count(fc); k++) {
                const char *fname = ts_node_field_name_for_child(fc, k);
                nright += fname && strcmp(fname, "right") == 0;
            }
            if (lower_is(fc, "for_in_clause") && nright > 1) {
                lower_error(L,
                            lower_field(args, "body"),
                            "Generator expression must be parenthesized");
                return NULL;
            }
        }
        Node *g = lower_comprehension(L, args, AST_GeneratorExp);
        c->u.Call.args = ast_list(L->a, &g, 1);
        return lower_hoist_star(fn, &c->u.Call.func, c);
    }
    LowerKids kids = { 0 };
    NodeVec pos = { 0 }, kws = { 0 };
    /* tree-sitter takes `f(,)` and `f(a,,b)`: a comma must follow an
     * argument. */
    lower_kids(args, false, &kids);
    for (int i = 1; i < kids.len; i++)
        if (lower_is(kids.items[i].node, ",") &&
            (lower_is(kids.items[i - 1].node, ",") ||
             lower_is(kids.items[i - 1].node, "("))) {
            lower_error(L, kids.items[i].node, "invalid syntax");
            break;
        }
    kids.len = 0;
    lower_kids(args, true, &kids);
    bool seen_kw = false, seen_dstar = false;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (lower_is(k, "keyword_argument")) {
            Node *kw = lower_new(L, AST_Keyword, k);
            kw->u.Keyword.arg = lower_ident(L, lower_field(k, "name"));
            kw->u.Keyword.value = lower_expr(L, lower_field(k, "value"));
            vec_push(&kws, kw);
            seen_kw = true;
        }
        else if (lower_is(k, "dictionary_splat")) {
            Node *kw = lower_new(L, AST_Keyword, k);
            kw->u.Keyword.value = lower_expr(L, lower_nth(k, 0));
            vec_push(&kws, kw);
            seen_dstar = true;
        }
        else if (lower_is(k, "list_splat")) {
            if (seen_dstar)
                lower_error(L,
                            k,
                            "iterable argument unpacking follows "
                            "keyword argument unpacking");
            vec_push(&pos, lower_expr(L, k));
        }
        else {
            if (seen_dstar)
                lower_error(L,
                            k,
                            "positional argument follows keyword "
                            "argument unpacking");
            else if (seen_kw)
                lower_error(
                  L, k, "positional argument follows keyword argument");
            /* A generator_expression here has its own parentheses:
             * tree-sitter makes an unparenthesized one the whole
             * argument list (above) or an ERROR. */
            vec_push(&pos, lower_expr(L, k));
        }
    }
    vec_free(&kids);
    c->u.Call.args = lower_vec_list(L, &pos);
    c->u.Call.keywords = lower_vec_list(L, &kws);
    return lower_hoist_star(fn, &c->u.Call.func, c);
}

static Node *
lower_slice(Lower *L, TSNode n)
{
    Node *s = lower_new(L, AST_Slice, n);
    LowerKids kids = { 0 };
    lower_kids(n, false, &kids);
    int part = 0; /* 0 lower, 1 upper, 2 step: bumped by each ':' */
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (!ts_node_is_named(k)) {
            if (strcmp(ts_node_type(k), ":") == 0)
                part++;
            continue;
        }
        Node *e = lower_expr(L, k);
        if (part == 0)
            s->u.Slice.lower = e;
        else if (part == 1)
            s->u.Slice.upper = e;
        else
            s->u.Slice.step = e;
    }
    vec_free(&kids);
    return s;
}

/* The index of a subscript from its element expressions: the single
 * element, or a Tuple spanning from the first to the last one (a trailing
 * comma also makes a tuple). Consumes v. */
static void
lower_set_slice(Lower *L, Node *s, NodeVec *v, bool comma, TSNode first)
{
    if (v->len == 1 && !comma &&
        (!v->items[0] || v->items[0]->kind != AST_Starred)) {
        s->u.Subscript.slice = v->items[0];
        vec_free(v);
    }
    else if (v->len > 0) {
        Node *t = lower_new(L, AST_Tuple, first);
        Node *last = vec_last(v);
        if (last) {
            t->loc.end_line = last->loc.end_line;
            t->loc.end_col = last->loc.end_col;
        }
        t->u.Tuple.elts = lower_vec_list(L, v);
        s->u.Subscript.slice = t;
    }
}

static Node *
lower_subscript(Lower *L, TSNode n)
{
    Node *s = lower_new(L, AST_Subscript, n);
    TSNode value = lower_field(n, "value");
    s->u.Subscript.value = lower_expr(L, value);
    LowerKids kids = { 0 };
    NodeVec v = { 0 };
    lower_kids(n, false, &kids);
    bool comma = false;
    TSNode first = { 0 };
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        const char *f = kids.items[i].field;
        if (f && strcmp(f, "subscript") == 0) {
            if (v.len == 0)
                first = k;
            vec_push(
              &v, lower_is(k, "slice") ? lower_slice(L, k) : lower_expr(L, k));
        }
        else if (!ts_node_is_named(k) && strcmp(ts_node_type(k), ",") == 0)
            comma = true;
    }
    vec_free(&kids);
    lower_set_slice(L, s, &v, comma, first);
    return lower_hoist_star(value, &s->u.Subscript.value, s);
}

static Node *
lower_lambda(Lower *L, TSNode n)
{
    Node *l = lower_new(L, AST_Lambda, n);
    l->u.Lambda.args = lower_arguments(L, lower_field(n, "parameters"), true);
    l->u.Lambda.body = lower_expr(L, lower_field(n, "body"));
    if (!l->u.Lambda.args)
        l->u.Lambda.args = ast_new(L->a, AST_Arguments, l->loc);
    return l;
}

static Node *
lower_const(Lower *L, TSNode n, int ckind)
{
    Node *c = lower_new(L, AST_Constant, n);
    c->u.Constant.ckind = ckind;
    c->u.Constant.value = "";
    return c;
}

/* `list[int]` in an annotation: tree-sitter's generic_type, a Subscript
 * whose index is the type_parameter's types (a Tuple if several). */
static Node *
lower_generic_type(Lower *L, TSNode n)
{
    Node *s = lower_new(L, AST_Subscript, n);
    s->u.Subscript.value = lower_expr(L, lower_nth(n, 0));
    TSNode params = lower_nth(n, 1);
    LowerKids kids = { 0 };
    NodeVec v = { 0 };
    lower_kids(params, false, &kids);
    bool comma = false;
    TSNode first = { 0 };
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (ts_node_is_named(k)) {
            if (v.len == 0)
                first = k;
            vec_push(&v, lower_expr(L, k));
        }
        else if (strcmp(ts_node_type(k), ",") == 0)
            comma = true;
    }
    vec_free(&kids);
    if (v.len == 0) {
        lower_error(L, n, "invalid syntax");
        vec_free(&v);
    }
    else
        lower_set_slice(L, s, &v, comma, first);
    return s;
}

/* ---- dispatch ---- */

/* `x := v` without parentheses is valid only where CPython's grammar
 * says named_expression: if/elif/while conditions, list and set elements,
 * parenthesized tuples, subscripts, positional arguments, comprehension
 * bodies, decorators. tree-sitter's grammar accepts it in more places
 * (`f(a=b := 1)`, `x = y if z := 1 else w`, `lambda: x := 1`, `assert
 * x := 1`, ...), which CPython rejects with these messages. */
static bool
lower_walrus_context_ok(Lower *L, TSNode n)
{
    TSNode p = ts_node_parent(n);
    if (ts_node_is_null(p))
        return true;
    const char *pt = ts_node_type(p);
    static const char *const anywhere[] = { "parenthesized_expression",
                                            "list",
                                            "set",
                                            "tuple",
                                            "argument_list",
                                            "decorator",
                                            "interpolation",
                                            "subscript",
                                            NULL };
    for (int i = 0; anywhere[i]; i++)
        if (strcmp(pt, anywhere[i]) == 0)
            return true;
    static const char *const fielded[][2] = {
        { "if_statement", "condition" },    { "elif_clause", "condition" },
        { "while_statement", "condition" }, { "list_comprehension", "body" },
        { "set_comprehension", "body" },    { "generator_expression", "body" },
    };
    for (size_t i = 0; i < sizeof fielded / sizeof fielded[0]; i++)
        if (strcmp(pt, fielded[i][0]) == 0 &&
            ts_node_eq(lower_field(p, fielded[i][1]), n))
            return true;
    if (strcmp(pt, "conditional_expression") == 0 &&
        ts_node_named_child_count(p) >= 2 &&
        ts_node_eq(ts_node_named_child(p, 1), n)) {
        lower_error(L, p, "expected 'else' after 'if' expression");
        return false;
    }
    if (strcmp(pt, "lambda") == 0 && ts_node_eq(lower_field(p, "body"), n)) {
        lower_error(L, p, "cannot use assignment expressions with lambda");
        return false;
    }
    TSNode at = n;
    for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
        TSNode k = ts_node_child(n, i);
        if (!ts_node_is_named(k) && strcmp(ts_node_type(k), ":=") == 0) {
            at = k;
            break;
        }
    }
    lower_error(L, at, "invalid syntax");
    return false;
}

static Node *
lower_expr_inner(Lower *L, TSNode n)
{
    const char *t = ts_node_type(n);
    switch (t[0]) {
    case 'a':
        if (strcmp(t, "attribute") == 0) {
            Node *a = lower_new(L, AST_Attribute, n);
            TSNode obj = lower_field(n, "object");
            a->u.Attribute.value = lower_expr(L, obj);
            a->u.Attribute.attr = lower_ident(L, lower_field(n, "attribute"));
            return lower_hoist_star(obj, &a->u.Attribute.value, a);
        }
        if (strcmp(t, "await") == 0) {
            Node *a = lower_new(L, AST_Await, n);
            a->u.Await.value = lower_expr(L, lower_nth(n, 0));
            return a;
        }
        break;
    case 'b':
        if (strcmp(t, "binary_operator") == 0)
            return lower_binary(L, n);
        if (strcmp(t, "boolean_operator") == 0) {
            lower_star_first_operand(L, n);
            return lower_boolop(L, n);
        }
        break;
    case 'c':
        if (strcmp(t, "call") == 0)
            return lower_call(L, n);
        if (strcmp(t, "comparison_operator") == 0) {
            lower_star_first_operand(L, n);
            return lower_compare(L, n);
        }
        if (strcmp(t, "concatenated_string") == 0)
            return lower_string(L, n);
        if (strcmp(t, "conditional_expression") == 0) {
            lower_star_first_operand(L, n);
            Node *e = lower_new(L, AST_IfExp, n);
            TSNode body = lower_nth(n, 0);
            TSNode test = lower_nth(n, 1);
            TSNode orelse = lower_nth(n, 2);
            e->u.IfExp.body = lower_expr(L, body);
            e->u.IfExp.test = lower_expr(L, test);
            e->u.IfExp.orelse = lower_expr(L, orelse);
            return e;
        }
        break;
    case 'd':
        if (strcmp(t, "dictionary") == 0)
            return lower_dict(L, n);
        if (strcmp(t, "dictionary_comprehension") == 0)
            return lower_comprehension(L, n, AST_DictComp);
        break;
    case 'e':
        if (strcmp(t, "ellipsis") == 0)
            return lower_const(L, n, CONST_ELLIPSIS);
        if (strcmp(t, "expression_list") == 0)
            return lower_expr_or_list(L, n);
        break;
    case 'f':
        if (strcmp(t, "false") == 0)
            return lower_const(L, n, CONST_FALSE);
        if (strcmp(t, "float") == 0)
            return lower_number(L, n);
        break;
    case 'g':
        if (strcmp(t, "generic_type") == 0)
            return lower_generic_type(L, n);
        if (strcmp(t, "generator_expression") == 0)
            return lower_comprehension(L, n, AST_GeneratorExp);
        break;
    case 'i':
        if (strcmp(t, "identifier") == 0) {
            Node *name = lower_new(L, AST_Name, n);
            name->u.Name.id = lower_ident(L, n);
            return name;
        }
        if (strcmp(t, "integer") == 0)
            return lower_number(L, n);
        break;
    case 'l':
        if (strcmp(t, "list") == 0 || strcmp(t, "list_pattern") == 0) {
            Node *l = lower_new(L, AST_List, n);
            l->u.List.elts = lower_elts(L, n);
            return l;
        }
        if (strcmp(t, "list_comprehension") == 0)
            return lower_comprehension(L, n, AST_ListComp);
        if (strcmp(t, "list_splat") == 0 ||
            strcmp(t, "list_splat_pattern") == 0) {
            TSNode up = ts_node_parent(n);
            if (strcmp(t, "list_splat") == 0 && !ts_node_is_null(up) &&
                (lower_is(up, "list") || lower_is(up, "set") ||
                 lower_is(up, "tuple") || lower_is(up, "expression_list")))
                lower_splat_operand_ok(L, lower_nth(n, 0));
            Node *s = lower_new(L, AST_Starred, n);
            s->u.Starred.value = lower_expr(L, lower_nth(n, 0));
            return s;
        }
        if (strcmp(t, "lambda") == 0)
            return lower_lambda(L, n);
        break;
    case 'n':
        if (strcmp(t, "none") == 0)
            return lower_const(L, n, CONST_NONE);
        if (strcmp(t, "not_operator") == 0) {
            Node *u = lower_new(L, AST_UnaryOp, n);
            u->u.UnaryOp.op = UOP_NOT;
            u->u.UnaryOp.operand = lower_expr(L, lower_field(n, "argument"));
            return u;
        }
        if (strcmp(t, "named_expression") == 0) {
            if (!lower_walrus_context_ok(L, n))
                return NULL;
            Node *w = lower_new(L, AST_NamedExpr, n);
            w->u.NamedExpr.target =
              lower_target(L, lower_field(n, "name"), CTX_STORE);
            w->u.NamedExpr.value = lower_expr(L, lower_field(n, "value"));
            return w;
        }
        break;
    case 'p':
        if (strcmp(t, "parenthesized_expression") == 0) {
            /* Parentheses only group: the inner node keeps its own span,
             * as in CPython. */
            TSNode inner = lower_nth(n, 0);
            if (lower_is(inner, "list_splat")) {
                lower_error(L, inner, "cannot use starred expression here");
                return NULL;
            }
            return lower_expr(L, inner);
        }
        if (strcmp(t, "parenthesized_list_splat") == 0) {
            TSNode inner = lower_nth(n, 0);
            if (lower_is(inner, "list_splat")) {
                lower_error(L, inner, "cannot use starred expression here");
                return NULL;
            }
            return lower_expr(L, inner);
        }
        if (strcmp(t, "pattern_list") == 0)
            return lower_expr_or_list(L, n);
        break;
    case 's':
        if (strcmp(t, "string") == 0)
            return lower_string(L, n);
        if (strcmp(t, "subscript") == 0)
            return lower_subscript(L, n);
        if (strcmp(t, "set") == 0) {
            Node *s = lower_new(L, AST_Set, n);
            s->u.Set.elts = lower_elts(L, n);
            return s;
        }
        if (strcmp(t, "set_comprehension") == 0)
            return lower_comprehension(L, n, AST_SetComp);
        break;
    case 't':
        if (strcmp(t, "true") == 0)
            return lower_const(L, n, CONST_TRUE);
        if (strcmp(t, "tuple") == 0 || strcmp(t, "tuple_pattern") == 0) {
            /* The grammar calls `(a)` on the left of `=` a tuple_pattern
             * and `(*a)` sometimes a tuple; without a comma either is just
             * a parenthesized expression. */
            if (!lower_has_comma(n) && lower_nnamed(n) == 1) {
                TSNode inner = lower_nth(n, 0);
                if (lower_is(inner, "list_splat") ||
                    lower_is(inner, "list_splat_pattern")) {
                    lower_error(
                      L, inner, "cannot use starred expression here");
                    return NULL;
                }
                return lower_expr(L, inner);
            }
            Node *tu = lower_new(L, AST_Tuple, n);
            tu->u.Tuple.elts = lower_elts(L, n);
            return tu;
        }
        if (strcmp(t, "type") == 0)
            return lower_expr(L, lower_nth(n, 0));
        break;
    case 'u':
        if (strcmp(t, "unary_operator") == 0)
            return lower_unary(L, n);
        if (strcmp(t, "union_type") == 0) {
            /* `a | b` in an annotation. */
            Node *b = lower_new(L, AST_BinOp, n);
            b->u.BinOp.left = lower_expr(L, lower_nth(n, 0));
            b->u.BinOp.op = lower_binop_kind("|");
            b->u.BinOp.right = lower_expr(L, lower_nth(n, 1));
            return b;
        }
        break;
    case 'y':
        if (strcmp(t, "yield") == 0) {
            /* `yield from x` has a 'from' token after 'yield'. */
            bool from = false;
            if (ts_node_child_count(n) > 1) {
                TSNode k = ts_node_child(n, 1);
                from =
                  !ts_node_is_named(k) && strcmp(ts_node_type(k), "from") == 0;
            }
            Node *y = lower_new(L, from ? AST_YieldFrom : AST_Yield, n);
            TSNode v = lower_nth(n, 0);
            Node *val = ts_node_is_null(v) ? NULL : lower_expr_or_list(L, v);
            if (from)
                y->u.YieldFrom.value = val;
            else
                y->u.Yield.value = val;
            return y;
        }
        break;
    default:
        break;
    }
    lower_error(L, n, "invalid syntax");
    return NULL;
}

Node *
lower_expr(Lower *L, TSNode n)
{
    if (ts_node_is_null(n))
        return NULL;
    if (!lower_enter(L, n))
        return NULL;
    Node *e = lower_expr_inner(L, n);
    lower_leave(L);
    return e;
}
