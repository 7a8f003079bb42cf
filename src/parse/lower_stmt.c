/*
 * lower_stmt.c: tree-sitter-python statement nodes -> ast.def statements,
 * plus function parameters (shared with lambda).
 *
 * Follows CPython's AST: `elif` is an If nested in orelse, `a = b = c` is
 * one Assign with targets [a, b], `x: int = 1` is an AnnAssign with simple=1
 * only for an unparenthesized name. Constructs that pyaot does not compile
 * (class, match, async, ...) are still lowered; check_supported in
 * sema/check.c reports them. Python 2 forms the grammar still accepts
 * (print and exec statements, `except E, e`) are rejected here.
 *
 * Assumes: no ERROR/MISSING nodes (parse.c).
 */
#include "lower.h"

#include <string.h>

int lower_augop(const char *op); /* lower_expr.c */

static NodeList lower_block(Lower *L, TSNode block);

static Node *
lower_new(Lower *L, AstKind k, TSNode n)
{
    return ast_new(L->a, k, lower_loc(L, n));
}

static bool
lower_starts_with(TSNode n, const char *tok)
{
    if (ts_node_child_count(n) == 0)
        return false;
    TSNode k = ts_node_child(n, 0);
    return !ts_node_is_named(k) && strcmp(ts_node_type(k), tok) == 0;
}

/* ---- parameters ---- */

static Node *
lower_arg(Lower *L, TSNode at, TSNode name, TSNode type)
{
    Node *a = lower_new(L, AST_Arg, at);
    if (lower_is(name, "identifier"))
        a->u.Arg.arg = lower_ident(L, name);
    else {
        /* `def f((a, b)):` is Python 2 only. */
        lower_error(L, ts_node_is_null(name) ? at : name, "invalid syntax");
        a->u.Arg.arg = intern_cstr(L->in, "_");
    }
    if (!ts_node_is_null(type))
        a->u.Arg.annotation = lower_expr(L, type);
    return a;
}

Node *
lower_arguments(Lower *L, TSNode params, bool is_lambda)
{
    if (ts_node_is_null(params))
        return NULL;
    Node *args = lower_new(L, AST_Arguments, params);
    AstArguments *A = &args->u.Arguments;
    NodeVec pos = { 0 }, posonly = { 0 }, kwonly = { 0 }, kwdef = { 0 },
            defs = { 0 };
    bool after_star = false, bare_star = false, seen_slash = false;
    TSNode bare_star_node = { 0 };
    LowerKids kids = { 0 };
    lower_kids(params, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        const char *t = ts_node_type(k);
        TSNode name = k, type = { 0 }, value = { 0 };
        if (strcmp(t, "positional_separator") == 0) {
            /* CPython's invalid_parameters rules, in its order */
            if (after_star || seen_slash || pos.len == 0) {
                lower_error(L,
                            k,
                            after_star   ? "/ must be ahead of *"
                            : seen_slash ? "/ may appear only once"
                                         : "at least one argument must "
                                           "precede /");
                seen_slash = true;
                continue;
            }
            seen_slash = true;
            for (int j = 0; j < pos.len; j++)
                vec_push(&posonly, pos.items[j]);
            pos.len = 0;
            continue;
        }
        if (strcmp(t, "keyword_separator") == 0) {
            if (after_star)
                lower_error(L, k, "* argument may appear only once");
            after_star = bare_star = true;
            bare_star_node = k;
            continue;
        }
        if (strcmp(t, "typed_parameter") == 0) {
            name = lower_nth(k, 0);
            type = lower_field(k, "type");
            t = ts_node_type(name);
        }
        else if (strcmp(t, "default_parameter") == 0 ||
                 strcmp(t, "typed_default_parameter") == 0) {
            name = lower_field(k, "name");
            type = lower_field(k, "type");
            value = lower_field(k, "value");
        }
        if (strcmp(t, "list_splat_pattern") == 0) {
            if (after_star)
                lower_error(L, k, "* argument may appear only once");
            after_star = true;
            A->vararg = lower_arg(L, k, lower_nth(name, 0), type);
            continue;
        }
        if (strcmp(t, "dictionary_splat_pattern") == 0) {
            A->kwarg = lower_arg(L, k, lower_nth(name, 0), type);
            if (i + 1 < kids.len)
                lower_error(L,
                            kids.items[i + 1].node,
                            "arguments cannot follow var-keyword argument");
            continue;
        }
        Node *a = lower_arg(L, k, name, type);
        Node *dv = ts_node_is_null(value) ? NULL : lower_expr(L, value);
        if (after_star) {
            bare_star = false;
            vec_push(&kwonly, a);
            vec_push(&kwdef, dv);
        }
        else {
            if (dv)
                vec_push(&defs, dv);
            else if (defs.len > 0)
                lower_error(L,
                            k,
                            "non-default argument follows default "
                            "argument");
            vec_push(&pos, a);
        }
    }
    vec_free(&kids);
    if (bare_star && !A->kwarg && kwonly.len == 0)
        lower_error(L, bare_star_node, "named arguments must follow bare *");
    else if (bare_star && kwonly.len == 0)
        lower_error(L, bare_star_node, "named arguments must follow bare *");
    (void)is_lambda;
    A->posonlyargs = lower_vec_list(L, &posonly);
    A->args = lower_vec_list(L, &pos);
    A->kwonlyargs = lower_vec_list(L, &kwonly);
    A->kw_defaults = lower_vec_list(L, &kwdef);
    A->defaults = lower_vec_list(L, &defs);
    return args;
}

