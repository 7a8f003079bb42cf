/*
 * scope.c: scope analysis (CPython's symtable model) for pyaot.
 *
 * Works in three steps over one module:
 *   1. walk: a source-order walk of the AST that creates a Scope for the
 *      module, every def, lambda and comprehension, and records per name the
 *      raw facts CPython's symtable records (DEF_* bits below: bound, used,
 *      parameter, declared global/nonlocal, ...). Declaration errors
 *      ("name 'x' is used prior to global declaration", ...) are found here.
 *   2. merge: comprehensions are compiled inline in their enclosing function
 *      (PEP 709), so every name a comprehension uses but does not bind is
 *      moved into the enclosing scope; a comprehension keeps only its own
 *      iteration variables.
 *   3. resolve: each symbol gets its SymKind. A name used in a def or lambda
 *      but bound in an enclosing function (or comprehension) becomes FREE
 *      there and CELL in the owner, as in CPython; pyaot reports closures as
 *      unsupported.
 *
 * Conventions (the contract with irbuild, see sema.h):
 *   - module-scope symbols are SYM_GLOBAL_IMPLICIT, or SYM_GLOBAL_EXPLICIT
 *     when the module itself says `global x` (legal and a no-op in CPython);
 *     both mean "a module global".
 *   - symbol order: parameters in signature order, then other names in order
 *     of first appearance in CPython's symtable walk order (assignment
 *     targets before the value, `for` target before the iterable, a
 *     comprehension's outermost iterable first); names first seen inside an
 *     inlined comprehension take their place at that first appearance.
 *   - class bodies are not analysed: sema.h has no class scope yet, so a
 *     ClassDef only binds its name and evaluates decorators, bases and
 *     keywords in the enclosing scope.
 *   - variable annotations inside a function body are never evaluated
 *     (CPython does not evaluate them either), so they record no uses;
 *     parameter and return annotations are uses in the enclosing scope.
 *
 * This pass owns the errors about global/nonlocal declarations, duplicate
 * parameters, assignment expressions in comprehensions, and closures.
 */
#include "sema.h"

#include <stdlib.h>
#include <string.h>

/* Raw facts about a name in one scope, recorded by the walk (CPython's
 * DEF_* flags). The public SYMF_* flags are kept separately because they
 * describe the source ("x += 1" both uses and assigns x) while these follow
 * CPython's rules for its error messages ("x += 1" only binds x). */
enum {
    DEF_LOCAL = 1,       /* bound in this scope */
    DEF_PARAM = 2,       /* a parameter */
    DEF_GLOBAL = 4,      /* `global x` */
    DEF_NONLOCAL = 8,    /* `nonlocal x` */
    DEF_USE = 16,        /* read */
    DEF_ANNOT = 32,      /* annotated simple name */
    DEF_COMP_ITER = 64,  /* iteration variable of this comprehension */
    DEF_NAMEDEXPR = 128, /* walrus target passing through this comprehension */
    DEF_IMPORT = 256     /* bound by an import: not an error before `global` */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Symbol with the analysis' private state. Symbol comes first so a Symbol *
 * handed out through sema.h can be converted back. */
typedef struct SymX {
    Symbol pub;
    int def;
    bool has_use;
    bool passthrough; /* FREE only so that an inner function can see it */
    bool dead;        /* merged away or an unused placeholder */
    Loc use_loc;      /* first read */
    Loc directive;    /* the global/nonlocal statement */
} SymX;

/* Scope with its symbol hash table (interned names hash by address). All
 * Scopes handed out come from this file, so the cast is always valid. */
typedef struct ScopeX {
    Scope pub;
    SymX **syms; /* build-time array, may hold dead entries */
    int nsyms, capsyms;
    Scope **kids;
    int nkids, capkids;
    SymX **tab; /* open addressing, size a power of two */
    int tabcap, tabused;
    int comp_iter_expr;    /* >0 while walking a comprehension iterable */
    bool comp_iter_target; /* walking a comprehension's for-target */
    bool inlined;          /* list/set/dict comprehension (not genexp) */
} ScopeX;

typedef struct ScopeBuilder {
    Arena *a;
    Interner *in;
    ScopeX *cur;
    ScopeX *module;
    /* every scope in creation (= source) order, for the later steps */
    ScopeX **all;
    int nall, capall;
    /* errors, printed sorted by location once the analysis is done */
    struct ScopeError **errs;
    int nerrs, caperrs;
} ScopeBuilder;

typedef struct ScopeError {
    Loc loc;
    int seq; /* keeps errors at one location in the order found */
    const char *msg;
} ScopeError;

#define SX(s) ((ScopeX *)(s))

static void scope_expr(ScopeBuilder *b, Node *n);
static void scope_stmts(ScopeBuilder *b, NodeList l);

/* ---- small containers ---- */

/* Appends to an arena array, doubling it when full. The old block is left
 * in the arena: it is freed with the compilation. */
static void
scope_append(ScopeBuilder *b, void ***items, int *n, int *cap, void *x)
{
    if (*n >= *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        void **p = arena_alloc(b->a, sizeof(void *) * (size_t)ncap);
        if (*n)
            memcpy(p, *items, sizeof(void *) * (size_t)*n);
        *items = p;
        *cap = ncap;
    }
    (*items)[(*n)++] = x;
}

static size_t
scope_hash(const char *name)
{
    uintptr_t h = (uintptr_t)name;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29));
}

