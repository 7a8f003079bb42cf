/*
 * check.c: compile-time errors CPython raises that tree-sitter's grammar
 * does not (check_module), and the list of constructs pyaot does not compile
 * yet (check_supported). Messages are CPython 3.11's, each reported at the
 * offending node.
 *
 * check_module covers: return/yield/await/break/continue placement, async
 * for/with/comprehensions outside async functions, illegal assignment and
 * deletion targets, starred-expression rules, duplicate parameters, and the
 * global/nonlocal ordering rules of CPython's symtable. Some rules CPython
 * enforces in its grammar are checked during lowering instead, where the
 * argument order is still known (non-default after default, positional
 * after keyword argument).
 *
 * Assumes: the AST comes from src/parse (ctx set on targets); comprehension
 * scopes are approximated by the enclosing one for the global rules, except
 * that names bound inside a comprehension do not count.
 */
#include "sema.h"

#include <stdlib.h>
#include <string.h>

/* ---- the walk ---- */

enum {
    CK_FUNC = 1,   /* inside a def or lambda body */
    CK_ASYNC = 2,  /* ... an async def */
    CK_LOOP = 4,   /* inside a loop body (reset by def/class) */
    CK_LAMBDA = 8, /* the innermost function is a lambda */
    CK_CLASS = 16, /* directly in a class body */
};

/* Name facts per scope for the global/nonlocal rules. */
enum {
    NF_USE = 1,
    NF_ASSIGN = 2,
    NF_PARAM = 4,
    NF_ANNOT = 8,
    NF_GLOBAL = 16,
    NF_NONLOCAL = 32
};

typedef struct CheckName {
    const char *id;
    int flags;
} CheckName;

typedef struct CheckScope {
    Vec(CheckName) names;
    PtrMap index; /* id -> index in names */
    bool is_module;
} CheckScope;

typedef struct Check {
    Diag *d;
    int flags;
    CheckScope *scope;
    const char *comp_kind; /* innermost comprehension's name, or NULL */
    int nerr;
    /* The top-level statement being checked when it may be a `from
     * __future__` import (it follows only the docstring and other future
     * imports), else NULL. */
    Node *future_ok;
} Check;

static void check_expr(Check *C, Node *n);
static void check_stmts(Check *C, NodeList body);