/* ---- statements ---- */

static Node *
lower_funcdef(Lower *L, TSNode n, NodeList decorators, TSNode at)
{
    Node *f = lower_new(L, AST_FunctionDef, at);
    AstFunctionDef *F = &f->u.FunctionDef;
    F->name = lower_ident(L, lower_field(n, "name"));
    F->is_async = lower_starts_with(n, "async");
    F->decorators = decorators;
    if (!ts_node_is_null(lower_field(n, "type_parameters")))
        lower_error(L,
                    lower_field(n, "type_parameters"),
                    "unsupported: type parameter lists");
    F->args = lower_arguments(L, lower_field(n, "parameters"), false);
    if (!F->args)
        F->args = ast_new(L->a, AST_Arguments, f->loc);
    TSNode ret = lower_field(n, "return_type");
    if (!ts_node_is_null(ret))
        F->returns = lower_expr(L, ret);
    F->body = lower_block(L, lower_field(n, "body"));
    return f;
}

static Node *
lower_classdef(Lower *L, TSNode n, NodeList decorators, TSNode at)
{
    Node *c = lower_new(L, AST_ClassDef, at);
    AstClassDef *C = &c->u.ClassDef;
    C->name = lower_ident(L, lower_field(n, "name"));
    C->decorators = decorators;
    if (!ts_node_is_null(lower_field(n, "type_parameters")))
        lower_error(L,
                    lower_field(n, "type_parameters"),
                    "unsupported: type parameter lists");
    TSNode sup = lower_field(n, "superclasses");
    if (!ts_node_is_null(sup)) {
        /* Same argument rules as a call: reuse the call lowering. */
        Node *call = NULL;
        LowerKids kids = { 0 };
        NodeVec bases = { 0 }, kws = { 0 };
        lower_kids(sup, true, &kids);
        bool seen_kw = false;
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
                seen_kw = true;
            }
            else {
                if (seen_kw && !lower_is(k, "list_splat"))
                    lower_error(L,
                                k,
                                "positional argument follows keyword "
                                "argument");
                vec_push(&bases, lower_expr(L, k));
            }
        }
        vec_free(&kids);
        (void)call;
        C->bases = lower_vec_list(L, &bases);
        C->keywords = lower_vec_list(L, &kws);
    }
    C->body = lower_block(L, lower_field(n, "body"));
    return c;
}

static Node *
lower_decorated(Lower *L, TSNode n)
{
    LowerKids kids = { 0 };
    NodeVec decs = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++)
        if (lower_is(kids.items[i].node, "decorator"))
            vec_push(&decs, lower_expr(L, lower_nth(kids.items[i].node, 0)));
    vec_free(&kids);
    NodeList dl = lower_vec_list(L, &decs);
    TSNode def = lower_field(n, "definition");
    /* CPython places a decorated def at the 'def' line, not at the '@'. */
    if (lower_is(def, "class_definition"))
        return lower_classdef(L, def, dl, def);
    return lower_funcdef(L, def, dl, def);
}

