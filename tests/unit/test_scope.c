/*
 * test_scope.c: unit tests for scope analysis (src/sema/scope.c).
 *
 * The ASTs are built by hand with the small constructors below, so these
 * tests do not depend on the parser. A Name's location is given explicitly
 * (line, col) where a test checks where an error is reported; statement
 * nodes take the location of their first child.
 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "sema/sema.h"

/* ---- fixture: one arena, interner and diagnostic buffer per test ---- */

static Arena arena;
static Interner interner;
static Diag diag;
static FILE *diag_file;
static char *diag_text;
static size_t diag_len;

static void
scope_setup(void)
{
    arena_init(&arena);
    intern_init(&interner, &arena);
    diag_file = open_memstream(&diag_text, &diag_len);
    diag_init(&diag, NULL, diag_file);
}

static void
scope_teardown(void)
{
    fclose(diag_file);
    free(diag_text);
    diag_text = NULL;
    intern_free(&interner);
    arena_free(&arena);
}

/* The diagnostics printed so far. */
static const char *
diags(void)
{
    fflush(diag_file);
    return diag_text ? diag_text : "";
}

/* ---- AST constructors ---- */

static Loc
at(int line, int col)
{
    Loc l = { line, col, line, col + 1 };
    return l;
}

static const char *
id(const char *s)
{
    return intern_cstr(&interner, s);
}

static Node *
mk(AstKind k, Loc loc)
{
    return ast_new(&arena, k, loc);
}

/* A NULL-terminated list of nodes. */
static NodeList
list(Node *first, ...)
{
    Node *items[64];
    int n = 0;
    va_list ap;
    va_start(ap, first);
    for (Node *x = first; x && n < 64; x = va_arg(ap, Node *))
        items[n++] = x;
    va_end(ap);
    return ast_list(&arena, items, n);
}

static NodeList
none(void)
{
    NodeList l = { NULL, 0 };
    return l;
}

static Node *
name_at(const char *s, int ctx, int line, int col)
{
    Node *n = mk(AST_Name, at(line, col));
    n->u.Name.id = id(s);
    n->u.Name.ctx = ctx;
    return n;
}

/* load and store Names; the location defaults to line 1 */
static Node *
ld(const char *s)
{
    return name_at(s, CTX_LOAD, 1, 1);
}

static Node *
st(const char *s)
{
    return name_at(s, CTX_STORE, 1, 1);
}

static Node *
num(void)
{
    Node *n = mk(AST_Constant, at(1, 1));
    n->u.Constant.ckind = CONST_INT;
    n->u.Constant.value = "1";
    n->u.Constant.value_len = 1;
    return n;
}

static Node *
module(NodeList body)
{
    Node *n = mk(AST_Module, at(1, 1));
    n->u.Module.body = body;
    return n;
}

static Node *
assign(Node *target, Node *value)
{
    Node *n = mk(AST_Assign, target->loc);
    n->u.Assign.targets = list(target, NULL);
    n->u.Assign.value = value;
    return n;
}

static Node *
expr(Node *value)
{
    Node *n = mk(AST_ExprStmt, value->loc);
    n->u.ExprStmt.value = value;
    return n;
}

static Node *
ret(Node *value)
{
    Node *n = mk(AST_Return, value ? value->loc : at(1, 1));
    n->u.Return.value = value;
    return n;
}

static Node *
pass(void)
{
    return mk(AST_Pass, at(1, 1));
}

static Node *
binop(Node *l, Node *r)
{
    Node *n = mk(AST_BinOp, l->loc);
    n->u.BinOp.left = l;
    n->u.BinOp.op = OP_ADD;
    n->u.BinOp.right = r;
    return n;
}

static Node *
call1(Node *f, Node *arg)
{
    Node *n = mk(AST_Call, f->loc);
    n->u.Call.func = f;
    n->u.Call.args = arg ? list(arg, NULL) : none();
    return n;
}

static Node *
arg(const char *s)
{
    Node *n = mk(AST_Arg, at(1, 1));
    n->u.Arg.arg = id(s);
    return n;
}

/* def-style parameter list: positional parameters only */
static Node *
params(NodeList args)
{
    Node *n = mk(AST_Arguments, at(1, 1));
    n->u.Arguments.args = args;
    return n;
}