static SymX *
scope_find(const ScopeX *s, const char *name)
{
    if (!s->tabcap)
        return NULL;
    size_t mask = (size_t)s->tabcap - 1;
    for (size_t i = scope_hash(name) & mask;; i = (i + 1) & mask) {
        SymX *x = s->tab[i];
        if (!x)
            return NULL;
        if (x->pub.name == name)
            return x;
    }
}

static void
scope_tab_insert(ScopeBuilder *b, ScopeX *s, SymX *x)
{
    if ((s->tabused + 1) * 2 > s->tabcap) {
        int ncap = s->tabcap ? s->tabcap * 2 : 16;
        SymX **old = s->tab;
        int oldcap = s->tabcap;
        s->tab = arena_alloc(b->a, sizeof(SymX *) * (size_t)ncap);
        s->tabcap = ncap;
        s->tabused = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                scope_tab_insert(b, s, old[i]);
    }
    size_t mask = (size_t)s->tabcap - 1;
    size_t i = scope_hash(x->pub.name) & mask;
    while (s->tab[i])
        i = (i + 1) & mask;
    s->tab[i] = x;
    s->tabused++;
}

/* The symbol for name in s, created (with no facts) if missing. */
static SymX *
scope_sym(ScopeBuilder *b, ScopeX *s, const char *name, Loc loc)
{
    SymX *x = scope_find(s, name);
    if (x)
        return x;
    x = arena_alloc(b->a, sizeof(SymX));
    x->pub.name = name;
    x->pub.kind = SYM_LOCAL;
    x->pub.loc = loc;
    scope_append(b, (void ***)&s->syms, &s->nsyms, &s->capsyms, x);
    scope_tab_insert(b, s, x);
    return x;
}