/* Assignment forms: plain, chained, annotated. */
static Node *
lower_assignment(Lower *L, TSNode n)
{
    TSNode type = lower_field(n, "type");
    TSNode right = lower_field(n, "right");
    TSNode left = lower_field(n, "left");
    if (!ts_node_is_null(type)) {
        Node *a = lower_new(L, AST_AnnAssign, n);
        a->u.AnnAssign.target = lower_target(L, left, CTX_STORE);
        a->u.AnnAssign.annotation = lower_expr(L, type);
        /* simple: a bare name, not `(x): int` (tuple_pattern without comma
         * in this grammar) */
        a->u.AnnAssign.simple = lower_is(left, "identifier");
        if (!ts_node_is_null(right)) {
            if (lower_is(right, "assignment") ||
                lower_is(right, "augmented_assignment"))
                lower_error(L, right, "invalid syntax");
            else
                a->u.AnnAssign.value = lower_expr_or_list(L, right);
        }
        return a;
    }
    Node *a = lower_new(L, AST_Assign, n);
    NodeVec targets = { 0 };
    vec_push(&targets, lower_target(L, left, CTX_STORE));
    while (lower_is(right, "assignment")) {
        if (!ts_node_is_null(lower_field(right, "type")) ||
            ts_node_is_null(lower_field(right, "right"))) {
            lower_error(L, right, "invalid syntax");
            break;
        }
        vec_push(&targets,
                 lower_target(L, lower_field(right, "left"), CTX_STORE));
        right = lower_field(right, "right");
    }
    if (lower_is(right, "augmented_assignment"))
        lower_error(L, right, "invalid syntax");
    else
        a->u.Assign.value = lower_expr_or_list(L, right);
    a->u.Assign.targets = lower_vec_list(L, &targets);
    return a;
}

static Node *
lower_augassign(Lower *L, TSNode n)
{
    Node *a = lower_new(L, AST_AugAssign, n);
    TSNode op = lower_field(n, "operator");
    a->u.AugAssign.op =
      ts_node_is_null(op) ? 0 : lower_augop(ts_node_type(op));
    if (a->u.AugAssign.op < 0) {
        lower_error(L, op, "invalid syntax");
        a->u.AugAssign.op = 0;
    }
    a->u.AugAssign.target = lower_target(L, lower_field(n, "left"), CTX_STORE);
    TSNode right = lower_field(n, "right");
    if (lower_is(right, "assignment") ||
        lower_is(right, "augmented_assignment"))
        lower_error(L, right, "invalid syntax");
    else
        a->u.AugAssign.value = lower_expr_or_list(L, right);
    return a;
}

static Node *
lower_expr_stmt(Lower *L, TSNode n)
{
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    Node *r = NULL;
    if (kids.len == 1 && lower_is(kids.items[0].node, "assignment"))
        r = lower_assignment(L, kids.items[0].node);
    else if (kids.len == 1 &&
             lower_is(kids.items[0].node, "augmented_assignment"))
        r = lower_augassign(L, kids.items[0].node);
    else {
        r = lower_new(L, AST_ExprStmt, n);
        if (kids.len == 1)
            r->u.ExprStmt.value = lower_expr(L, kids.items[0].node);
        else {
            /* `a, b` as a statement: the grammar lists the elements. */
            Node *t = lower_new(L, AST_Tuple, n);
            NodeVec v = { 0 };
            for (int i = 0; i < kids.len; i++)
                vec_push(&v, lower_expr(L, kids.items[i].node));
            t->u.Tuple.elts = lower_vec_list(L, &v);
            r->u.ExprStmt.value = t;
        }
    }
    vec_free(&kids);
    return r;
}

static NodeList
lower_else(Lower *L, TSNode n)
{
    NodeList empty = { NULL, 0 };
    if (ts_node_is_null(n))
        return empty;
    return lower_block(L, lower_field(n, "body"));
}