static Node *
fdef_at(const char *s, Node *args, NodeList body, int line)
{
    Node *n = mk(AST_FunctionDef, at(line, 1));
    n->u.FunctionDef.name = id(s);
    n->u.FunctionDef.args = args ? args : params(none());
    n->u.FunctionDef.body = body;
    return n;
}

static Node *
fdef(const char *s, Node *args, NodeList body)
{
    return fdef_at(s, args, body, 1);
}

static Node *
lambda(Node *args, Node *body)
{
    Node *n = mk(AST_Lambda, body->loc);
    n->u.Lambda.args = args ? args : params(none());
    n->u.Lambda.body = body;
    return n;
}

static Node *
gen(Node *target, Node *iter)
{
    Node *n = mk(AST_Comprehension, target->loc);
    n->u.Comprehension.target = target;
    n->u.Comprehension.iter = iter;
    return n;
}

/* [elt for target in iter] */
static Node *
listcomp(Node *elt, Node *target, Node *iter)
{
    Node *n = mk(AST_ListComp, elt->loc);
    n->u.ListComp.elt = elt;
    n->u.ListComp.generators = list(gen(target, iter), NULL);
    return n;
}

static Node *
genexp(Node *elt, Node *target, Node *iter)
{
    Node *n = mk(AST_GeneratorExp, elt->loc);
    n->u.GeneratorExp.elt = elt;
    n->u.GeneratorExp.generators = list(gen(target, iter), NULL);
    return n;
}

static Node *
walrus(Node *target, Node *value)
{
    Node *n = mk(AST_NamedExpr, target->loc);
    n->u.NamedExpr.target = target;
    n->u.NamedExpr.value = value;
    return n;
}

static Node *
decl(AstKind k, const char *s, int line)
{
    Node *n = mk(k, at(line, 5));
    NodeList names = list(name_at(s, CTX_LOAD, line, 12), NULL);
    if (k == AST_Global)
        n->u.Global.names = names;
    else
        n->u.Nonlocal.names = names;
    return n;
}

static Node *
alias(const char *s, const char *as)
{
    Node *n = mk(AST_Alias, at(1, 1));
    n->u.Alias.name = id(s);
    n->u.Alias.asname = as ? id(as) : NULL;
    return n;
}

/* ---- helpers for checking results ---- */

static Scope *
analyze(Node *m, bool expect_ok)
{
    bool ok = scope_analyze(m, &arena, &interner, &diag);
    ck_assert_msg(
      ok == expect_ok, "scope_analyze returned %d, diags:\n%s", ok, diags());
    ck_assert_ptr_nonnull(m->scope);
    return m->scope;
}

static Symbol *
sym(const Scope *s, const char *name)
{
    Symbol *x = scope_lookup(s, id(name));
    ck_assert_msg(x != NULL, "no symbol %s in scope %s", name, s->name);
    return x;
}

static void
check_sym(const Scope *s, const char *name, SymKind kind, int flags)
{
    Symbol *x = sym(s, name);
    ck_assert_msg(x->kind == kind,
                  "%s.%s: kind %d, want %d",
                  s->name,
                  name,
                  x->kind,
                  kind);
    ck_assert_msg(x->flags == flags,
                  "%s.%s: flags %d, want %d",
                  s->name,
                  name,
                  x->flags,
                  flags);
    ck_assert_ptr_eq(s->syms[x->index], x);
}

static void
check_order(const Scope *s, const char *const *names, int n)
{
    ck_assert_int_eq(s->nsyms, n);
    for (int i = 0; i < n; i++) {
        ck_assert_str_eq(s->syms[i]->name, names[i]);
        ck_assert_int_eq(s->syms[i]->index, i);
    }
}

/* ---- tests ---- */

/* def f(a, /, b, *c, d, **e): x = b; print(x)
 * co_varnames order (CPython 3.11: ('a', 'b', 'd', 'c', 'e', 'x')):
 * posonly, args, kwonly, vararg, kwarg, then locals. */