static bool
scope_loc_before(Loc a, Loc b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* Records facts about name in the current scope. A name met inside a
 * comprehension also gets an empty placeholder in every enclosing scope up
 * to the first non-comprehension one, so that if the merge step moves it
 * there it keeps its place of first appearance. */
static SymX *
scope_note(ScopeBuilder *b, const char *name, int def, int flags, Loc loc)
{
    SymX *x = scope_sym(b, b->cur, name, loc);
    x->def |= def;
    x->pub.flags |= flags;
    if ((flags & SYMF_USED) && !x->has_use) {
        x->has_use = true;
        x->use_loc = loc;
    }
    for (ScopeX *s = b->cur; s->pub.kind == SCOPE_COMPREHENSION;) {
        s = SX(s->pub.parent);
        scope_sym(b, s, name, loc);
    }
    return x;
}

/* Errors are collected rather than printed: the walk finds declaration
 * errors and the resolve step finds closures, and users should see both in
 * source order. */
static void scope_error(ScopeBuilder *b, Loc loc, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

static void
scope_error(ScopeBuilder *b, Loc loc, const char *fmt, ...)
{
    StrBuf sb;
    sb_init(&sb);
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    ScopeError *e = arena_alloc(b->a, sizeof(ScopeError));
    e->loc = loc;
    e->seq = b->nerrs;
    e->msg = arena_strdup(b->a, sb.data);
    sb_free(&sb);
    scope_append(b, (void ***)&b->errs, &b->nerrs, &b->caperrs, e);
}

static int
scope_error_cmp(const void *pa, const void *pb)
{
    const ScopeError *a = *(const ScopeError *const *)pa;
    const ScopeError *b = *(const ScopeError *const *)pb;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.col != b->loc.col)
        return a->loc.col < b->loc.col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* ---- scopes ---- */

static const char *
scope_qualname(ScopeBuilder *b, ScopeX *parent, const char *name)
{
    /* An inlined comprehension has no code object of its own, so (as in
     * CPython 3.12+) scopes inside it are named after the scope around it. */
    while (parent->inlined)
        parent = SX(parent->pub.parent);
    /* A function whose name is declared global in the enclosing function
     * is named like a top-level one (CPython's compiler does the same). */
    if (parent->pub.kind == SCOPE_FUNCTION ||
        parent->pub.kind == SCOPE_LAMBDA) {
        SymX *x = scope_find(parent, intern_cstr(b->in, name));
        if (x && (x->def & DEF_GLOBAL))
            return name;
    }
    switch (parent->pub.kind) {
    case SCOPE_MODULE:
        return name;
    case SCOPE_COMPREHENSION:
        return arena_printf(b->a, "%s.%s", parent->pub.qualname, name);
    default:
        return arena_printf(
          b->a, "%s.<locals>.%s", parent->pub.qualname, name);
    }
}

static ScopeX *
scope_push(ScopeBuilder *b, ScopeKind kind, const char *name, Node *node)
{
    ScopeX *s = arena_alloc(b->a, sizeof(ScopeX));
    s->pub.kind = kind;
    s->pub.name = intern_cstr(b->in, name);
    s->pub.node = node;
    s->pub.parent = b->cur ? &b->cur->pub : NULL;
    s->inlined = kind == SCOPE_COMPREHENSION && node->kind != AST_GeneratorExp;
    s->pub.qualname =
      b->cur ? scope_qualname(b, b->cur, s->pub.name) : s->pub.name;
    node->scope = &s->pub;
    if (b->cur)
        scope_append(
          b, (void ***)&b->cur->kids, &b->cur->nkids, &b->cur->capkids, s);
    scope_append(b, (void ***)&b->all, &b->nall, &b->capall, s);
    b->cur = s;
    return s;
}

static void
scope_pop(ScopeBuilder *b)
{
    b->cur = SX(b->cur->pub.parent);
}

/* ---- the walk ---- */

static void
scope_exprs(ScopeBuilder *b, NodeList l)
{
    for (int i = 0; i < l.len; i++)
        scope_expr(b, l.items[i]);
}

static void
scope_use(ScopeBuilder *b, Node *name)
{
    scope_note(b, name->u.Name.id, DEF_USE, SYMF_USED, name->loc);
}

/* Binds a name in the current scope. In a comprehension's for-target it
 * becomes an iteration variable, which no walrus may rebind. */
static void
scope_bind(ScopeBuilder *b, const char *name, int flags, Loc loc)
{
    if (b->cur->comp_iter_target) {
        SymX *x = scope_find(b->cur, name);
        if (x && (x->def & DEF_NAMEDEXPR)) {
            scope_error(b,
                        loc,
                        "comprehension inner loop cannot rebind assignment "
                        "expression target '%s'",
                        name);
        }
        scope_note(b, name, DEF_LOCAL | DEF_COMP_ITER, flags, loc);
        return;
    }
    scope_note(b, name, DEF_LOCAL, flags, loc);
}

/* Walks an assignment or del target. flags is SYMF_ASSIGNED or
 * SYMF_DELETED for the names it binds; subexpressions (a in a.b, a[i]) are
 * ordinary uses. */
static void
scope_target(ScopeBuilder *b, Node *t, int flags)
{
    if (!t)
        return;
    switch (t->kind) {
    case AST_Name:
        scope_bind(b, t->u.Name.id, flags, t->loc);
        break;
    case AST_Tuple:
        for (int i = 0; i < t->u.Tuple.elts.len; i++)
            scope_target(b, t->u.Tuple.elts.items[i], flags);
        break;
    case AST_List:
        for (int i = 0; i < t->u.List.elts.len; i++)
            scope_target(b, t->u.List.elts.items[i], flags);
        break;
    case AST_Starred:
        scope_target(b, t->u.Starred.value, flags);
        break;
    default:
        /* Attribute, Subscript, and invalid targets check.c rejects. */
        scope_expr(b, t);
        break;
    }
}

/* `x := v`: in a comprehension the target belongs to the nearest enclosing
 * function or module (PEP 572), never to the comprehension. */
static void
scope_namedexpr(ScopeBuilder *b, Node *n)
{
    Node *t = n->u.NamedExpr.target;
    if (b->cur->comp_iter_expr > 0) {
        scope_error(b,
                    n->loc,
                    "assignment expression cannot be used in a comprehension "
                    "iterable expression");
    }
    scope_expr(b, n->u.NamedExpr.value);
    if (!t || t->kind != AST_Name || b->cur->pub.kind != SCOPE_COMPREHENSION) {
        scope_target(b, t, SYMF_ASSIGNED);
        return;
    }
    const char *name = t->u.Name.id;
    ScopeX *s = b->cur;
    for (; s->pub.kind == SCOPE_COMPREHENSION; s = SX(s->pub.parent)) {
        SymX *x = scope_find(s, name);
        if (x && (x->def & DEF_COMP_ITER)) {
            scope_error(b,
                        t->loc,
                        "assignment expression cannot rebind comprehension "
                        "iteration variable '%s'",
                        name);
            return;
        }
    }
    /* Mark the comprehensions it passes through (so a later inner loop
     * cannot rebind it) and bind it where it lives. */
    for (ScopeX *c = b->cur; c != s; c = SX(c->pub.parent))
        scope_sym(b, c, name, t->loc)->def |= DEF_NAMEDEXPR;
    ScopeX *saved = b->cur;
    b->cur = s;
    scope_note(b, name, DEF_LOCAL, SYMF_ASSIGNED, t->loc);
    b->cur = saved;
}

/* The parts of a signature evaluated where the def or lambda is: defaults,
 * keyword-only defaults and annotations. */
static void
scope_signature_outer(ScopeBuilder *b, Node *args)
{
    if (!args)
        return;
    AstArguments *a = &args->u.Arguments;
    scope_exprs(b, a->defaults);
    for (int i = 0; i < a->kw_defaults.len; i++)
        if (a->kw_defaults.items[i])
            scope_expr(b, a->kw_defaults.items[i]);
    NodeList lists[] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k].len; i++)
            if (lists[k].items[i]->u.Arg.annotation)
                scope_expr(b, lists[k].items[i]->u.Arg.annotation);
    if (a->vararg && a->vararg->u.Arg.annotation)
        scope_expr(b, a->vararg->u.Arg.annotation);
    if (a->kwarg && a->kwarg->u.Arg.annotation)
        scope_expr(b, a->kwarg->u.Arg.annotation);
}