static Node *
lower_if(Lower *L, TSNode n)
{
    Node *top = lower_new(L, AST_If, n);
    top->u.If.test = lower_expr(L, lower_field(n, "condition"));
    top->u.If.body = lower_block(L, lower_field(n, "consequence"));
    Node *cur = top;
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (!kids.items[i].field ||
            strcmp(kids.items[i].field, "alternative") != 0)
            continue;
        if (lower_is(k, "elif_clause")) {
            Node *e = lower_new(L, AST_If, k);
            e->u.If.test = lower_expr(L, lower_field(k, "condition"));
            e->u.If.body = lower_block(L, lower_field(k, "consequence"));
            cur->u.If.orelse = ast_list(L->a, &e, 1);
            cur = e;
        }
        else if (lower_is(k, "else_clause"))
            cur->u.If.orelse = lower_else(L, k);
    }
    vec_free(&kids);
    return top;
}

static Node *
lower_for(Lower *L, TSNode n)
{
    Node *f = lower_new(L, AST_For, n);
    f->u.For.is_async = lower_starts_with(n, "async");
    f->u.For.target = lower_target(L, lower_field(n, "left"), CTX_STORE);
    f->u.For.iter = lower_expr_or_list(L, lower_field(n, "right"));
    f->u.For.body = lower_block(L, lower_field(n, "body"));
    f->u.For.orelse = lower_else(L, lower_field(n, "alternative"));
    return f;
}

static Node *
lower_while(Lower *L, TSNode n)
{
    Node *w = lower_new(L, AST_While, n);
    w->u.While.test = lower_expr(L, lower_field(n, "condition"));
    w->u.While.body = lower_block(L, lower_field(n, "body"));
    w->u.While.orelse = lower_else(L, lower_field(n, "alternative"));
    return w;
}

/* One with item at node `at` from its value v: `expr` or an as_pattern
 * `expr as target`. */
static Node *
lower_with_item(Lower *L, TSNode at, TSNode v)
{
    Node *it = lower_new(L, AST_WithItem, at);
    if (lower_is(v, "as_pattern")) {
        TSNode target = lower_field(v, "alias");
        if (lower_is(target, "as_pattern_target"))
            target = lower_nth(target, 0);
        it->u.WithItem.context_expr = lower_expr(L, lower_nth(v, 0));
        it->u.WithItem.optional_vars = lower_target(L, target, CTX_STORE);
    }
    else
        it->u.WithItem.context_expr = lower_expr(L, v);
    return it;
}

static Node *
lower_with(Lower *L, TSNode n)
{
    Node *w = lower_new(L, AST_With, n);
    w->u.With.is_async = lower_starts_with(n, "async");
    NodeVec items = { 0 };
    LowerKids kids = { 0 }, wi = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        if (!lower_is(kids.items[i].node, "with_clause"))
            continue;
        /* tree-sitter takes `with a, :`; only a parenthesized item list
         * may end with a comma. */
        TSNode last = ts_node_child(
          kids.items[i].node, ts_node_child_count(kids.items[i].node) - 1);
        TSNode colon = ts_node_next_sibling(kids.items[i].node);
        if (lower_is(last, ",") &&
            !lower_is(ts_node_child(kids.items[i].node, 0), "("))
            lower_error(
              L, ts_node_is_null(colon) ? last : colon, "invalid syntax");
        lower_kids(kids.items[i].node, true, &wi);
        /* `with (a as b):` and `with (a as b,):` (one parenthesized item,
         * valid 3.9+): tree-sitter makes the parentheses a parenthesized
         * expression or a tuple around the as_pattern. */
        if (wi.len == 1) {
            TSNode v = lower_field(wi.items[0].node, "value");
            bool paren = lower_is(v, "parenthesized_expression") &&
                         lower_is(lower_nth(v, 0), "as_pattern");
            bool tuple = lower_is(v, "tuple") && lower_nnamed(v) == 1 &&
                         lower_is(lower_nth(v, 0), "as_pattern");
            if (paren || tuple) {
                TSNode v0 = lower_nth(v, 0);
                vec_push(&items, lower_with_item(L, v0, v0));
                vec_free(&wi);
                continue;
            }
        }
        for (int j = 0; j < wi.len; j++) {
            TSNode item = wi.items[j].node;
            vec_push(&items,
                     lower_with_item(L, item, lower_field(item, "value")));
        }
        vec_free(&wi);
    }
    vec_free(&kids);
    w->u.With.items = lower_vec_list(L, &items);
    w->u.With.body = lower_block(L, lower_field(n, "body"));
    return w;
}