static void check_error(Check *C, Node *n, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

static void
check_error(Check *C, Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(C->d, n->loc, fmt, ap);
    va_end(ap);
    C->nerr++;
}

/* Every binding of __debug__ is an error (CPython's forbidden_name); the
 * Name/Attribute targets and keywords are checked where they are walked,
 * this covers the bindings that are not expressions. */
static void
check_debug_bind(Check *C, Node *at, const char *id)
{
    if (id && strcmp(id, "__debug__") == 0)
        check_error(C, at, "cannot assign to __debug__");
}

static int *
check_name_flags(Check *C, const char *id)
{
    CheckScope *s = C->scope;
    int i = ptrmap_get(&s->index, id, -1);
    if (i >= 0)
        return &s->names.items[i].flags;
    CheckName nm = { id, 0 };
    vec_push(&s->names, nm);
    ptrmap_put(&s->index, id, s->names.len - 1);
    return &vec_last(&s->names).flags;
}

static void
check_note(Check *C, const char *id, int f)
{
    /* Names used or bound inside a comprehension belong to its own
     * scope, which `global x` in the enclosing one does not look at. (A
     * walrus target there binds in the enclosing scope; CPython then
     * rejects a later `global` in a function, this check does not.) */
    if (C->comp_kind)
        return;
    *check_name_flags(C, id) |= f;
}

/* CPython's _PyPegen_get_expr_name: how an expression is named in "cannot
 * assign to X" messages. */
static const char *
check_expr_name(const Node *e)
{
    switch (e->kind) {
    case AST_Attribute:
        return "attribute";
    case AST_Subscript:
        return "subscript";
    case AST_Starred:
        return "starred";
    case AST_Name:
        return "name";
    case AST_List:
        return "list";
    case AST_Tuple:
        return "tuple";
    case AST_Lambda:
        return "lambda";
    case AST_Call:
        return "function call";
    case AST_BoolOp:
    case AST_BinOp:
    case AST_UnaryOp:
        return "expression";
    case AST_GeneratorExp:
        return "generator expression";
    case AST_Yield:
    case AST_YieldFrom:
        return "yield expression";
    case AST_Await:
        return "await expression";
    case AST_ListComp:
        return "list comprehension";
    case AST_SetComp:
        return "set comprehension";
    case AST_DictComp:
        return "dict comprehension";
    case AST_Dict:
        return "dict literal";
    case AST_Set:
        return "set display";
    case AST_JoinedStr:
    case AST_FormattedValue:
        return "f-string expression";
    case AST_Constant:
        switch (e->u.Constant.ckind) {
        case CONST_NONE:
            return "None";
        case CONST_TRUE:
            return "True";
        case CONST_FALSE:
            return "False";
        case CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    case AST_Compare:
        return "comparison";
    case AST_IfExp:
        return "conditional expression";
    case AST_NamedExpr:
        return "named expression";
    default:
        return "expression";
    }
}

/* Validates a Store/Del target; records bound names. top: the target is a
 * whole assignment target (a lone Starred is an error there). */
static void
check_target(Check *C, Node *t, bool del, bool top)
{
    if (!t)
        return;
    switch (t->kind) {
    case AST_Name:
        if (strcmp(t->u.Name.id, "__debug__") == 0)
            check_error(C,
                        t,
                        del ? "cannot delete __debug__"
                            : "cannot assign to __debug__");
        check_note(C, t->u.Name.id, NF_ASSIGN);
        return;
    case AST_Attribute:
        if (!del && strcmp(t->u.Attribute.attr, "__debug__") == 0)
            check_error(C, t, "cannot assign to __debug__");
        check_expr(C, t->u.Attribute.value);
        return;
    case AST_Subscript:
        check_expr(C, t->u.Subscript.value);
        check_expr(C, t->u.Subscript.slice);
        return;
    case AST_Starred:
        if (del)
            check_error(C, t, "cannot delete starred");
        else if (top)
            check_error(C,
                        t,
                        "starred assignment target must be in a list or "
                        "tuple");
        check_target(C, t->u.Starred.value, del, false);
        return;
    case AST_Tuple:
    case AST_List: {
        NodeList elts =
          t->kind == AST_Tuple ? t->u.Tuple.elts : t->u.List.elts;
        int nstar = 0;
        for (int i = 0; i < elts.len; i++) {
            Node *e = elts.items[i];
            if (e && e->kind == AST_Starred && !del) {
                /* CPython reports this at the whole target. */
                if (++nstar == 2)
                    check_error(
                      C, t, "multiple starred expressions in assignment");
                else if (i >= 256 || elts.len - i - 1 >= (1 << 24))
                    check_error(C,
                                e,
                                "too many expressions in "
                                "star-unpacking assignment");
                check_target(C, e->u.Starred.value, del, false);
            }
            else
                check_target(C, e, del, false);
        }
        return;
    }
    default:
        check_error(C,
                    t,
                    del ? "cannot delete %s" : "cannot assign to %s",
                    check_expr_name(t));
        check_expr(C, t);
        return;
    }
}

static void
check_exprs(Check *C, NodeList l)
{
    for (int i = 0; i < l.len; i++)
        check_expr(C, l.items[i]);
}

/* Elements of displays and call arguments may be Starred; elsewhere a
 * Starred in load context is an error. */
static void
check_elts(Check *C, NodeList l)
{
    for (int i = 0; i < l.len; i++) {
        Node *e = l.items[i];
        if (e && e->kind == AST_Starred)
            check_expr(C, e->u.Starred.value);
        else
            check_expr(C, e);
    }
}

static void
check_args_dups(Check *C, Node *args)
{
    if (!args)
        return;
    AstArguments *A = &args->u.Arguments;
    Vec(Node *) all = { 0 };
    NodeList lists[] = { A->posonlyargs, A->args, A->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].len; i++)
            vec_push(&all, lists[l].items[i]);
    if (A->vararg)
        vec_push(&all, A->vararg);
    if (A->kwarg)
        vec_push(&all, A->kwarg);
    for (int i = 0; i < all.len; i++)
        if (strcmp(all.items[i]->u.Arg.arg, "__debug__") == 0) {
            check_error(C, args, "cannot assign to __debug__");
            break;
        }
    for (int i = 0; i < all.len; i++)
        for (int j = 0; j < i; j++)
            if (all.items[i]->u.Arg.arg == all.items[j]->u.Arg.arg) {
                check_error(C,
                            all.items[i],
                            "duplicate argument '%s' in function definition",
                            all.items[i]->u.Arg.arg);
                break;
            }
    vec_free(&all);
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static void
check_args_outer(Check *C, Node *args)
{
    if (!args)
        return;
    AstArguments *A = &args->u.Arguments;
    check_exprs(C, A->defaults);
    check_exprs(C, A->kw_defaults);
    NodeList lists[] = { A->posonlyargs, A->args, A->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].len; i++)
            check_expr(C, lists[l].items[i]->u.Arg.annotation);
    if (A->vararg)
        check_expr(C, A->vararg->u.Arg.annotation);
    if (A->kwarg)
        check_expr(C, A->kwarg->u.Arg.annotation);
}

static void
check_params_note(Check *C, Node *args)
{
    if (!args)
        return;
    AstArguments *A = &args->u.Arguments;
    NodeList lists[] = { A->posonlyargs, A->args, A->kwonlyargs };
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].len; i++)
            check_note(C, lists[l].items[i]->u.Arg.arg, NF_PARAM);
    if (A->vararg)
        check_note(C, A->vararg->u.Arg.arg, NF_PARAM);
    if (A->kwarg)
        check_note(C, A->kwarg->u.Arg.arg, NF_PARAM);
}