static void
scope_param(ScopeBuilder *b, Node *arg)
{
    if (!arg)
        return;
    const char *name = arg->u.Arg.arg;
    SymX *x = scope_find(b->cur, name);
    if (x && (x->def & DEF_PARAM)) {
        scope_error(
          b, arg->loc, "duplicate argument '%s' in function definition", name);
        return;
    }
    scope_note(b, name, DEF_PARAM, SYMF_PARAM, arg->loc);
}

/* Parameters in co_varnames order: positional-only, positional-or-keyword,
 * keyword-only, *args, **kwargs (CPython puts the keyword-only names
 * before the *args name). */
static void
scope_params(ScopeBuilder *b, Node *args)
{
    if (!args)
        return;
    AstArguments *a = &args->u.Arguments;
    for (int i = 0; i < a->posonlyargs.len; i++)
        scope_param(b, a->posonlyargs.items[i]);
    for (int i = 0; i < a->args.len; i++)
        scope_param(b, a->args.items[i]);
    for (int i = 0; i < a->kwonlyargs.len; i++)
        scope_param(b, a->kwonlyargs.items[i]);
    scope_param(b, a->vararg);
    scope_param(b, a->kwarg);
}

static void
scope_lambda(ScopeBuilder *b, Node *n)
{
    scope_signature_outer(b, n->u.Lambda.args);
    scope_push(b, SCOPE_LAMBDA, "<lambda>", n);
    scope_params(b, n->u.Lambda.args);
    scope_expr(b, n->u.Lambda.body);
    scope_pop(b);
}

/* A comprehension: the outermost iterable is evaluated where the
 * comprehension is; targets, conditions, inner iterables and the element
 * belong to the comprehension's scope. */
static void
scope_comprehension(ScopeBuilder *b,
                    Node *n,
                    const char *name,
                    Node *elt,
                    Node *value,
                    NodeList gens)
{
    if (gens.len > 0) {
        b->cur->comp_iter_expr++;
        scope_expr(b, gens.items[0]->u.Comprehension.iter);
        b->cur->comp_iter_expr--;
    }
    scope_push(b, SCOPE_COMPREHENSION, name, n);
    for (int i = 0; i < gens.len; i++) {
        AstComprehension *g = &gens.items[i]->u.Comprehension;
        b->cur->comp_iter_target = true;
        scope_target(b, g->target, SYMF_ASSIGNED);
        b->cur->comp_iter_target = false;
        if (i > 0) {
            b->cur->comp_iter_expr++;
            scope_expr(b, g->iter);
            b->cur->comp_iter_expr--;
        }
        scope_exprs(b, g->ifs);
    }
    scope_expr(b, elt);
    scope_expr(b, value);
    scope_pop(b);
}

static void
scope_expr(ScopeBuilder *b, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_BoolOp:
        scope_exprs(b, n->u.BoolOp.values);
        break;
    case AST_NamedExpr:
        scope_namedexpr(b, n);
        break;
    case AST_BinOp:
        scope_expr(b, n->u.BinOp.left);
        scope_expr(b, n->u.BinOp.right);
        break;
    case AST_UnaryOp:
        scope_expr(b, n->u.UnaryOp.operand);
        break;
    case AST_Lambda:
        scope_lambda(b, n);
        break;
    case AST_IfExp:
        scope_expr(b, n->u.IfExp.test);
        scope_expr(b, n->u.IfExp.body);
        scope_expr(b, n->u.IfExp.orelse);
        break;
    case AST_Dict:
        for (int i = 0; i < n->u.Dict.values.len; i++) {
            if (i < n->u.Dict.keys.len)
                scope_expr(b, n->u.Dict.keys.items[i]);
            scope_expr(b, n->u.Dict.values.items[i]);
        }
        break;
    case AST_Set:
        scope_exprs(b, n->u.Set.elts);
        break;
    case AST_ListComp:
        scope_comprehension(b,
                            n,
                            "<listcomp>",
                            n->u.ListComp.elt,
                            NULL,
                            n->u.ListComp.generators);
        break;
    case AST_SetComp:
        scope_comprehension(
          b, n, "<setcomp>", n->u.SetComp.elt, NULL, n->u.SetComp.generators);
        break;
    case AST_DictComp:
        scope_comprehension(b,
                            n,
                            "<dictcomp>",
                            n->u.DictComp.key,
                            n->u.DictComp.value,
                            n->u.DictComp.generators);
        break;
    case AST_GeneratorExp:
        scope_comprehension(b,
                            n,
                            "<genexpr>",
                            n->u.GeneratorExp.elt,
                            NULL,
                            n->u.GeneratorExp.generators);
        break;
    case AST_Await:
        scope_expr(b, n->u.Await.value);
        break;
    case AST_Yield:
        scope_expr(b, n->u.Yield.value);
        break;
    case AST_YieldFrom:
        scope_expr(b, n->u.YieldFrom.value);
        break;
    case AST_Compare:
        scope_expr(b, n->u.Compare.left);
        scope_exprs(b, n->u.Compare.comparators);
        break;
    case AST_Call:
        scope_expr(b, n->u.Call.func);
        scope_exprs(b, n->u.Call.args);
        for (int i = 0; i < n->u.Call.keywords.len; i++)
            scope_expr(b, n->u.Call.keywords.items[i]->u.Keyword.value);
        break;
    case AST_FormattedValue:
        scope_expr(b, n->u.FormattedValue.value);
        scope_expr(b, n->u.FormattedValue.format_spec);
        break;
    case AST_JoinedStr:
        scope_exprs(b, n->u.JoinedStr.values);
        break;
    case AST_Attribute:
        scope_expr(b, n->u.Attribute.value);
        break;
    case AST_Subscript:
        scope_expr(b, n->u.Subscript.value);
        scope_expr(b, n->u.Subscript.slice);
        break;
    case AST_Starred:
        scope_expr(b, n->u.Starred.value);
        break;
    case AST_Name:
        scope_use(b, n);
        break;
    case AST_List:
        scope_exprs(b, n->u.List.elts);
        break;
    case AST_Tuple:
        scope_exprs(b, n->u.Tuple.elts);
        break;
    case AST_Slice:
        scope_expr(b, n->u.Slice.lower);
        scope_expr(b, n->u.Slice.upper);
        scope_expr(b, n->u.Slice.step);
        break;
    case AST_Keyword:
        scope_expr(b, n->u.Keyword.value);
        break;
    default:
        break; /* Constant and helper nodes hold no names */
    }
}