static Node *
lower_handler(Lower *L, TSNode k, bool star)
{
    Node *h = lower_new(L, AST_ExceptHandler, k);
    LowerKids kids = { 0 };
    lower_kids(k, true, &kids);
    TSNode alias = lower_field(k, "alias");
    if (!ts_node_is_null(alias))
        lower_error(L, k, "multiple exception types must be parenthesized");
    for (int i = 0; i < kids.len; i++) {
        TSNode c = kids.items[i].node;
        const char *f = kids.items[i].field;
        if (lower_is(c, "block"))
            h->u.ExceptHandler.body = lower_block(L, c);
        else if (f && strcmp(f, "alias") == 0)
            continue;
        else if (lower_is(c, "as_pattern")) {
            h->u.ExceptHandler.type = lower_expr(L, lower_nth(c, 0));
            TSNode target = lower_field(c, "alias");
            if (lower_is(target, "as_pattern_target"))
                target = lower_nth(target, 0);
            if (lower_is(target, "identifier"))
                h->u.ExceptHandler.name = lower_ident(L, target);
            else
                lower_error(
                  L, ts_node_is_null(target) ? c : target, "invalid syntax");
        }
        else if (!h->u.ExceptHandler.type)
            h->u.ExceptHandler.type = lower_expr(L, c);
    }
    vec_free(&kids);
    if (star && !h->u.ExceptHandler.type)
        lower_error(L, k, "expected one or more exception types");
    return h;
}

static Node *
lower_try(Lower *L, TSNode n)
{
    Node *t = lower_new(L, AST_Try, n);
    t->u.Try.body = lower_block(L, lower_field(n, "body"));
    NodeVec handlers = { 0 };
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    int nplain = 0, nstar = 0;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (lower_is(k, "except_clause") ||
            lower_is(k, "except_group_clause")) {
            bool star = lower_is(k, "except_group_clause");
            nstar += star;
            nplain += !star;
            if (nstar && nplain)
                lower_error(L,
                            k,
                            "cannot have both 'except' and 'except*' "
                            "on the same 'try'");
            Node *h = lower_handler(L, k, star);
            /* A bare `except:` must be last. */
            if (handlers.len && !vec_last(&handlers)->u.ExceptHandler.type)
                lower_error(L,
                            vec_last(&handlers)->loc.line ? k : k,
                            "default 'except:' must be last");
            vec_push(&handlers, h);
        }
        else if (lower_is(k, "else_clause"))
            t->u.Try.orelse = lower_block(L, lower_field(k, "body"));
        else if (lower_is(k, "finally_clause"))
            t->u.Try.finalbody = lower_block(L, lower_nth(k, 0));
    }
    vec_free(&kids);
    t->u.Try.is_star = nstar > 0;
    t->u.Try.handlers = lower_vec_list(L, &handlers);
    return t;
}

/* Dotted names are interned whole: "a.b.c" (no spaces, even when the
 * source has `a . b`). */
static const char *
lower_dotted(Lower *L, TSNode n)
{
    if (lower_is(n, "identifier"))
        return lower_ident(L, n);
    StrBuf sb;
    sb_init(&sb);
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        const char *s = lower_ident(L, kids.items[i].node);
        if (i)
            sb_putc(&sb, '.');
        sb_puts(&sb, s);
    }
    vec_free(&kids);
    const char *r = intern(L->in, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

static Node *
lower_alias(Lower *L, TSNode k)
{
    Node *a = lower_new(L, AST_Alias, k);
    if (lower_is(k, "aliased_import")) {
        a->u.Alias.name = lower_dotted(L, lower_field(k, "name"));
        a->u.Alias.asname = lower_ident(L, lower_field(k, "alias"));
    }
    else
        a->u.Alias.name = lower_dotted(L, k);
    return a;
}

/* tree-sitter accepts `import a,` and `from m import a,`; CPython does
 * not (the second only inside parentheses). */
static void
lower_import_trailing_comma(Lower *L, TSNode n, bool from)
{
    LowerKids all = { 0 };
    lower_kids(n, false, &all);
    if (all.len && lower_is(vec_last(&all).node, ",")) {
        if (from)
            lower_error(L,
                        vec_last(&all).node,
                        "trailing comma not allowed without surrounding "
                        "parentheses");
        else
            lower_error(L, vec_last(&all).node, "invalid syntax");
    }
    vec_free(&all);
}

static Node *
lower_import(Lower *L, TSNode n)
{
    lower_import_trailing_comma(L, n, false);
    Node *imp = lower_new(L, AST_Import, n);
    NodeVec names = { 0 };
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++)
        if (kids.items[i].field && strcmp(kids.items[i].field, "name") == 0)
            vec_push(&names, lower_alias(L, kids.items[i].node));
    vec_free(&kids);
    imp->u.Import.names = lower_vec_list(L, &names);
    return imp;
}