/* Runs a function or class body in a fresh scope. */
static void
check_body_scope(Check *C, int flags, Node *args, NodeList body, Node *expr)
{
    CheckScope scope = { 0 };
    CheckScope *saved_scope = C->scope;
    int saved_flags = C->flags;
    const char *saved_comp = C->comp_kind;
    C->scope = &scope;
    C->flags = flags;
    C->comp_kind = NULL;
    check_params_note(C, args);
    check_stmts(C, body);
    if (expr)
        check_expr(C, expr);
    vec_free(&scope.names);
    ptrmap_free(&scope.index);
    C->scope = saved_scope;
    C->flags = saved_flags;
    C->comp_kind = saved_comp;
}

static void
check_comprehension(Check *C,
                    Node *n,
                    const char *kind,
                    Node *elt,
                    Node *value,
                    NodeList gens)
{
    for (int i = 0; i < gens.len; i++) {
        Node *g = gens.items[i];
        /* The first iterable is evaluated in the enclosing scope. */
        const char *saved = C->comp_kind;
        if (i > 0)
            C->comp_kind = kind;
        check_expr(C, g->u.Comprehension.iter);
        C->comp_kind = kind;
        if (g->u.Comprehension.is_async && !(C->flags & CK_ASYNC))
            check_error(C,
                        g,
                        "asynchronous comprehension outside of an "
                        "asynchronous function");
        check_target(C, g->u.Comprehension.target, false, true);
        check_exprs(C, g->u.Comprehension.ifs);
        C->comp_kind = saved;
    }
    const char *saved = C->comp_kind;
    C->comp_kind = kind;
    if (elt && elt->kind == AST_Starred) {
        check_error(
          C, elt, "iterable unpacking cannot be used in comprehension");
        elt = elt->u.Starred.value;
    }
    check_expr(C, elt);
    check_expr(C, value);
    C->comp_kind = saved;
    (void)n;
}

static void
check_expr(Check *C, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_BoolOp:
        check_exprs(C, n->u.BoolOp.values);
        break;
    case AST_NamedExpr:
        check_expr(C, n->u.NamedExpr.value);
        if (n->u.NamedExpr.target && n->u.NamedExpr.target->kind == AST_Name) {
            /* := binds in the enclosing function even inside a
             * comprehension. */
            const char *saved = C->comp_kind;
            C->comp_kind = NULL;
            check_target(C, n->u.NamedExpr.target, false, true);
            C->comp_kind = saved;
        }
        else if (n->u.NamedExpr.target)
            check_error(C,
                        n->u.NamedExpr.target,
                        "cannot use assignment expressions with %s",
                        check_expr_name(n->u.NamedExpr.target));
        break;
    case AST_BinOp:
        check_expr(C, n->u.BinOp.left);
        check_expr(C, n->u.BinOp.right);
        break;
    case AST_UnaryOp:
        check_expr(C, n->u.UnaryOp.operand);
        break;
    case AST_Lambda:
        check_args_outer(C, n->u.Lambda.args);
        check_args_dups(C, n->u.Lambda.args);
        {
            NodeList none = { NULL, 0 };
            check_body_scope(C,
                             CK_FUNC | CK_LAMBDA,
                             n->u.Lambda.args,
                             none,
                             n->u.Lambda.body);
        }
        break;
    case AST_IfExp:
        check_expr(C, n->u.IfExp.test);
        check_expr(C, n->u.IfExp.body);
        check_expr(C, n->u.IfExp.orelse);
        break;
    case AST_Dict:
        check_exprs(C, n->u.Dict.keys);
        check_exprs(C, n->u.Dict.values);
        break;
    case AST_Set:
        check_elts(C, n->u.Set.elts);
        break;
    case AST_ListComp:
        check_comprehension(C,
                            n,
                            "list comprehension",
                            n->u.ListComp.elt,
                            NULL,
                            n->u.ListComp.generators);
        break;
    case AST_SetComp:
        check_comprehension(C,
                            n,
                            "set comprehension",
                            n->u.SetComp.elt,
                            NULL,
                            n->u.SetComp.generators);
        break;
    case AST_GeneratorExp:
        check_comprehension(C,
                            n,
                            "generator expression",
                            n->u.GeneratorExp.elt,
                            NULL,
                            n->u.GeneratorExp.generators);
        break;
    case AST_DictComp:
        check_comprehension(C,
                            n,
                            "dict comprehension",
                            n->u.DictComp.key,
                            n->u.DictComp.value,
                            n->u.DictComp.generators);
        break;
    case AST_Await:
        if (!(C->flags & CK_FUNC))
            check_error(C, n, "'await' outside function");
        else if (!(C->flags & CK_ASYNC))
            check_error(C, n, "'await' outside async function");
        check_expr(C, n->u.Await.value);
        break;
    case AST_Yield:
    case AST_YieldFrom:
        if (C->comp_kind)
            check_error(C, n, "'yield' inside %s", C->comp_kind);
        else if (!(C->flags & CK_FUNC))
            check_error(C, n, "'yield' outside function");
        else if (n->kind == AST_YieldFrom && (C->flags & CK_ASYNC))
            check_error(C, n, "'yield from' inside async function");
        check_expr(
          C, n->kind == AST_Yield ? n->u.Yield.value : n->u.YieldFrom.value);
        break;
    case AST_Compare:
        check_expr(C, n->u.Compare.left);
        check_exprs(C, n->u.Compare.comparators);
        break;
    case AST_Call: {
        check_expr(C, n->u.Call.func);
        check_elts(C, n->u.Call.args);
        NodeList kw = n->u.Call.keywords;
        for (int i = 0; i < kw.len; i++) {
            Node *k = kw.items[i];
            check_expr(C, k->u.Keyword.value);
            if (!k->u.Keyword.arg)
                continue;
            if (strcmp(k->u.Keyword.arg, "__debug__") == 0)
                check_error(C, k, "cannot assign to __debug__");
            for (int j = 0; j < i; j++)
                if (kw.items[j]->u.Keyword.arg == k->u.Keyword.arg) {
                    check_error(
                      C, k, "keyword argument repeated: %s", k->u.Keyword.arg);
                    break;
                }
        }
        break;
    }
    case AST_FormattedValue:
        check_expr(C, n->u.FormattedValue.value);
        check_expr(C, n->u.FormattedValue.format_spec);
        break;
    case AST_JoinedStr:
        check_exprs(C, n->u.JoinedStr.values);
        break;
    case AST_Attribute:
        check_expr(C, n->u.Attribute.value);
        break;
    case AST_Subscript:
        check_expr(C, n->u.Subscript.value);
        /* a[*b] is allowed from 3.11 (PEP 646): elements may be starred. */
        if (n->u.Subscript.slice && n->u.Subscript.slice->kind == AST_Tuple)
            check_elts(C, n->u.Subscript.slice->u.Tuple.elts);
        else
            check_expr(C, n->u.Subscript.slice);
        break;
    case AST_Starred:
        check_error(C, n, "can't use starred expression here");
        check_expr(C, n->u.Starred.value);
        break;
    case AST_Name:
        check_note(C, n->u.Name.id, NF_USE);
        break;
    case AST_List:
        check_elts(C, n->u.List.elts);
        break;
    case AST_Tuple:
        check_elts(C, n->u.Tuple.elts);
        break;
    case AST_Slice:
        check_expr(C, n->u.Slice.lower);
        check_expr(C, n->u.Slice.upper);
        check_expr(C, n->u.Slice.step);
        break;
    default:
        break;
    }
}