/* `global`/`nonlocal` may not follow a use or binding of the name in the
 * same scope (CPython's messages, same precedence). */
static void
scope_declare(ScopeBuilder *b, Node *stmt, bool is_global)
{
    NodeList names = is_global ? stmt->u.Global.names : stmt->u.Nonlocal.names;
    const char *what = is_global ? "global" : "nonlocal";
    if (!is_global && b->cur->pub.kind == SCOPE_MODULE) {
        scope_error(
          b, stmt->loc, "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < names.len; i++) {
        Node *nm = names.items[i];
        const char *name = nm->u.Name.id;
        SymX *x = scope_find(b->cur, name);
        int def = x ? x->def : 0;
        if (def & DEF_PARAM) {
            scope_error(
              b, stmt->loc, "name '%s' is parameter and %s", name, what);
        }
        else if (def & DEF_USE) {
            scope_error(b,
                        stmt->loc,
                        "name '%s' is used prior to %s declaration",
                        name,
                        what);
        }
        else if (def & DEF_ANNOT) {
            scope_error(
              b, stmt->loc, "annotated name '%s' can't be %s", name, what);
        }
        else if (def & DEF_LOCAL) {
            scope_error(b,
                        stmt->loc,
                        "name '%s' is assigned to before %s declaration",
                        name,
                        what);
        }
        int other = is_global ? DEF_NONLOCAL : DEF_GLOBAL;
        if (def & other) {
            scope_error(
              b, stmt->loc, "name '%s' is nonlocal and global", name);
        }
        x = scope_note(
          b, name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, 0, nm->loc);
        if (x->directive.line == 0)
            x->directive = stmt->loc;
    }
}

static void
scope_annassign(ScopeBuilder *b, Node *n)
{
    AstAnnAssign *s = &n->u.AnnAssign;
    Node *t = s->target;
    bool in_function = b->cur->pub.kind != SCOPE_MODULE;
    if (t && t->kind == AST_Name && s->simple) {
        const char *name = t->u.Name.id;
        SymX *x = scope_find(b->cur, name);
        if (x && (x->def & (DEF_GLOBAL | DEF_NONLOCAL)) &&
            b->cur->pub.kind != SCOPE_MODULE) {
            scope_error(b,
                        n->loc,
                        "annotated name '%s' can't be %s",
                        name,
                        (x->def & DEF_GLOBAL) ? "global" : "nonlocal");
        }
        scope_note(b,
                   name,
                   DEF_LOCAL | DEF_ANNOT,
                   SYMF_ANNOTATED | (s->value ? SYMF_ASSIGNED : 0),
                   t->loc);
    }
    else {
        scope_target(b, t, SYMF_ASSIGNED);
    }
    /* Only module-level annotations are evaluated (into __annotations__,
     * or evaluated and dropped for complex targets). */
    if (!in_function)
        scope_expr(b, s->annotation);
    scope_expr(b, s->value);
}

static void
scope_import(ScopeBuilder *b, Node *alias, bool from)
{
    const char *name = alias->u.Alias.name;
    const char *as = alias->u.Alias.asname;
    if (as) {
        scope_note(
          b, as, DEF_IMPORT, SYMF_ASSIGNED | SYMF_IMPORTED, alias->loc);
        return;
    }
    if (!name || (from && strcmp(name, "*") == 0))
        return; /* `import *` binds nothing we can name */
    /* `import a.b.c` binds a */
    const char *dot = from ? NULL : strchr(name, '.');
    if (dot)
        name = intern(b->in, name, (size_t)(dot - name));
    scope_note(b, name, DEF_IMPORT, SYMF_ASSIGNED | SYMF_IMPORTED, alias->loc);
}

static void
scope_funcdef(ScopeBuilder *b, Node *n)
{
    AstFunctionDef *f = &n->u.FunctionDef;
    scope_exprs(b, f->decorators);
    scope_signature_outer(b, f->args);
    scope_expr(b, f->returns);
    scope_note(b, f->name, DEF_LOCAL, SYMF_ASSIGNED, n->loc);
    scope_push(b, SCOPE_FUNCTION, f->name, n);
    scope_params(b, f->args);
    scope_stmts(b, f->body);
    scope_pop(b);
}

static void
scope_stmt(ScopeBuilder *b, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_FunctionDef:
        scope_funcdef(b, n);
        break;
    case AST_ClassDef:
        /* No class scope yet (sema.h): the body is not analysed. */
        scope_exprs(b, n->u.ClassDef.decorators);
        scope_exprs(b, n->u.ClassDef.bases);
        scope_exprs(b, n->u.ClassDef.keywords);
        scope_note(b, n->u.ClassDef.name, DEF_LOCAL, SYMF_ASSIGNED, n->loc);
        break;
    case AST_Return:
        scope_expr(b, n->u.Return.value);
        break;
    case AST_Delete:
        for (int i = 0; i < n->u.Delete.targets.len; i++)
            scope_target(b, n->u.Delete.targets.items[i], SYMF_DELETED);
        break;
    case AST_Assign:
        for (int i = 0; i < n->u.Assign.targets.len; i++)
            scope_target(b, n->u.Assign.targets.items[i], SYMF_ASSIGNED);
        scope_expr(b, n->u.Assign.value);
        break;
    case AST_AugAssign: {
        Node *t = n->u.AugAssign.target;
        /* x += v reads x too; CPython's symtable only records the store,
         * which is what its declaration errors go by. */
        if (t && t->kind == AST_Name) {
            scope_note(
              b, t->u.Name.id, DEF_LOCAL, SYMF_ASSIGNED | SYMF_USED, t->loc);
        }
        else {
            scope_target(b, t, SYMF_ASSIGNED);
        }
        scope_expr(b, n->u.AugAssign.value);
        break;
    }
    case AST_AnnAssign:
        scope_annassign(b, n);
        break;
    case AST_For:
        scope_target(b, n->u.For.target, SYMF_ASSIGNED);
        scope_expr(b, n->u.For.iter);
        scope_stmts(b, n->u.For.body);
        scope_stmts(b, n->u.For.orelse);
        break;
    case AST_While:
        scope_expr(b, n->u.While.test);
        scope_stmts(b, n->u.While.body);
        scope_stmts(b, n->u.While.orelse);
        break;
    case AST_If:
        scope_expr(b, n->u.If.test);
        scope_stmts(b, n->u.If.body);
        scope_stmts(b, n->u.If.orelse);
        break;
    case AST_With:
        for (int i = 0; i < n->u.With.items.len; i++) {
            AstWithItem *w = &n->u.With.items.items[i]->u.WithItem;
            scope_expr(b, w->context_expr);
            scope_target(b, w->optional_vars, SYMF_ASSIGNED);
        }
        scope_stmts(b, n->u.With.body);
        break;
    case AST_Raise:
        scope_expr(b, n->u.Raise.exc);
        scope_expr(b, n->u.Raise.cause);
        break;
    case AST_Try:
        scope_stmts(b, n->u.Try.body);
        for (int i = 0; i < n->u.Try.handlers.len; i++) {
            Node *h = n->u.Try.handlers.items[i];
            scope_expr(b, h->u.ExceptHandler.type);
            if (h->u.ExceptHandler.name)
                scope_note(b,
                           h->u.ExceptHandler.name,
                           DEF_LOCAL,
                           SYMF_ASSIGNED,
                           h->loc);
            scope_stmts(b, h->u.ExceptHandler.body);
        }
        scope_stmts(b, n->u.Try.orelse);
        scope_stmts(b, n->u.Try.finalbody);
        break;
    case AST_Assert:
        scope_expr(b, n->u.Assert.test);
        scope_expr(b, n->u.Assert.msg);
        break;
    case AST_Import:
        for (int i = 0; i < n->u.Import.names.len; i++)
            scope_import(b, n->u.Import.names.items[i], false);
        break;
    case AST_ImportFrom:
        for (int i = 0; i < n->u.ImportFrom.names.len; i++)
            scope_import(b, n->u.ImportFrom.names.items[i], true);
        break;
    case AST_Global:
        scope_declare(b, n, true);
        break;
    case AST_Nonlocal:
        scope_declare(b, n, false);
        break;
    case AST_ExprStmt:
        scope_expr(b, n->u.ExprStmt.value);
        break;
    case AST_Match:
        /* Rejected by lowering; cases hold patterns this AST lacks. */
        scope_expr(b, n->u.Match.subject);
        break;
    default:
        break; /* Pass, Break, Continue */
    }
}