static Node *
lower_import_from(Lower *L, TSNode n, bool future)
{
    Node *imp = lower_new(L, AST_ImportFrom, n);
    lower_import_trailing_comma(L, n, true);
    NodeVec names = { 0 };
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    if (future)
        imp->u.ImportFrom.module = intern_cstr(L->in, "__future__");
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        const char *f = kids.items[i].field;
        if (f && strcmp(f, "module_name") == 0) {
            if (lower_is(k, "relative_import")) {
                LowerKids rk = { 0 };
                lower_kids(k, true, &rk);
                for (int j = 0; j < rk.len; j++) {
                    TSNode r = rk.items[j].node;
                    if (lower_is(r, "import_prefix")) {
                        size_t len;
                        lower_text(L, r, &len);
                        imp->u.ImportFrom.level = (int)len;
                    }
                    else if (lower_is(r, "dotted_name"))
                        imp->u.ImportFrom.module = lower_dotted(L, r);
                }
                vec_free(&rk);
            }
            else
                imp->u.ImportFrom.module = lower_dotted(L, k);
        }
        else if (f && strcmp(f, "name") == 0) {
            /* tree-sitter takes `from m import a.b`; the names imported
             * from a module are plain identifiers. */
            TSNode dn =
              lower_is(k, "aliased_import") ? lower_field(k, "name") : k;
            if (lower_nnamed(dn) > 1)
                lower_error(
                  L, ts_node_prev_sibling(lower_nth(dn, 1)), "invalid syntax");
            vec_push(&names, lower_alias(L, k));
        }
        else if (lower_is(k, "wildcard_import")) {
            Node *a = lower_new(L, AST_Alias, k);
            a->u.Alias.name = intern_cstr(L->in, "*");
            vec_push(&names, a);
        }
    }
    vec_free(&kids);
    imp->u.ImportFrom.names = lower_vec_list(L, &names);
    return imp;
}

static Node *
lower_names_stmt(Lower *L, TSNode n, AstKind kind)
{
    Node *g = lower_new(L, kind, n);
    NodeVec names = { 0 };
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        Node *name = lower_new(L, AST_Name, kids.items[i].node);
        name->u.Name.id = lower_ident(L, kids.items[i].node);
        vec_push(&names, name);
    }
    vec_free(&kids);
    /* Global and Nonlocal have the same layout. */
    g->u.Global.names = lower_vec_list(L, &names);
    return g;
}