/* `global x` / `nonlocal x` after x was used or bound in the same scope. */
static void
check_decl(Check *C, Node *stmt, bool global)
{
    const char *what = global ? "global" : "nonlocal";
    NodeList names = stmt->u.Global.names;
    if (!global && C->scope->is_module) {
        check_error(C,
                    stmt,
                    "nonlocal declaration not allowed at module "
                    "level");
        return;
    }
    for (int i = 0; i < names.len; i++) {
        Node *nm = names.items[i];
        const char *id = nm->u.Name.id;
        int *f = check_name_flags(C, id);
        if (*f & NF_PARAM)
            check_error(C, stmt, "name '%s' is parameter and %s", id, what);
        else if (*f & NF_USE)
            check_error(
              C, stmt, "name '%s' is used prior to %s declaration", id, what);
        else if (*f & NF_ANNOT)
            check_error(C, stmt, "annotated name '%s' can't be %s", id, what);
        else if (*f & NF_ASSIGN)
            check_error(C,
                        stmt,
                        "name '%s' is assigned to before %s declaration",
                        id,
                        what);
        else if ((*f & (global ? NF_NONLOCAL : NF_GLOBAL)))
            check_error(C, stmt, "name '%s' is nonlocal and global", id);
        *f |= global ? NF_GLOBAL : NF_NONLOCAL;
    }
}

/* `from __future__ import ...`: only at the top of the module, only
 * features CPython 3.11 knows (Lib/__future__.py). */
static void
check_future(Check *C, Node *n)
{
    static const char *const known[] = { "nested_scopes",
                                         "generators",
                                         "division",
                                         "absolute_import",
                                         "with_statement",
                                         "print_function",
                                         "unicode_literals",
                                         "barry_as_FLUFL",
                                         "generator_stop",
                                         "annotations",
                                         NULL };
    if (n != C->future_ok) {
        check_error(C,
                    n,
                    "from __future__ imports must occur at the beginning of "
                    "the file");
        return;
    }
    NodeList names = n->u.ImportFrom.names;
    for (int i = 0; i < names.len; i++) {
        const char *nm = names.items[i]->u.Alias.name;
        const char *const *k = known;
        while (*k && strcmp(*k, nm) != 0)
            k++;
        if (strcmp(nm, "braces") == 0)
            check_error(C, n, "not a chance");
        else if (!*k)
            check_error(C, n, "future feature %s is not defined", nm);
        else
            continue;
        return;
    }
}