static void
scope_stmts(ScopeBuilder *b, NodeList l)
{
    for (int i = 0; i < l.len; i++)
        scope_stmt(b, l.items[i]);
}

/* ---- merge: inline comprehensions into their enclosing scope ---- */

static void
scope_merge_comprehensions(ScopeBuilder *b)
{
    /* Reverse creation order visits inner comprehensions before the ones
     * around them, so a name climbs one level at a time until a scope binds
     * it or it reaches a function or the module. */
    for (int i = b->nall - 1; i >= 0; i--) {
        ScopeX *c = b->all[i];
        if (c->pub.kind != SCOPE_COMPREHENSION)
            continue;
        ScopeX *p = SX(c->pub.parent);
        for (int k = 0; k < c->nsyms; k++) {
            SymX *x = c->syms[k];
            if (x->dead || (x->def & DEF_BOUND))
                continue;
            SymX *y = scope_sym(b, p, x->pub.name, x->pub.loc);
            y->pub.flags |= x->pub.flags;
            y->def |= x->def & DEF_USE;
            if (x->has_use &&
                (!y->has_use || scope_loc_before(x->use_loc, y->use_loc))) {
                y->has_use = true;
                y->use_loc = x->use_loc;
            }
            x->dead = true;
        }
    }
    /* Placeholders nothing filled in belonged to comprehension variables. */
    for (int i = 0; i < b->nall; i++) {
        ScopeX *s = b->all[i];
        for (int k = 0; k < s->nsyms; k++) {
            SymX *x = s->syms[k];
            if (!x->def && !x->pub.flags)
                x->dead = true;
        }
    }
}