static Node *
lower_stmt_inner(Lower *L, TSNode n)
{
    const char *t = ts_node_type(n);
    if (strcmp(t, "expression_statement") == 0)
        return lower_expr_stmt(L, n);
    if (strcmp(t, "function_definition") == 0) {
        NodeList none = { NULL, 0 };
        return lower_funcdef(L, n, none, n);
    }
    if (strcmp(t, "class_definition") == 0) {
        NodeList none = { NULL, 0 };
        return lower_classdef(L, n, none, n);
    }
    if (strcmp(t, "decorated_definition") == 0)
        return lower_decorated(L, n);
    if (strcmp(t, "return_statement") == 0) {
        Node *r = lower_new(L, AST_Return, n);
        TSNode v = lower_nth(n, 0);
        if (!ts_node_is_null(v))
            r->u.Return.value = lower_expr_or_list(L, v);
        return r;
    }
    if (strcmp(t, "pass_statement") == 0)
        return lower_new(L, AST_Pass, n);
    if (strcmp(t, "break_statement") == 0)
        return lower_new(L, AST_Break, n);
    if (strcmp(t, "continue_statement") == 0)
        return lower_new(L, AST_Continue, n);
    if (strcmp(t, "if_statement") == 0)
        return lower_if(L, n);
    if (strcmp(t, "for_statement") == 0)
        return lower_for(L, n);
    if (strcmp(t, "while_statement") == 0)
        return lower_while(L, n);
    if (strcmp(t, "with_statement") == 0)
        return lower_with(L, n);
    if (strcmp(t, "try_statement") == 0)
        return lower_try(L, n);
    if (strcmp(t, "raise_statement") == 0) {
        Node *r = lower_new(L, AST_Raise, n);
        LowerKids kids = { 0 };
        lower_kids(n, true, &kids);
        for (int i = 0; i < kids.len; i++) {
            const char *f = kids.items[i].field;
            if (f && strcmp(f, "cause") == 0) {
                /* tree-sitter takes `raise from x`. */
                if (!r->u.Raise.exc)
                    lower_error(L,
                                ts_node_prev_sibling(kids.items[i].node),
                                "invalid syntax");
                r->u.Raise.cause = lower_expr(L, kids.items[i].node);
            }
            else if (!r->u.Raise.exc) {
                /* tree-sitter takes Python 2's `raise E, v`. */
                TSNode e = kids.items[i].node;
                if (lower_is(e, "expression_list"))
                    lower_error(L,
                                ts_node_next_sibling(lower_nth(e, 0)),
                                "invalid syntax");
                r->u.Raise.exc = lower_expr_or_list(L, e);
            }
        }
        vec_free(&kids);
        return r;
    }
    if (strcmp(t, "assert_statement") == 0) {
        Node *a = lower_new(L, AST_Assert, n);
        a->u.Assert.test = lower_expr(L, lower_nth(n, 0));
        TSNode msg = lower_nth(n, 1);
        if (!ts_node_is_null(msg))
            a->u.Assert.msg = lower_expr(L, msg);
        /* The grammar takes any number of operands; CPython two, and
         * reports the comma after the message. */
        if (lower_nnamed(n) > 2) {
            for (uint32_t i = 0; i < ts_node_child_count(n); i++) {
                TSNode c = ts_node_child(n, i);
                if (lower_is(c, ",") &&
                    ts_node_start_byte(c) >= ts_node_end_byte(msg)) {
                    lower_error(L, c, "invalid syntax");
                    break;
                }
            }
        }
        return a;
    }
    if (strcmp(t, "delete_statement") == 0) {
        Node *d = lower_new(L, AST_Delete, n);
        TSNode v = lower_nth(n, 0);
        NodeVec targets = { 0 };
        if (lower_is(v, "expression_list")) {
            LowerKids kids = { 0 };
            lower_kids(v, true, &kids);
            for (int i = 0; i < kids.len; i++)
                vec_push(&targets,
                         lower_target(L, kids.items[i].node, CTX_DEL));
            vec_free(&kids);
        }
        else if (!ts_node_is_null(v))
            vec_push(&targets, lower_target(L, v, CTX_DEL));
        d->u.Delete.targets = lower_vec_list(L, &targets);
        return d;
    }
    if (strcmp(t, "import_statement") == 0)
        return lower_import(L, n);
    if (strcmp(t, "import_from_statement") == 0)
        return lower_import_from(L, n, false);
    if (strcmp(t, "future_import_statement") == 0)
        return lower_import_from(L, n, true);
    if (strcmp(t, "global_statement") == 0)
        return lower_names_stmt(L, n, AST_Global);
    if (strcmp(t, "nonlocal_statement") == 0)
        return lower_names_stmt(L, n, AST_Nonlocal);
    if (strcmp(t, "match_statement") == 0) {
        /* Cases are not lowered: check_supported rejects match. */
        Node *m = lower_new(L, AST_Match, n);
        LowerKids kids = { 0 };
        lower_kids(n, true, &kids);
        NodeVec subj = { 0 };
        for (int i = 0; i < kids.len; i++)
            if (kids.items[i].field &&
                strcmp(kids.items[i].field, "subject") == 0)
                vec_push(&subj, lower_expr(L, kids.items[i].node));
        vec_free(&kids);
        if (subj.len == 1) {
            m->u.Match.subject = subj.items[0];
            vec_free(&subj);
        }
        else {
            Node *tu = lower_new(L, AST_Tuple, n);
            tu->u.Tuple.elts = lower_vec_list(L, &subj);
            m->u.Match.subject = tu;
        }
        return m;
    }
    if (strcmp(t, "print_statement") == 0 && lower_nnamed(n) >= 1 &&
        lower_is(lower_nth(n, 0), "chevron")) {
        /* `print >> f` and `print >> f, x` are Python 3 expressions
         * (a shift of the print builtin; a tuple): they fail at run time. */
        TSNode ch = lower_nth(n, 0);
        Node *sh = lower_new(L, AST_BinOp, ch);
        Node *pr = lower_new(L, AST_Name, ts_node_child(n, 0));
        pr->u.Name.id = intern_cstr(L->in, "print");
        sh->u.BinOp.left = pr;
        sh->u.BinOp.op = OP_RSHIFT;
        sh->u.BinOp.right = lower_expr(L, lower_nth(ch, 0));
        sh->loc.line = pr->loc.line;
        sh->loc.col = pr->loc.col;
        Node *value = sh;
        int nn = lower_nnamed(n);
        if (nn > 1) {
            NodeVec elts = { 0 };
            vec_push(&elts, sh);
            for (int i = 1; i < nn; i++)
                vec_push(&elts, lower_expr(L, lower_nth(n, i)));
            value = lower_new(L, AST_Tuple, n);
            value->u.Tuple.elts = lower_vec_list(L, &elts);
        }
        Node *es = lower_new(L, AST_ExprStmt, n);
        es->u.ExprStmt.value = value;
        return es;
    }
    if (strcmp(t, "print_statement") == 0 ||
        strcmp(t, "exec_statement") == 0) {
        const char *w = t[0] == 'p' ? "print" : "exec";
        lower_error(L,
                    n,
                    "Missing parentheses in call to '%s'. Did you mean "
                    "%s(...)?",
                    w,
                    w);
        return NULL;
    }
    if (strcmp(t, "type_alias_statement") == 0) {
        lower_error(L, n, "unsupported: 'type' statements");
        return NULL;
    }
    lower_error(L, n, "invalid syntax");
    return NULL;
}