static void
check_stmt(Check *C, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_FunctionDef: {
        AstFunctionDef *F = &n->u.FunctionDef;
        check_exprs(C, F->decorators);
        check_args_outer(C, F->args);
        check_expr(C, F->returns);
        check_args_dups(C, F->args);
        check_debug_bind(C, n, F->name);
        check_note(C, F->name, NF_ASSIGN);
        check_body_scope(
          C, CK_FUNC | (F->is_async ? CK_ASYNC : 0), F->args, F->body, NULL);
        break;
    }
    case AST_ClassDef: {
        AstClassDef *K = &n->u.ClassDef;
        check_exprs(C, K->decorators);
        check_elts(C, K->bases);
        for (int i = 0; i < K->keywords.len; i++)
            check_expr(C, K->keywords.items[i]->u.Keyword.value);
        check_note(C, K->name, NF_ASSIGN);
        /* A class body is not a function: return/yield/await there are
         * "outside function"; loops do not carry into it. */
        check_body_scope(C, CK_CLASS, NULL, K->body, NULL);
        break;
    }
    case AST_Return:
        if (!(C->flags & CK_FUNC) || (C->flags & CK_LAMBDA))
            check_error(C, n, "'return' outside function");
        check_expr(C, n->u.Return.value);
        break;
    case AST_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++)
            check_target(C, n->u.Delete.targets.items[i], true, true);
        break;
    case AST_Assign:
        check_expr(C, n->u.Assign.value);
        for (int i = 0; i < n->u.Assign.targets.len; i++)
            check_target(C, n->u.Assign.targets.items[i], false, true);
        break;
    case AST_AugAssign: {
        Node *t = n->u.AugAssign.target;
        check_expr(C, n->u.AugAssign.value);
        if (t && (t->kind == AST_Name || t->kind == AST_Attribute ||
                  t->kind == AST_Subscript))
            check_target(C, t, false, true);
        else if (t)
            check_error(C,
                        t,
                        "'%s' is an illegal expression for augmented "
                        "assignment",
                        check_expr_name(t));
        break;
    }
    case AST_AnnAssign: {
        Node *t = n->u.AnnAssign.target;
        check_expr(C, n->u.AnnAssign.annotation);
        check_expr(C, n->u.AnnAssign.value);
        if (t && t->kind == AST_Tuple)
            check_error(C,
                        t,
                        "only single target (not tuple) can be "
                        "annotated");
        else if (t && t->kind == AST_List)
            check_error(C,
                        t,
                        "only single target (not list) can be "
                        "annotated");
        else if (t && t->kind != AST_Name && t->kind != AST_Attribute &&
                 t->kind != AST_Subscript)
            check_error(C, t, "illegal target for annotation");
        else if (t) {
            if (t->kind == AST_Name && n->u.AnnAssign.simple) {
                int *f = check_name_flags(C, t->u.Name.id);
                if (*f & (NF_GLOBAL | NF_NONLOCAL))
                    check_error(C,
                                t,
                                "annotated name '%s' can't be %s",
                                t->u.Name.id,
                                (*f & NF_GLOBAL) ? "global" : "nonlocal");
                *f |= NF_ANNOT;
            }
            check_target(C, t, false, true);
        }
        break;
    }
    case AST_For: {
        if (n->u.For.is_async && !(C->flags & CK_ASYNC))
            check_error(C, n, "'async for' outside async function");
        check_expr(C, n->u.For.iter);
        check_target(C, n->u.For.target, false, true);
        int saved = C->flags;
        C->flags |= CK_LOOP;
        check_stmts(C, n->u.For.body);
        C->flags = saved;
        check_stmts(C, n->u.For.orelse);
        break;
    }
    case AST_While: {
        check_expr(C, n->u.While.test);
        int saved = C->flags;
        C->flags |= CK_LOOP;
        check_stmts(C, n->u.While.body);
        C->flags = saved;
        check_stmts(C, n->u.While.orelse);
        break;
    }
    case AST_If:
        check_expr(C, n->u.If.test);
        check_stmts(C, n->u.If.body);
        check_stmts(C, n->u.If.orelse);
        break;
    case AST_With:
        if (n->u.With.is_async && !(C->flags & CK_ASYNC))
            check_error(C, n, "'async with' outside async function");
        for (int i = 0; i < n->u.With.items.len; i++) {
            Node *it = n->u.With.items.items[i];
            check_expr(C, it->u.WithItem.context_expr);
            check_target(C, it->u.WithItem.optional_vars, false, true);
        }
        check_stmts(C, n->u.With.body);
        break;
    case AST_Raise:
        check_expr(C, n->u.Raise.exc);
        check_expr(C, n->u.Raise.cause);
        break;
    case AST_Try:
        check_stmts(C, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.len; i++) {
            Node *h = n->u.Try.handlers.items[i];
            check_expr(C, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name) {
                check_debug_bind(C, h, h->u.ExceptHandler.name);
                check_note(C, h->u.ExceptHandler.name, NF_ASSIGN);
            }
            /* break/continue/return may not leave an except* block. */
            int saved = C->flags;
            if (n->u.Try.is_star)
                C->flags &= ~CK_LOOP;
            check_stmts(C, h->u.ExceptHandler.body);
            C->flags = saved;
        }
        check_stmts(C, n->u.Try.orelse);
        check_stmts(C, n->u.Try.finalbody);
        break;
    case AST_Assert:
        check_expr(C, n->u.Assert.test);
        check_expr(C, n->u.Assert.msg);
        break;
    case AST_Import:
    case AST_ImportFrom: {
        if (n->kind == AST_ImportFrom && n->u.ImportFrom.level == 0 &&
            n->u.ImportFrom.module &&
            strcmp(n->u.ImportFrom.module, "__future__") == 0)
            check_future(C, n);
        NodeList names =
          n->kind == AST_Import ? n->u.Import.names : n->u.ImportFrom.names;
        for (int i = 0; i < names.len; i++) {
            Node *a = names.items[i];
            const char *nm =
              a->u.Alias.asname ? a->u.Alias.asname : a->u.Alias.name;
            if (n->kind == AST_ImportFrom && strcmp(nm, "*") == 0) {
                if (C->flags & (CK_FUNC | CK_CLASS))
                    check_error(C,
                                n,
                                "import * only allowed at module "
                                "level");
                continue;
            }
            /* `import a.b` binds a; "__debug__" can only be the whole name
             * (`import __debug__.x` binds __debug__ too). */
            size_t len = strcspn(nm, ".");
            if (len == 9 && strncmp(nm, "__debug__", 9) == 0)
                check_error(C, n, "cannot assign to __debug__");
            /* No note: CPython's symtable marks imports DEF_IMPORT, which
             * the global/nonlocal ordering rules do not look at (`import
             * os` then `global os` is accepted). */
        }
        break;
    }
    case AST_Global:
        check_decl(C, n, true);
        break;
    case AST_Nonlocal:
        check_decl(C, n, false);
        break;
    case AST_ExprStmt:
        check_expr(C, n->u.ExprStmt.value);
        break;
    case AST_Break:
        if (!(C->flags & CK_LOOP))
            check_error(C, n, "'break' outside loop");
        break;
    case AST_Continue:
        if (!(C->flags & CK_LOOP))
            check_error(C, n, "'continue' not properly in loop");
        break;
    case AST_Match:
        check_expr(C, n->u.Match.subject);
        break;
    default:
        break;
    }
}