/* ---- resolve: SymKind for every symbol ---- */

static bool
scope_is_function(const ScopeX *s)
{
    return s->pub.kind == SCOPE_FUNCTION || s->pub.kind == SCOPE_LAMBDA;
}

/* A name s uses but does not bind: finds the enclosing scope that binds it.
 * Returns that scope's symbol (NULL: the name is a global). Follows CPython:
 * a `global` declaration in an enclosing function hides outer bindings. */
static SymX *
scope_find_binding(ScopeX *s, const char *name)
{
    for (ScopeX *a = SX(s->pub.parent); a; a = SX(a->pub.parent)) {
        if (a->pub.kind == SCOPE_MODULE)
            return NULL;
        SymX *x = scope_find(a, name);
        if (!x || x->dead)
            continue;
        if (x->def & DEF_GLOBAL)
            return NULL;
        if (x->def & (DEF_BOUND | DEF_NONLOCAL))
            return x;
    }
    return NULL;
}

/* Makes x (in s) a free variable bound in owner: the owner's symbol becomes
 * a cell and each function in between carries the name as FREE too, as
 * CPython does. Comprehensions in between are inlined and need nothing. */
static void
scope_make_free(ScopeBuilder *b, ScopeX *s, SymX *x, SymX *owner_sym)
{
    x->pub.kind = SYM_FREE;
    ScopeX *owner = NULL;
    for (ScopeX *a = SX(s->pub.parent); a; a = SX(a->pub.parent)) {
        SymX *y = scope_find(a, x->pub.name);
        if (y == owner_sym) {
            owner = a;
            break;
        }
        if (!scope_is_function(a) || (y && !y->dead))
            continue;
        SymX *z = scope_sym(b, a, x->pub.name, x->pub.loc);
        z->dead = false;
        z->passthrough = true;
        z->pub.kind = SYM_FREE;
    }
    if (owner && !(owner_sym->def & DEF_NONLOCAL))
        owner_sym->pub.kind = SYM_CELL;
}

static void
scope_resolve_all(ScopeBuilder *b)
{
    /* Creation order is top-down, so an enclosing scope's kinds are set
     * before an inner scope turns one of them into a cell. */
    for (int i = 0; i < b->nall; i++) {
        ScopeX *s = b->all[i];
        for (int k = 0; k < s->nsyms; k++) {
            SymX *x = s->syms[k];
            if (x->dead || x->passthrough)
                continue;
            const char *name = x->pub.name;
            if (x->def & DEF_GLOBAL) {
                x->pub.kind = SYM_GLOBAL_EXPLICIT;
                continue;
            }
            if (s->pub.kind == SCOPE_MODULE) {
                x->pub.kind = SYM_GLOBAL_IMPLICIT;
                continue;
            }
            if (x->def & DEF_NONLOCAL) {
                SymX *y = scope_find_binding(s, name);
                if (!y) {
                    scope_error(b,
                                x->directive,
                                "no binding for nonlocal '%s' found",
                                name);
                    x->pub.kind = SYM_LOCAL;
                }
                else {
                    scope_make_free(b, s, x, y);
                }
                continue;
            }
            if (x->def & DEF_BOUND) {
                if (x->pub.kind != SYM_CELL)
                    x->pub.kind = SYM_LOCAL;
                continue;
            }
            SymX *y = scope_find_binding(s, name);
            if (!y) {
                x->pub.kind = SYM_GLOBAL_IMPLICIT;
                continue;
            }
            scope_make_free(b, s, x, y);
            scope_error(b,
                        x->has_use ? x->use_loc : x->pub.loc,
                        "unsupported: closures (free variable '%s' of "
                        "function '%s')",
                        name,
                        s->pub.name);
        }
    }
}

/* ---- finish: compact arrays into the public Scope fields ---- */