START_TEST(test_params_order)
{
    Node *args = mk(AST_Arguments, at(1, 1));
    args->u.Arguments.posonlyargs = list(arg("a"), NULL);
    args->u.Arguments.args = list(arg("b"), NULL);
    args->u.Arguments.vararg = arg("c");
    args->u.Arguments.kwonlyargs = list(arg("d"), NULL);
    NodeList kwd = { arena_alloc(&arena, sizeof(Node *)), 1 };
    args->u.Arguments.kw_defaults = kwd;
    args->u.Arguments.kwarg = arg("e");
    Node *f = fdef(
      "f",
      args,
      list(assign(st("x"), ld("b")), expr(call1(ld("print"), ld("x"))), NULL));
    Scope *m = analyze(module(list(f, NULL)), true);
    ck_assert_int_eq(m->nchildren, 1);
    Scope *fs = f->scope;
    ck_assert_ptr_eq(m->children[0], fs);
    ck_assert_ptr_eq(fs->parent, m);
    ck_assert_int_eq(fs->kind, SCOPE_FUNCTION);
    static const char *const want[] = {
        "a", "b", "d", "c", "e", "x", "print"
    };
    check_order(fs, want, 7);
    check_sym(fs, "a", SYM_LOCAL, SYMF_PARAM);
    check_sym(fs, "b", SYM_LOCAL, SYMF_PARAM | SYMF_USED);
    check_sym(fs, "e", SYM_LOCAL, SYMF_PARAM);
    check_sym(fs, "x", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(fs, "print", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    check_sym(m, "f", SYM_GLOBAL_IMPLICIT, SYMF_ASSIGNED);
    ck_assert_int_eq(m->nsyms, 1);
}
END_TEST

/* def f(): y = len(z)   -- y local; len, z implicit globals */
START_TEST(test_local_vs_implicit_global)
{
    Node *f =
      fdef("f", NULL, list(assign(st("y"), call1(ld("len"), ld("z"))), NULL));
    Node *m = module(list(f, assign(st("z"), num()), NULL));
    analyze(m, true);
    check_sym(f->scope, "y", SYM_LOCAL, SYMF_ASSIGNED);
    check_sym(f->scope, "len", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    check_sym(f->scope, "z", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    const Scope *owner = NULL;
    Symbol *z = scope_resolve(f->scope, id("z"), &owner);
    ck_assert_ptr_eq(z, sym(f->scope, "z"));
    ck_assert_ptr_eq(owner, m->scope);
    /* the module lists only what it mentions itself */
    static const char *const want[] = { "f", "z" };
    check_order(m->scope, want, 2);
    ck_assert_ptr_null(scope_lookup(m->scope, id("len")));
}
END_TEST

/* def f(): global g; g = 1; return h   +  import forms, del, annotations */
START_TEST(test_explicit_global_and_bindings)
{
    Node *del = mk(AST_Delete, at(5, 1));
    del->u.Delete.targets = list(name_at("t", CTX_DEL, 5, 5), NULL);
    Node *ann = mk(AST_AnnAssign, at(6, 1));
    ann->u.AnnAssign.target = st("u");
    ann->u.AnnAssign.annotation = ld("int");
    ann->u.AnnAssign.simple = 1;
    Node *imp = mk(AST_Import, at(7, 1));
    imp->u.Import.names =
      list(alias("os.path", NULL), alias("a.b", "c"), NULL);
    Node *from = mk(AST_ImportFrom, at(8, 1));
    from->u.ImportFrom.module = id("m");
    from->u.ImportFrom.names = list(alias("x", "y"), alias("z", NULL), NULL);
    Node *f = fdef("f",
                   NULL,
                   list(decl(AST_Global, "g", 2),
                        assign(st("g"), num()),
                        assign(st("t"), num()),
                        del,
                        ann,
                        imp,
                        from,
                        ret(ld("h")),
                        NULL));
    Node *m = module(list(f, NULL));
    analyze(m, true);
    Scope *fs = f->scope;
    check_sym(fs, "g", SYM_GLOBAL_EXPLICIT, SYMF_ASSIGNED);
    check_sym(fs, "t", SYM_LOCAL, SYMF_ASSIGNED | SYMF_DELETED);
    /* a bare annotation makes a local; a function body's annotations are
     * never evaluated, so int is not a use */
    check_sym(fs, "u", SYM_LOCAL, SYMF_ANNOTATED);
    ck_assert_ptr_null(scope_lookup(fs, id("int")));
    check_sym(fs, "os", SYM_LOCAL, SYMF_ASSIGNED | SYMF_IMPORTED);
    check_sym(fs, "c", SYM_LOCAL, SYMF_ASSIGNED | SYMF_IMPORTED);
    check_sym(fs, "y", SYM_LOCAL, SYMF_ASSIGNED | SYMF_IMPORTED);
    check_sym(fs, "z", SYM_LOCAL, SYMF_ASSIGNED | SYMF_IMPORTED);
    ck_assert_ptr_null(scope_lookup(fs, id("a")));
    ck_assert_ptr_null(scope_lookup(fs, id("x")));
    check_sym(fs, "h", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    const Scope *owner = NULL;
    scope_resolve(fs, id("g"), &owner);
    ck_assert_ptr_eq(owner, m->scope);
    owner = NULL;
    ck_assert_ptr_eq(scope_resolve(fs, id("t"), &owner), sym(fs, "t"));
    ck_assert_ptr_eq(owner, fs);
}
END_TEST

/* def f(n): k = 2; return [i + k for i in range(n)]
 * The comprehension is inlined: k is f's plain local (no cell), i stays the
 * comprehension's, range(n) is evaluated in f. */
START_TEST(test_comprehension_inlined)
{
    Node *lc =
      listcomp(binop(ld("i"), ld("k")), st("i"), call1(ld("range"), ld("n")));
    Node *f = fdef("f",
                   params(list(arg("n"), NULL)),
                   list(assign(st("k"), num()), ret(lc), NULL));
    Node *m = module(list(f, NULL));
    analyze(m, true);
    Scope *fs = f->scope, *cs = lc->scope;
    ck_assert_ptr_nonnull(cs);
    ck_assert_int_eq(cs->kind, SCOPE_COMPREHENSION);
    ck_assert_str_eq(cs->name, "<listcomp>");
    ck_assert_ptr_eq(cs->parent, fs);
    ck_assert_int_eq(fs->nchildren, 1);
    static const char *const cwant[] = { "i" };
    check_order(cs, cwant, 1);
    check_sym(cs, "i", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    static const char *const fwant[] = { "n", "k", "range" };
    check_order(fs, fwant, 3);
    check_sym(fs, "k", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(fs, "n", SYM_LOCAL, SYMF_PARAM | SYMF_USED);
    /* the iteration variable does not leak */
    ck_assert_ptr_null(scope_lookup(fs, id("i")));
    ck_assert_ptr_null(scope_lookup(cs, id("k")));

    const Scope *owner = NULL;
    ck_assert_ptr_eq(scope_resolve(cs, id("k"), &owner), sym(fs, "k"));
    ck_assert_ptr_eq(owner, fs);
    ck_assert_ptr_eq(scope_resolve(cs, id("i"), &owner), sym(cs, "i"));
    ck_assert_ptr_eq(owner, cs);
    ck_assert_ptr_eq(scope_resolve(cs, id("range"), &owner), sym(fs, "range"));
    ck_assert_ptr_eq(owner, m->scope);
    ck_assert_ptr_null(scope_resolve(fs, id("i"), &owner));
    ck_assert_ptr_null(owner);
}
END_TEST

/* r = [x + y for x in z] at module level: y and z are globals */
START_TEST(test_module_comprehension_globals)
{
    Node *lc = listcomp(binop(ld("x"), ld("y")), st("x"), ld("z"));
    Node *m = module(list(assign(st("r"), lc), NULL));
    analyze(m, true);
    static const char *const want[] = { "r", "z", "y" };
    check_order(m->scope, want, 3);
    check_sym(m->scope, "y", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    check_sym(m->scope, "z", SYM_GLOBAL_IMPLICIT, SYMF_USED);
    ck_assert_ptr_null(scope_lookup(m->scope, id("x")));
    check_sym(lc->scope, "x", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    const Scope *owner = NULL;
    ck_assert_ptr_eq(scope_resolve(lc->scope, id("y"), &owner),
                     sym(m->scope, "y"));
    ck_assert_ptr_eq(owner, m->scope);
    ck_assert_str_eq(lc->scope->qualname, "<listcomp>");
}
END_TEST

/* Nested comprehensions: [[x + y for y in b] for x in a]: the inner one's x
 * is the outer comprehension's. */
START_TEST(test_nested_comprehensions)
{
    Node *inner = listcomp(binop(ld("x"), ld("y")), st("y"), ld("b"));
    Node *outer = listcomp(inner, st("x"), ld("a"));
    Node *f = fdef(
      "f", params(list(arg("a"), arg("b"), NULL)), list(ret(outer), NULL));
    analyze(module(list(f, NULL)), true);
    const Scope *owner = NULL;
    ck_assert_ptr_eq(scope_resolve(inner->scope, id("x"), &owner),
                     sym(outer->scope, "x"));
    ck_assert_ptr_eq(owner, outer->scope);
    ck_assert_ptr_eq(scope_resolve(inner->scope, id("b"), &owner),
                     sym(f->scope, "b"));
    ck_assert_ptr_eq(owner, f->scope);
    ck_assert_int_eq(inner->scope->nsyms, 1);
    ck_assert_int_eq(outer->scope->nsyms, 1);
    ck_assert_int_eq(f->scope->nsyms, 2);
}
END_TEST

/* def f(xs): ys = [last := x for x in xs]; return last */
START_TEST(test_walrus_in_comprehension)
{
    Node *lc = listcomp(walrus(st("last"), ld("x")), st("x"), ld("xs"));
    Node *f = fdef("f",
                   params(list(arg("xs"), NULL)),
                   list(assign(st("ys"), lc), ret(ld("last")), NULL));
    Node *m = module(list(f, NULL));
    analyze(m, true);
    check_sym(f->scope, "last", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    ck_assert_ptr_null(scope_lookup(lc->scope, id("last")));
    static const char *const fwant[] = { "xs", "ys", "last" };
    check_order(f->scope, fwant, 3);
    const Scope *owner = NULL;
    ck_assert_ptr_eq(scope_resolve(lc->scope, id("last"), &owner),
                     sym(f->scope, "last"));
    ck_assert_ptr_eq(owner, f->scope);

    /* at module level the walrus target is a global */
    Node *lc2 = listcomp(walrus(st("w"), ld("v")), st("v"), ld("s"));
    Node *m2 = module(list(expr(lc2), NULL));
    analyze(m2, true);
    check_sym(m2->scope, "w", SYM_GLOBAL_IMPLICIT, SYMF_ASSIGNED);
}
END_TEST

START_TEST(test_walrus_errors)
{
    /* [x := 1 for x in xs] */
    Node *lc = listcomp(
      walrus(name_at("x", CTX_STORE, 3, 2), num()), st("x"), ld("xs"));
    analyze(module(list(expr(lc), NULL)), false);
    ck_assert_ptr_nonnull(
      strstr(diags(),
             "<input>:3:2: error: assignment expression cannot rebind "
             "comprehension iteration variable 'x'"));
}
END_TEST

START_TEST(test_walrus_in_iterable)
{
    /* [y for y in (z := xs)] */
    Node *w = walrus(name_at("z", CTX_STORE, 2, 14), ld("xs"));
    Node *lc = listcomp(ld("y"), st("y"), w);
    analyze(module(list(expr(lc), NULL)), false);
    ck_assert_ptr_nonnull(strstr(diags(),
                                 "<input>:2:14: error: assignment expression "
                                 "cannot be used in a comprehension iterable "
                                 "expression"));
}
END_TEST

/* def f():
 *     a = 1
 *     def g(): return a + a      <- a at 3:21 and 3:25
 */
START_TEST(test_closure_error)
{
    Node *g = fdef_at("g",
                      NULL,
                      list(ret(binop(name_at("a", CTX_LOAD, 3, 21),
                                     name_at("a", CTX_LOAD, 3, 25))),
                           NULL),
                      3);
    Node *f = fdef("f", NULL, list(assign(st("a"), num()), g, NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_int_eq(diag.nerrors, 1); /* once per (scope, name) */
    ck_assert_str_eq(diags(),
                     "<input>:3:21: error: unsupported: closures "
                     "(free variable 'a' of function 'g')\n");
    check_sym(f->scope, "a", SYM_CELL, SYMF_ASSIGNED);
    check_sym(g->scope, "a", SYM_FREE, SYMF_USED);
    const Scope *owner = NULL;
    ck_assert_ptr_eq(scope_resolve(g->scope, id("a"), &owner),
                     sym(g->scope, "a"));
    ck_assert_ptr_eq(owner, f->scope);
}
END_TEST

/* def f(r): return [lambda: i for i in r]  -- the lambda captures the
 * comprehension's variable: a real closure. */
START_TEST(test_closure_through_comprehension)
{
    Node *lam = lambda(NULL, name_at("i", CTX_LOAD, 4, 30));
    Node *lc = listcomp(lam, st("i"), ld("r"));
    Node *f = fdef("f", params(list(arg("r"), NULL)), list(ret(lc), NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_str_eq(diags(),
                     "<input>:4:30: error: unsupported: closures "
                     "(free variable 'i' of function '<lambda>')\n");
    check_sym(lc->scope, "i", SYM_CELL, SYMF_ASSIGNED);
    check_sym(lam->scope, "i", SYM_FREE, SYMF_USED);
    ck_assert_str_eq(lam->scope->qualname, "f.<locals>.<lambda>");
}
END_TEST

/* Decorators, defaults and annotations of a def are evaluated in the
 * enclosing scope: no closure. */
START_TEST(test_signature_in_enclosing_scope)
{
    Node *a = arg("x");
    a->u.Arg.annotation = ld("T");
    Node *args = params(list(a, NULL));
    args->u.Arguments.defaults = list(ld("d"), NULL);
    Node *g = fdef("g", args, list(pass(), NULL));
    g->u.FunctionDef.decorators = list(ld("deco"), NULL);
    g->u.FunctionDef.returns = ld("R");
    Node *f = fdef("f",
                   NULL,
                   list(assign(st("deco"), num()),
                        assign(st("d"), num()),
                        assign(st("T"), num()),
                        assign(st("R"), num()),
                        g,
                        NULL));
    analyze(module(list(f, NULL)), true);
    check_sym(f->scope, "deco", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(f->scope, "d", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(f->scope, "T", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(f->scope, "R", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
    check_sym(f->scope, "g", SYM_LOCAL, SYMF_ASSIGNED);
    static const char *const gwant[] = { "x" };
    check_order(g->scope, gwant, 1);
}
END_TEST

START_TEST(test_global_param)
{
    Node *f = fdef(
      "f", params(list(arg("x"), NULL)), list(decl(AST_Global, "x", 2), NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_str_eq(diags(),
                     "<input>:2:5: error: name 'x' is parameter and global\n");
}
END_TEST

START_TEST(test_global_after_use)
{
    Node *f = fdef(
      "f",
      NULL,
      list(expr(call1(ld("print"), ld("y"))), decl(AST_Global, "y", 3), NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_str_eq(diags(),
                     "<input>:3:5: error: name 'y' is used prior "
                     "to global declaration\n");
}
END_TEST

START_TEST(test_global_after_assign)
{
    /* also at module level, as CPython */
    Node *m =
      module(list(assign(st("y"), num()), decl(AST_Global, "y", 4), NULL));
    analyze(m, false);
    ck_assert_str_eq(diags(),
                     "<input>:4:5: error: name 'y' is assigned to "
                     "before global declaration\n");
}
END_TEST

START_TEST(test_nonlocal_errors)
{
    Node *f = fdef("f", NULL, list(decl(AST_Nonlocal, "q", 2), NULL));
    Node *m = module(list(decl(AST_Nonlocal, "x", 1), f, NULL));
    analyze(m, false);
    ck_assert_str_eq(
      diags(),
      "<input>:1:5: error: nonlocal declaration not allowed at "
      "module level\n"
      "<input>:2:5: error: no binding for nonlocal 'q' found\n");
}
END_TEST

/* nonlocal itself is reported by another pass; here it only has to
 * resolve, without a second "closures" error. */
START_TEST(test_nonlocal_resolves)
{
    Node *g =
      fdef("g",
           NULL,
           list(decl(AST_Nonlocal, "a", 3), assign(st("a"), num()), NULL));
    Node *f = fdef("f", NULL, list(assign(st("a"), num()), g, NULL));
    analyze(module(list(f, NULL)), true);
    check_sym(f->scope, "a", SYM_CELL, SYMF_ASSIGNED);
    check_sym(g->scope, "a", SYM_FREE, SYMF_ASSIGNED);
}
END_TEST

START_TEST(test_qualnames)
{
    /* def f():
     *     def g(): pass
     *     h = lambda: 0
     *     [lambda: 0 for i in r]
     *     (lambda: 0 for j in r)
     * def k(): pass */
    Node *g = fdef("g", NULL, list(pass(), NULL));
    Node *lam = lambda(NULL, num());
    Node *lam2 = lambda(NULL, num());
    Node *lc = listcomp(lam2, st("i"), ld("r"));
    Node *lam3 = lambda(NULL, num());
    Node *ge = genexp(lam3, st("j"), ld("r"));
    Node *f =
      fdef("f", NULL, list(g, assign(st("h"), lam), expr(lc), expr(ge), NULL));
    Node *k = fdef("k", NULL, list(pass(), NULL));
    Node *m = module(list(f, k, NULL));
    analyze(m, true);
    ck_assert_str_eq(m->scope->name, "<module>");
    ck_assert_str_eq(f->scope->qualname, "f");
    ck_assert_str_eq(k->scope->qualname, "k");
    ck_assert_str_eq(g->scope->qualname, "f.<locals>.g");
    ck_assert_str_eq(lam->scope->qualname, "f.<locals>.<lambda>");
    ck_assert_str_eq(lam->scope->name, "<lambda>");
    ck_assert_int_eq(lam->scope->kind, SCOPE_LAMBDA);
    ck_assert_str_eq(lc->scope->qualname, "f.<locals>.<listcomp>");
    /* list comprehensions are inlined (as CPython 3.12+) */
    ck_assert_str_eq(lam2->scope->qualname, "f.<locals>.<lambda>");
    ck_assert_str_eq(ge->scope->name, "<genexpr>");
    ck_assert_str_eq(lam3->scope->qualname, "f.<locals>.<genexpr>.<lambda>");
    /* children in source order */
    ck_assert_int_eq(f->scope->nchildren, 4);
    ck_assert_ptr_eq(f->scope->children[0], g->scope);
    ck_assert_ptr_eq(f->scope->children[1], lam->scope);
    ck_assert_ptr_eq(f->scope->children[2], lc->scope);
    ck_assert_ptr_eq(f->scope->children[3], ge->scope);
    ck_assert_ptr_eq(m->scope->children[1], k->scope);
}
END_TEST

START_TEST(test_dump)
{
    /* import os
     * def f(a):
     *     global g
     *     g = [a + b for b in os.x]
     *     return len(g) */
    Node *imp = mk(AST_Import, at(1, 1));
    imp->u.Import.names = list(alias("os", NULL), NULL);
    Node *attr = mk(AST_Attribute, at(4, 20));
    attr->u.Attribute.value = ld("os");
    attr->u.Attribute.attr = id("x");
    Node *lc = listcomp(binop(ld("a"), ld("b")), st("b"), attr);
    Node *f = fdef("f",
                   params(list(arg("a"), NULL)),
                   list(decl(AST_Global, "g", 3),
                        assign(st("g"), lc),
                        ret(call1(ld("len"), ld("g"))),
                        NULL));
    Node *m = module(list(imp, f, NULL));
    analyze(m, true);
    StrBuf sb;
    sb_init(&sb);
    scope_dump(m, &sb);
    ck_assert_str_eq(sb.data,
                     "scope <module> module\n"
                     "  global os: assigned\n"
                     "  global f: assigned\n"
                     "  scope f function qualname=f\n"
                     "    local a: param used\n"
                     "    global-explicit g: assigned used\n"
                     "    global os: used\n"
                     "    global len: used\n"
                     "    scope <listcomp> comprehension "
                     "qualname=f.<locals>.<listcomp>\n"
                     "      local b: assigned used\n");
    sb_free(&sb);
}
END_TEST

START_TEST(test_duplicate_param)
{
    Node *f =
      fdef("f", params(list(arg("x"), arg("x"), NULL)), list(pass(), NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_ptr_nonnull(
      strstr(diags(), "duplicate argument 'x' in function definition"));
}
END_TEST

/* def f():
 *     x = 1
 *     def g():
 *         def h(): return x
 * g carries x as FREE for h (as CPython), but only h is reported. */
START_TEST(test_closure_passthrough)
{
    Node *h = fdef("h", NULL, list(ret(name_at("x", CTX_LOAD, 4, 25)), NULL));
    Node *g = fdef("g", NULL, list(h, NULL));
    Node *f = fdef("f", NULL, list(assign(st("x"), num()), g, NULL));
    analyze(module(list(f, NULL)), false);
    ck_assert_int_eq(diag.nerrors, 1);
    ck_assert_str_eq(diags(),
                     "<input>:4:25: error: unsupported: closures "
                     "(free variable 'x' of function 'h')\n");
    check_sym(f->scope, "x", SYM_CELL, SYMF_ASSIGNED);
    check_sym(g->scope, "x", SYM_FREE, 0);
    check_sym(h->scope, "x", SYM_FREE, SYMF_USED);
    ck_assert_str_eq(h->scope->qualname, "f.<locals>.g.<locals>.h");
}
END_TEST

/* def f():
 *     global x
 *     x = 1
 *     def g(): return x      -- x is a global in g, not a closure */
START_TEST(test_global_hides_enclosing)
{
    Node *g = fdef("g", NULL, list(ret(ld("x")), NULL));
    Node *f =
      fdef("f",
           NULL,
           list(decl(AST_Global, "x", 2), assign(st("x"), num()), g, NULL));
    analyze(module(list(f, NULL)), true);
    check_sym(f->scope, "x", SYM_GLOBAL_EXPLICIT, SYMF_ASSIGNED);
    check_sym(g->scope, "x", SYM_GLOBAL_IMPLICIT, SYMF_USED);
}
END_TEST

/* [y for x in a if y for y in b]: y belongs to the comprehension even
 * though it is read before the second loop binds it; b is evaluated in
 * the comprehension but resolves to f's global. */
START_TEST(test_comprehension_later_binding)
{
    Node *c = mk(AST_ListComp, at(1, 1));
    Node *g1 = gen(st("x"), ld("a"));
    g1->u.Comprehension.ifs = list(ld("y"), NULL);
    c->u.ListComp.elt = ld("y");
    c->u.ListComp.generators = list(g1, gen(st("y"), ld("b")), NULL);
    Node *f = fdef("f", NULL, list(ret(c), NULL));
    analyze(module(list(f, NULL)), true);
    static const char *const fwant[] = { "a", "b" };
    check_order(f->scope, fwant, 2);
    static const char *const cwant[] = { "x", "y" };
    check_order(c->scope, cwant, 2);
    check_sym(c->scope, "y", SYM_LOCAL, SYMF_ASSIGNED | SYMF_USED);
}
END_TEST

Suite *
suite_scope(void)
{
    Suite *s = suite_create("scope");
    TCase *tc = tcase_create("scope");
    tcase_add_checked_fixture(tc, scope_setup, scope_teardown);
    tcase_add_test(tc, test_params_order);
    tcase_add_test(tc, test_local_vs_implicit_global);
    tcase_add_test(tc, test_explicit_global_and_bindings);
    tcase_add_test(tc, test_comprehension_inlined);
    tcase_add_test(tc, test_module_comprehension_globals);
    tcase_add_test(tc, test_nested_comprehensions);
    tcase_add_test(tc, test_walrus_in_comprehension);
    tcase_add_test(tc, test_walrus_errors);
    tcase_add_test(tc, test_walrus_in_iterable);
    tcase_add_test(tc, test_closure_error);
    tcase_add_test(tc, test_closure_through_comprehension);
    tcase_add_test(tc, test_signature_in_enclosing_scope);
    tcase_add_test(tc, test_global_param);
    tcase_add_test(tc, test_global_after_use);
    tcase_add_test(tc, test_global_after_assign);
    tcase_add_test(tc, test_nonlocal_errors);
    tcase_add_test(tc, test_nonlocal_resolves);
    tcase_add_test(tc, test_qualnames);
    tcase_add_test(tc, test_dump);
    tcase_add_test(tc, test_duplicate_param);
    tcase_add_test(tc, test_closure_passthrough);
    tcase_add_test(tc, test_global_hides_enclosing);
    tcase_add_test(tc, test_comprehension_later_binding);
    suite_add_tcase(s, tc);
    return s;
}