static void
check_stmts(Check *C, NodeList body)
{
    for (int i = 0; i < body.len; i++)
        check_stmt(C, body.items[i]);
}

bool
check_module(Node *module, Diag *d)
{
    if (!module || module->kind != AST_Module)
        return false;
    CheckScope scope = { 0 };
    scope.is_module = true;
    Check C = { d, 0, &scope, NULL, 0, NULL };
    NodeList body = module->u.Module.body;
    bool prefix = true; /* still in the docstring + future imports part */
    for (int i = 0; i < body.len; i++) {
        Node *st = body.items[i];
        bool future = st->kind == AST_ImportFrom &&
                      st->u.ImportFrom.level == 0 && st->u.ImportFrom.module &&
                      strcmp(st->u.ImportFrom.module, "__future__") == 0;
        bool doc =
          i == 0 && st->kind == AST_ExprStmt &&
          st->u.ExprStmt.value->kind == AST_Constant &&
          (st->u.ExprStmt.value->u.Constant.ckind == CONST_STR ||
           st->u.ExprStmt.value->u.Constant.ckind == CONST_STR_ESCAPED);
        prefix = prefix && (future || doc);
        C.future_ok = prefix && future ? st : NULL;
        check_stmt(&C, st);
    }
    vec_free(&scope.names);
    ptrmap_free(&scope.index);
    return C.nerr == 0;
}

/* ---- constructs pyaot does not compile yet ---- */

static int check_unsup(Diag *d, Node *n);

static int
check_unsup_list(Diag *d, NodeList l)
{
    int k = 0;
    for (int i = 0; i < l.len; i++)
        k += check_unsup(d, l.items[i]);
    return k;
}

/* Generic child walk driven by ast.def, so no kind is forgotten. */
static int
check_unsup_children(Diag *d, Node *n)
{
    int k = 0;
#define F_NODE(f) k += check_unsup(d, p->f);
#define F_LIST(f) k += check_unsup_list(d, p->f);
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
#include "../ast/ast.def"
#undef X
    default:
        break;
    }