static void
scope_finish(ScopeBuilder *b)
{
    for (int i = 0; i < b->nall; i++) {
        ScopeX *s = b->all[i];
        int n = 0;
        for (int k = 0; k < s->nsyms; k++)
            if (!s->syms[k]->dead)
                n++;
        s->pub.syms = arena_alloc(b->a, sizeof(Symbol *) * (size_t)(n + 1));
        s->pub.nsyms = 0;
        /* The table is rebuilt so lookups never see dead symbols. */
        s->tab = NULL;
        s->tabcap = s->tabused = 0;
        for (int k = 0; k < s->nsyms; k++) {
            SymX *x = s->syms[k];
            if (x->dead)
                continue;
            x->pub.index = s->pub.nsyms;
            s->pub.syms[s->pub.nsyms++] = &x->pub;
            scope_tab_insert(b, s, x);
        }
        s->pub.children = (Scope **)s->kids;
        s->pub.nchildren = s->nkids;
    }
}

bool
scope_analyze(Node *module, Arena *a, Interner *in, Diag *d)
{
    ScopeBuilder b;
    memset(&b, 0, sizeof b);
    b.a = a;
    b.in = in;
    b.module = scope_push(&b, SCOPE_MODULE, "<module>", module);
    scope_stmts(&b, module->u.Module.body);
    scope_merge_comprehensions(&b);
    scope_resolve_all(&b);
    scope_finish(&b);
    if (b.nerrs > 1)
        qsort(b.errs, (size_t)b.nerrs, sizeof(ScopeError *), scope_error_cmp);
    for (int i = 0; i < b.nerrs; i++)
        diag_error(d, b.errs[i]->loc, "%s", b.errs[i]->msg);
    return b.nerrs == 0;
}

/* ---- queries ---- */

Symbol *
scope_lookup(const Scope *s, const char *name)
{
    SymX *x = s ? scope_find((const ScopeX *)s, name) : NULL;
    return x ? &x->pub : NULL;
}

Symbol *
scope_resolve(const Scope *s, const char *name, const Scope **owner)
{
    const Scope *root = s;
    while (root && root->parent)
        root = root->parent;
    for (const Scope *c = s; c; c = c->parent) {
        Symbol *sym = scope_lookup(c, name);
        if (sym) {
            if (owner) {
                if (sym->kind == SYM_GLOBAL_EXPLICIT ||
                    sym->kind == SYM_GLOBAL_IMPLICIT) {
                    *owner = root;
                }
                else if (sym->kind == SYM_FREE) {
                    /* Storage is the cell in the nearest scope holding
                     * the name as a local or cell. */
                    const Scope *o = c->parent;
                    for (; o; o = o->parent) {
                        Symbol *t = scope_lookup(o, name);
                        if (t && (t->kind == SYM_CELL || t->kind == SYM_LOCAL))
                            break;
                    }
                    *owner = o;
                }
                else {
                    *owner = c;
                }
            }
            return sym;
        }
        /* Only an inlined comprehension looks outward for names it does
         * not mention; any other scope mentions every name it uses. */
        if (c->kind != SCOPE_COMPREHENSION)
            break;
    }
    if (owner)
        *owner = NULL;
    return NULL;
}

/* ---- dump ---- */

static const char *
scope_kind_name(ScopeKind k)
{
    switch (k) {
    case SCOPE_MODULE:
        return "module";
    case SCOPE_FUNCTION:
        return "function";
    case SCOPE_LAMBDA:
        return "lambda";
    case SCOPE_COMPREHENSION:
        return "comprehension";
    }
    return "?";
}

static const char *
scope_sym_kind_name(SymKind k)
{
    switch (k) {
    case SYM_LOCAL:
        return "local";
    case SYM_GLOBAL_EXPLICIT:
        return "global-explicit";
    case SYM_GLOBAL_IMPLICIT:
        return "global";
    case SYM_FREE:
        return "free";
    case SYM_CELL:
        return "cell";
    }
    return "?";
}

/* One line per scope ("scope NAME KIND qualname=Q"), then one line per
 * symbol ("KIND NAME: FLAGS"), then the child scopes, each level indented
 * two more spaces. */
static void
scope_dump_scope(const Scope *s, StrBuf *out, int depth)
{
    static const struct {
        int flag;
        const char *name;
    } flags[] = { { SYMF_PARAM, "param" },
                  { SYMF_ASSIGNED, "assigned" },
                  { SYMF_USED, "used" },
                  { SYMF_DELETED, "deleted" },
                  { SYMF_ANNOTATED, "annotated" } };
    sb_printf(
      out, "%*sscope %s %s", depth * 2, "", s->name, scope_kind_name(s->kind));
    if (s->kind != SCOPE_MODULE)
        sb_printf(out, " qualname=%s", s->qualname);
    sb_putc(out, '\n');
    for (int i = 0; i < s->nsyms; i++) {
        const Symbol *sym = s->syms[i];
        sb_printf(out,
                  "%*s%s %s",
                  depth * 2 + 2,
                  "",
                  scope_sym_kind_name(sym->kind),
                  sym->name);
        const char *sep = ": ";
        for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++) {
            if (sym->flags & flags[k].flag) {
                sb_printf(out, "%s%s", sep, flags[k].name);
                sep = " ";
            }
        }
        sb_putc(out, '\n');
    }
    for (int i = 0; i < s->nchildren; i++)
        scope_dump_scope(s->children[i], out, depth + 1);
}

void
scope_dump(const Node *module, StrBuf *out)
{
    if (module && module->scope)
        scope_dump_scope(module->scope, out, 0);
}