static Node *
lower_stmt(Lower *L, TSNode n)
{
    if (!lower_enter(L, n))
        return NULL;
    Node *s = lower_stmt_inner(L, n);
    lower_leave(L);
    return s;
}

/* Statements of a module or block. The grammar lets two simple statements
 * share a line with no ';' between them (`1e` parses as `1` then `e`);
 * CPython does not, so that is caught here. */
static NodeList
lower_stmts(Lower *L, TSNode parent)
{
    LowerKids kids = { 0 };
    NodeVec v = { 0 };
    lower_kids(parent, true, &kids);
    uint32_t prev_end = 0;
    bool have_prev = false;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        if (lower_is(k, "case_clause"))
            continue; /* match cases: see lower_stmt_inner */
        int before = L->nerrors;
        Node *st = lower_stmt(L, k);
        if (st)
            vec_push(&v, st);
        /* A more precise error (`1e`: invalid decimal literal) wins. */
        if (have_prev && L->nerrors == before) {
            uint32_t s = ts_node_start_byte(k);
            bool sep = false;
            for (uint32_t j = prev_end; j < s && j < L->len; j++)
                if (L->text[j] == ';' || L->text[j] == '\n' ||
                    L->text[j] == '\r')
                    sep = true;
            if (!sep)
                lower_error(L, k, "invalid syntax");
        }
        prev_end = ts_node_end_byte(k);
        have_prev = true;
    }
    vec_free(&kids);
    return lower_vec_list(L, &v);
}

static NodeList
lower_block(Lower *L, TSNode block)
{
    NodeList empty = { NULL, 0 };
    if (ts_node_is_null(block))
        return empty;
    return lower_stmts(L, block);
}

Node *
lower_module(Lower *L, TSNode root)
{
    Node *m = lower_new(L, AST_Module, root);
    m->loc.line = 1;
    m->loc.col = 1;
    m->u.Module.body = lower_stmts(L, root);
    return m;
}