#undef F_NODE
#undef F_LIST
#undef F_STR
#undef F_BYTES
#undef F_INT
    return k;
}

static int
check_unsup(Diag *d, Node *n)
{
    if (!n)
        return 0;
    const char *msg = NULL;
    Loc at = n->loc;
    switch (n->kind) {
    case AST_ClassDef:
        msg = "class definitions";
        break;
    case AST_Yield:
    case AST_YieldFrom:
        msg = "generators ('yield')";
        break;
    case AST_GeneratorExp:
        msg = "generator expressions";
        break;
    case AST_FunctionDef:
        if (n->u.FunctionDef.is_async)
            msg = "async functions";
        break;
    case AST_Await:
        msg = "'await'";
        break;
    case AST_Match:
        msg = "'match' statements";
        break;
    case AST_Try:
        if (n->u.Try.is_star) {
            msg = "'except*'";
            /* Point at the first except* clause, not at the 'try'. */
            if (n->u.Try.handlers.len)
                at = n->u.Try.handlers.items[0]->loc;
        }
        break;
    case AST_ImportFrom:
        for (int i = 0; i < n->u.ImportFrom.names.len; i++)
            if (strcmp(n->u.ImportFrom.names.items[i]->u.Alias.name, "*") == 0)
                msg = "'from ... import *'";
        break;
    case AST_Nonlocal:
        msg = "'nonlocal'";
        break;
    case AST_For:
        if (n->u.For.is_async)
            msg = "'async for'";
        break;
    case AST_Comprehension:
        if (n->u.Comprehension.is_async)
            msg = "'async for'";
        break;
    case AST_With:
        if (n->u.With.is_async)
            msg = "'async with'";
        break;
    default:
        break;
    }
    int k = 0;
    if (msg) {
        diag_error(d, at, "unsupported: %s", msg);
        k = 1;
    }
    return k + check_unsup_children(d, n);
}

bool
check_supported(Node *module, Diag *d)
{
    return module && check_unsup(d, module) == 0;
}

/* ---- SyntaxWarnings of CPython 3.11's compiler ---- */

typedef struct Warns {
    Arena *a;
    Vec(CheckWarning) out;
} Warns;

/* Is e a constant after CPython's AST optimizer (literals, signed number
 * literals, tuples of constants)? */
static bool
warn_const(const Node *e)
{
    if (!e)
        return false;
    if (e->kind == AST_Constant)
        return true;
    if (e->kind == AST_UnaryOp && e->u.UnaryOp.op != UOP_NOT) {
        const Node *o = e->u.UnaryOp.operand;
        return o->kind == AST_Constant &&
               (o->u.Constant.ckind == CONST_INT ||
                o->u.Constant.ckind == CONST_FLOAT ||
                o->u.Constant.ckind == CONST_COMPLEX ||
                (e->u.UnaryOp.op == UOP_INVERT &&
                 o->u.Constant.ckind != CONST_STR));
    }
    if (e->kind == AST_Tuple) {
        for (int i = 0; i < e->u.Tuple.elts.len; i++)
            if (!warn_const(e->u.Tuple.elts.items[i]))
                return false;
        return true;
    }
    return false;
}

/* The type name CPython's compiler infers for e (infer_type), or NULL. */
static const char *
warn_type(const Node *e)
{
    switch (e->kind) {
    case AST_Tuple:
        return "tuple";
    case AST_List:
    case AST_ListComp:
        return "list";
    case AST_Dict:
    case AST_DictComp:
        return "dict";
    case AST_Set:
    case AST_SetComp:
        return "set";
    case AST_GeneratorExp:
        return "generator";
    case AST_Lambda:
        return "function";
    case AST_JoinedStr:
    case AST_FormattedValue:
        return "str";
    case AST_Slice:
        return "slice";
    case AST_UnaryOp:
        if (warn_const(e))
            return warn_type(e->u.UnaryOp.operand);
        return NULL;
    case AST_Constant:
        switch (e->u.Constant.ckind) {
        case CONST_NONE:
            return "NoneType";
        case CONST_TRUE:
        case CONST_FALSE:
            return "bool";
        case CONST_ELLIPSIS:
            return "ellipsis";
        case CONST_INT:
            return "int";
        case CONST_FLOAT:
            return "float";
        case CONST_COMPLEX:
            return "complex";
        case CONST_STR:
        case CONST_STR_ESCAPED:
            return "str";
        case CONST_BYTES:
            return "bytes";
        }
        return NULL;
    default:
        return NULL;
    }
}

static void warn_add(Warns *W, const Node *at, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

static void
warn_add(Warns *W, const Node *at, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    CheckWarning w = { at->loc.line, arena_strdup(W->a, buf), NULL };
    vec_push(&W->out, w);
}

/* `x is 1`: check_is_arg allows only None, True, False and ... */
static bool
warn_is_arg(const Node *e)
{
    if (!warn_const(e))
        return true;
    if (e->kind != AST_Constant)
        return false;
    int k = e->u.Constant.ckind;
    return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE ||
           k == CONST_ELLIPSIS;
}

static void warn_visit(Node *n, void *ctx);

static void
warn_node(Warns *W, Node *n)
{
    switch (n->kind) {
    case AST_Compare: {
        const Node *left = n->u.Compare.left;
        for (int i = 0; i < n->u.Compare.ops.len; i++) {
            int op = n->u.Compare.ops.items[i]->u.CmpOp.op;
            const Node *right = n->u.Compare.comparators.items[i];
            if ((op == CMP_IS || op == CMP_ISNOT) &&
                (!warn_is_arg(left) || !warn_is_arg(right))) {
                warn_add(W,
                         n,
                         op == CMP_IS ? "\"is\" with a literal. Did you mean "
                                        "\"==\"?"
                                      : "\"is not\" with a literal. Did you "
                                        "mean \"!=\"?");
                /* 3.12 names the literal's type */
                const char *ty = warn_type(!warn_is_arg(left) ? left : right);
                char buf[256];
                snprintf(buf,
                         sizeof buf,
                         op == CMP_IS ? "\"is\" with '%s' literal. Did you "
                                        "mean \"==\"?"
                                      : "\"is not\" with '%s' literal. Did "
                                        "you mean \"!=\"?",
                         ty ? ty : "object");
                W->out.items[W->out.len - 1].msg312 = arena_strdup(W->a, buf);
            }
            left = right;
        }
        break;
    }
    case AST_Call: {
        const Node *f = n->u.Call.func;
        bool warn = f->kind == AST_Constant || f->kind == AST_Tuple ||
                    f->kind == AST_List || f->kind == AST_ListComp ||
                    f->kind == AST_Dict || f->kind == AST_Set ||
                    f->kind == AST_SetComp || f->kind == AST_DictComp ||
                    f->kind == AST_GeneratorExp || f->kind == AST_JoinedStr ||
                    f->kind == AST_FormattedValue;
        if (warn && warn_type(f))
            warn_add(W,
                     n,
                     "'%s' object is not callable; perhaps you missed a "
                     "comma?",
                     warn_type(f));
        break;
    }
    case AST_Subscript: {
        const Node *v = n->u.Subscript.value, *s = n->u.Subscript.slice;
        const char *vt = warn_type(v);
        bool unsub = false;
        if (v->kind == AST_Constant || (v->kind == AST_UnaryOp && vt)) {
            unsub =
              vt && (!strcmp(vt, "NoneType") || !strcmp(vt, "ellipsis") ||
                     !strcmp(vt, "int") || !strcmp(vt, "bool") ||
                     !strcmp(vt, "float") || !strcmp(vt, "complex"));
        }
        else
            unsub = v->kind == AST_Set || v->kind == AST_SetComp ||
                    v->kind == AST_GeneratorExp || v->kind == AST_Lambda;
        if (unsub && vt) {
            warn_add(W,
                     n,
                     "'%s' object is not subscriptable; perhaps you missed a "
                     "comma?",
                     vt);
            break;
        }
        const char *it = s ? warn_type(s) : NULL;
        if (!it || !strcmp(it, "int") || !strcmp(it, "bool") ||
            !strcmp(it, "slice"))
            break;
        bool indexable = ((v->kind == AST_Constant ||
                           (v->kind == AST_Tuple && warn_const(v))) &&
                          vt &&
                          (!strcmp(vt, "str") || !strcmp(vt, "bytes") ||
                           !strcmp(vt, "tuple"))) ||
                         v->kind == AST_Tuple || v->kind == AST_List ||
                         v->kind == AST_ListComp || v->kind == AST_JoinedStr ||
                         v->kind == AST_FormattedValue;
        if (indexable && vt)
            warn_add(W,
                     n,
                     "%s indices must be integers or slices, not %s; perhaps "
                     "you missed a comma?",
                     vt,
                     it);
        break;
    }
    case AST_Assert:
        if (n->u.Assert.test->kind == AST_Tuple &&
            n->u.Assert.test->u.Tuple.elts.len > 0)
            warn_add(W,
                     n,
                     "assertion is always true, perhaps remove "
                     "parentheses?");
        break;
    default:
        break;
    }
    ast_visit_children(n, warn_visit, W);
}

static void
warn_visit(Node *n, void *ctx)
{
    warn_node(ctx, n);
}

int
check_warnings(Node *module, Arena *a, CheckWarning **out)
{
    Warns W = { a, { 0 } };
    warn_visit(module, &W);
    int n = W.out.len;
    *out = NULL;
    if (n) {
        *out = arena_alloc(a, sizeof(CheckWarning) * (size_t)n);
        memcpy(*out, W.out.items, sizeof(CheckWarning) * (size_t)n);
    }
    vec_free(&W.out);
    return n;
}
