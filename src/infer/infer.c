/*
 * infer.c: flow-insensitive rep inference with clone selection (infer.h).
 *
 * The fixpoint: every clone starts with all locals and its return at
 * BOTTOM; each round recomputes local reps from the bindings in the body
 * (joins only move up: BOTTOM -> DYN -> TV/FV/BOOL -> OBJ), return reps
 * from the return statements, and adds a clone for each new all-positional
 * call signature seen at a direct call site. It stops when a round changes
 * nothing.
 *
 * DYN is a value of unknown type: a container item, an attribute, an
 * unknown call's result, an unpacked or iterated item. A local bound only
 * to such values takes its type from its uses: one that meets predicted
 * ints in arithmetic or comparisons (k + 1, k = n where n is an int,
 * range(k)) and never predicted floats becomes a predicted int, and the
 * other way round; the tagged words hold any object, so a wrong guess
 * costs only slow paths. When that first phase settles, the second
 * ("settle") makes the DYN values that met no number objects and runs
 * the fixpoint again. Leftover BOTTOMs become OBJ.
 *
 * Element hints say what the items of a list, tuple or dict held by a
 * local (and the items of those items: a matrix's rows) were seen to be:
 * [0.0] * n, row.append(x) with x a predicted float, m.append(row),
 * d[k] += 1, arguments at direct calls, returned values. An item read
 * from a container whose hints are all ints (all floats) is a predicted
 * int (float). They are guesses only: nothing stops other code storing
 * anything in the container, and the tagged words hold whatever is read.
 */
#include "infer.h"

#include <string.h>

/* Internal to this file: never returned by infer_expr_rep. */
#define REP_DYN ((IrRep)64)
#define INFER_EV_INT 1
#define INFER_EV_FLOAT 2
/* Element hints: three bits for the items, three for the items' items. */
#define INFER_EL_INT 1
#define INFER_EL_FLOAT 2
#define INFER_EL_OTHER 4
#define INFER_EL_MASK 7
#define INFER_EL_SHIFT 3
#define INFER_EL_MAPPING 64 /* a dict: the hints are of its values */

static IrRep infer_rep(Infer *I,
                       InferDef *d,
                       InferClone *c,
                       const Scope *s,
                       Node *e);
static unsigned infer_elem(Infer *I,
                           InferDef *d,
                           InferClone *c,
                           const Scope *s,
                           Node *e);

static IrRep
infer_join(IrRep a, IrRep b)
{
    if (a == REP_BOTTOM)
        return b;
    if (b == REP_BOTTOM)
        return a;
    if (a == b)
        return a;
    /* An unknown meeting a predicted number: the tagged word holds both. */
    if (a == REP_DYN && (b == REP_TV || b == REP_FV))
        return b;
    if (b == REP_DYN && (a == REP_TV || a == REP_FV))
        return a;
    return REP_OBJ;
}

const char *
infer_type_name(IrRep r)
{
    switch (r) {
    case REP_TV:
        return "int";
    case REP_FV:
        return "float";
    case REP_BOOL:
        return "bool";
    default:
        return "obj";
    }
}

/* ---- collecting defs and layouts ---- */

typedef struct Collect {
    Infer *I;
    const Scope *scope;   /* innermost scope being walked */
    PtrMap globals_bound; /* name -> how many bindings */
} Collect;

static void
infer_layout_add(Arena *a, FnLayout *L, const Scope *s)
{
    const Scope **ns = arena_alloc(a, sizeof(*ns) * (size_t)(L->nscopes + 1));
    int *no = arena_alloc(a, sizeof(int) * (size_t)(L->nscopes + 1));
    if (L->nscopes) {
        memcpy(ns, L->scopes, sizeof(*ns) * (size_t)L->nscopes);
        memcpy(no, L->offsets, sizeof(int) * (size_t)L->nscopes);
    }
    ns[L->nscopes] = s;
    no[L->nscopes] = L->total;
    L->scopes = ns;
    L->offsets = no;
    L->nscopes++;
    L->total += s->nsyms;
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->kind == SCOPE_COMPREHENSION)
            infer_layout_add(a, L, s->children[i]);
}

int
infer_slot(const FnLayout *L, const Scope *s, const Symbol *sym)
{
    if (!sym || sym->kind != SYM_LOCAL || s->kind == SCOPE_MODULE)
        return -1;
    for (int i = 0; i < L->nscopes; i++)
        if (L->scopes[i] == s)
            return L->offsets[i] + sym->index;
    return -1;
}

static void
infer_count_binding(Collect *C, const char *name)
{
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(C->scope, name, &owner);
    bool global = C->scope->kind == SCOPE_MODULE ||
                  (sym && (sym->kind == SYM_GLOBAL_EXPLICIT ||
                           sym->kind == SYM_GLOBAL_IMPLICIT)) ||
                  (owner && owner->kind == SCOPE_MODULE);
    if (!global)
        return;
    ptrmap_put(
      &C->globals_bound, name, ptrmap_get(&C->globals_bound, name, 0) + 1);
}

static void infer_collect(Node *n, void *ctx);

static void
infer_new_def(Collect *C, Node *n)
{
    Infer *I = C->I;
    InferDef *d = arena_alloc(I->arena, sizeof *d);
    d->node = n;
    d->scope = n->scope;
    d->ir_def = -1;
    if (n->scope)
        infer_layout_add(I->arena, &d->layout, n->scope);
    Node *args = n->kind == AST_FunctionDef ? n->u.FunctionDef.args
                 : n->kind == AST_Lambda    ? n->u.Lambda.args
                                            : NULL;
    if (args) {
        AstArguments *a = &args->u.Arguments;
        d->npos = a->posonlyargs.len + a->args.len;
        d->simple = !a->vararg && !a->kwarg && a->kwonlyargs.len == 0;
    }
    d->pelem = arena_alloc(I->arena, (size_t)d->npos + 1);
    vec_push(&I->defs, d);
}

static void
infer_collect(Node *n, void *ctx)
{
    Collect *C = ctx;
    const Scope *saved = C->scope;
    switch (n->kind) {
    case AST_FunctionDef:
        infer_count_binding(C, n->u.FunctionDef.name);
        /* decorators, defaults and annotations belong to the outer scope;
         * counting is all we do here, so walking them with the inner scope
         * would only matter for walrus bindings there, which we ignore. */
        infer_new_def(C, n);
        C->scope = n->scope;
        break;
    case AST_Lambda:
        infer_new_def(C, n);
        C->scope = n->scope;
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp:
        if (n->scope)
            C->scope = n->scope;
        break;
    case AST_Name:
        if (n->u.Name.ctx != CTX_LOAD)
            infer_count_binding(C, n->u.Name.id);
        break;
    case AST_Alias: {
        /* import a.b binds a; import a.b as c binds c */
        const char *bound = n->u.Alias.asname;
        if (!bound) {
            const char *dot = strchr(n->u.Alias.name, '.');
            bound = dot ? intern(C->I->in,
                                 n->u.Alias.name,
                                 (size_t)(dot - n->u.Alias.name))
                        : n->u.Alias.name;
        }
        infer_count_binding(C, bound);
        break;
    }
    case AST_ExceptHandler:
        if (n->u.ExceptHandler.name)
            infer_count_binding(C, n->u.ExceptHandler.name);
        break;
    default:
        break;
    }
    ast_visit_children(n, infer_collect, C);
    C->scope = saved;
}

static int
infer_bind_count(Collect *C, const char *name)
{
    return ptrmap_get(&C->globals_bound, name, 0);
}

/* ---- module loops ----
 *
 * A loop in the module body works on globals: every read and store is a
 * dict operation, so scripts that keep their loops at module level ran no
 * faster compiled than interpreted. A loop whose body cannot run Python
 * code as long as its globals hold ints, floats, bools, strs, complexes,
 * None or tuples of those (assignments to names, arithmetic, comparisons,
 * f-strings, if/while/for over range(), and the builtins abs, min, max,
 * len, int, float, str) keeps those globals in registers while it runs:
 * irbuild loads them after a guard that checks those types (and that the
 * called builtins are the real ones), and stores them back when the loop
 * ends or raises. Nothing else can look at the module's dict in between,
 * since no Python code runs (a signal handler run by the periodic loop
 * check is the exception: see docs/language-support.md). Here: which loops
 * qualify and which names they touch. */

typedef struct PromoWalk {
    Infer *I;
    bool ok;
    Vec(const char *) names;
    Vec(unsigned char) flags;
    Vec(signed char) callee;
    Vec(Node *) nodes; /* Name nodes to type as predicted ints */
    /* Walking the body of a module function the loop calls: its scope
     * (its own names are locals), and the functions already walked. */
    const Scope *fscope;
    Vec(InferDef *) fdefs;
} PromoWalk;

static void promo_stmts(PromoWalk *W, NodeList *l);

InferDef *
infer_direct_def(Infer *I, const char *name)
{
    for (int i = 1; i < I->defs.len; i++) {
        InferDef *x = I->defs.items[i];
        if (x->direct && x->node->kind == AST_FunctionDef &&
            x->node->u.FunctionDef.name == name)
            return x;
    }
    return NULL;
}

/* Is id a local (or parameter) of the function being walked? */
static bool
promo_local(PromoWalk *W, const char *id)
{
    if (!W->fscope)
        return false;
    Symbol *sym = scope_lookup(W->fscope, id);
    return sym && sym->kind == SYM_LOCAL;
}

/* A module function a loop may call as it runs no Python code: a direct,
 * simple def whose body passes the same walk as the loop's, its own
 * names being locals (no `global`, no closures), so what it reads of
 * the module's globals is guarded with the loop's (INFER_PROMO_FNREAD)
 * and it stores none. Functions it calls are walked once (recursion is
 * fine). */
static bool
promo_def_ok(PromoWalk *W, const char *id)
{
    InferDef *t = infer_direct_def(W->I, id);
    if (!t || !t->simple || t->node->u.FunctionDef.is_async ||
        t->node->u.FunctionDef.decorators.len)
        return false;
    for (int i = 0; i < W->fdefs.len; i++)
        if (W->fdefs.items[i] == t)
            return true;
    for (int j = 0; j < t->scope->nsyms; j++)
        if (t->scope->syms[j]->kind != SYM_LOCAL &&
            t->scope->syms[j]->kind != SYM_GLOBAL_IMPLICIT)
            return false;
    /* defaults: constants (the guard checks __defaults__ is still plain) */
    NodeList *dl = &t->node->u.FunctionDef.args->u.Arguments.defaults;
    for (int i = 0; i < dl->len; i++)
        if (dl->items[i]->kind != AST_Constant)
            return false;
    vec_push(&W->fdefs, t);
    const Scope *saved = W->fscope;
    W->fscope = t->scope;
    promo_stmts(W, &t->node->u.FunctionDef.body);
    W->fscope = saved;
    return W->ok;
}

static int
promo_builtin_index(const char *id)
{
    static const char *const fast[] = { "min", "max",   "abs", "str",
                                        "int", "float", "len" };
    for (int i = 0; i < 7; i++)
        if (strcmp(id, fast[i]) == 0)
            return i;
    return strcmp(id, "range") == 0 ? 7 : -1;
}

/* Methods of str, bytes, list, tuple and dict that run no Python code
 * when their receiver and arguments are plain values (not encode/decode,
 * which may import a codec; not sort, whose key= is code). */
static bool
promo_method(const char *m)
{
    static const char *const names[] = {
        "append",  "extend",  "insert",     "pop",      "remove", "index",
        "count",   "get",     "setdefault", "keys",     "values", "items",
        "find",    "rfind",   "startswith", "endswith", "upper",  "lower",
        "strip",   "lstrip",  "rstrip",     "split",    "join",   "replace",
        "isdigit", "isalpha", "isspace",    "copy",     "clear",  "reverse",
        NULL
    };
    for (int i = 0; names[i]; i++)
        if (strcmp(m, names[i]) == 0)
            return true;
    return false;
}

static void
promo_name(PromoWalk *W, const char *id, int flag, int callee)
{
    int i = 0;
    while (i < W->names.len && W->names.items[i] != id)
        i++;
    if (i == W->names.len) {
        vec_push(&W->names, id);
        vec_push(&W->flags, 0);
        vec_push(&W->callee, (signed char)callee);
    }
    W->flags.items[i] |= (unsigned char)flag;
    if (callee >= 0 && W->callee.items[i] != callee)
        W->ok = false;
    /* A callee that is also read or stored is not a builtin call. */
    if ((W->flags.items[i] & INFER_PROMO_CALL) &&
        (W->flags.items[i] & (INFER_PROMO_READ | INFER_PROMO_WRITE)))
        W->ok = false;
}

static void promo_stmts(PromoWalk *W, NodeList *l);

static void promo_expr(PromoWalk *W, Node *e);

/* Items of a tuple display or arguments of a call: no `*x`. */
static void
promo_items(PromoWalk *W, NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (l->items[i]->kind == AST_Starred)
            W->ok = false;
        promo_expr(W, l->items[i]);
    }
}

static void
promo_expr(PromoWalk *W, Node *e)
{
    if (!W->ok || !e)
        return;
    switch (e->kind) {
    case AST_Constant:
        return;
    case AST_Name:
        if (W->fscope) {
            if (!promo_local(W, e->u.Name.id))
                promo_name(
                  W, e->u.Name.id, INFER_PROMO_READ | INFER_PROMO_FNREAD, -1);
            return;
        }
        promo_name(W, e->u.Name.id, INFER_PROMO_READ, -1);
        vec_push(&W->nodes, e);
        return;
    case AST_BinOp:
        promo_expr(W, e->u.BinOp.left);
        promo_expr(W, e->u.BinOp.right);
        return;
    case AST_UnaryOp:
        promo_expr(W, e->u.UnaryOp.operand);
        return;
    case AST_BoolOp:
        for (int i = 0; i < e->u.BoolOp.values.len; i++)
            promo_expr(W, e->u.BoolOp.values.items[i]);
        return;
    case AST_Compare:
        promo_expr(W, e->u.Compare.left);
        for (int i = 0; i < e->u.Compare.comparators.len; i++)
            promo_expr(W, e->u.Compare.comparators.items[i]);
        return;
    case AST_IfExp:
        promo_expr(W, e->u.IfExp.test);
        promo_expr(W, e->u.IfExp.body);
        promo_expr(W, e->u.IfExp.orelse);
        return;
    case AST_Tuple:
        promo_items(W, &e->u.Tuple.elts);
        return;
    case AST_JoinedStr:
        for (int i = 0; i < e->u.JoinedStr.values.len; i++)
            promo_expr(W, e->u.JoinedStr.values.items[i]);
        return;
    case AST_FormattedValue:
        promo_expr(W, e->u.FormattedValue.value);
        promo_expr(W, e->u.FormattedValue.format_spec);
        return;
    case AST_Subscript:
        /* xs[i], xs[a:b], d[k]: of plain containers, plain values */
        promo_expr(W, e->u.Subscript.value);
        promo_expr(W, e->u.Subscript.slice);
        return;
    case AST_Slice:
        promo_expr(W, e->u.Slice.lower);
        promo_expr(W, e->u.Slice.upper);
        promo_expr(W, e->u.Slice.step);
        return;
    case AST_Call: {
        Node *f = e->u.Call.func;
        if (f->kind == AST_Attribute && promo_method(f->u.Attribute.attr) &&
            !e->u.Call.keywords.len) {
            /* a method of a plain value (str, list, dict...): C code */
            promo_expr(W, f->u.Attribute.value);
            promo_items(W, &e->u.Call.args);
            return;
        }
        int k = f->kind == AST_Name ? promo_builtin_index(f->u.Name.id) : -1;
        if (f->kind == AST_Name && !promo_local(W, f->u.Name.id) &&
            promo_def_ok(W, f->u.Name.id)) {
            /* a module function that runs no Python code either */
            promo_name(W, f->u.Name.id, INFER_PROMO_CALL, PROMO_CALLEE_DEF);
            promo_items(W, &e->u.Call.args);
            for (int i = 0; i < e->u.Call.keywords.len; i++) {
                if (!e->u.Call.keywords.items[i]->u.Keyword.arg)
                    W->ok = false;
                promo_expr(W, e->u.Call.keywords.items[i]->u.Keyword.value);
            }
            return;
        }
        if (k < 0 || k == 7 || e->u.Call.keywords.len ||
            promo_local(W, f->u.Name.id) ||
            !infer_is_builtin(W->I, W->I->modscope, f->u.Name.id)) {
            W->ok = false;
            return;
        }
        promo_name(W, f->u.Name.id, INFER_PROMO_CALL, k);
        promo_items(W, &e->u.Call.args);
        return;
    }
    default:
        W->ok = false;
        return;
    }
}

static void
promo_target(PromoWalk *W, Node *t)
{
    if (!W->ok)
        return;
    if (t->kind == AST_Name) {
        if (W->fscope)
            return; /* a local of the function walked */
        promo_name(W, t->u.Name.id, INFER_PROMO_WRITE, -1);
        vec_push(&W->nodes, t);
    }
    else if (t->kind == AST_Tuple || t->kind == AST_List) {
        NodeList *l =
          t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        for (int i = 0; i < l->len; i++)
            promo_target(W, l->items[i]);
    }
    else if (t->kind == AST_Subscript) {
        /* xs[i] = v into a plain container: a plain key hashes and
         * compares in C, and the item replaced is plain */
        promo_expr(W, t->u.Subscript.value);
        promo_expr(W, t->u.Subscript.slice);
    }
    else
        W->ok = false;
}

static void
promo_stmt(PromoWalk *W, Node *s)
{
    if (!W->ok)
        return;
    switch (s->kind) {
    case AST_Assign:
        promo_expr(W, s->u.Assign.value);
        for (int i = 0; i < s->u.Assign.targets.len; i++)
            promo_target(W, s->u.Assign.targets.items[i]);
        return;
    case AST_AugAssign:
        if (s->u.AugAssign.target->kind == AST_Subscript) {
            promo_expr(W, s->u.AugAssign.value);
            promo_target(W, s->u.AugAssign.target);
            return;
        }
        if (s->u.AugAssign.target->kind != AST_Name) {
            W->ok = false;
            return;
        }
        if (W->fscope) {
            promo_expr(W, s->u.AugAssign.value);
            return;
        }
        promo_expr(W, s->u.AugAssign.value);
        promo_name(W,
                   s->u.AugAssign.target->u.Name.id,
                   INFER_PROMO_READ | INFER_PROMO_WRITE,
                   -1);
        vec_push(&W->nodes, s->u.AugAssign.target);
        return;
    case AST_For: {
        Node *it = s->u.For.iter;
        bool range = it->kind == AST_Call &&
                     it->u.Call.func->kind == AST_Name &&
                     it->u.Call.func->u.Name.id == W->I->s_range;
        if (!s->u.For.is_async && !range) {
            /* for x in xs: iterating a plain value (a str, a container of
             * plain values) runs no code and gives plain values */
            promo_expr(W, it);
            promo_target(W, s->u.For.target);
            promo_stmts(W, &s->u.For.body);
            promo_stmts(W, &s->u.For.orelse);
            return;
        }
        if (s->u.For.is_async || it->kind != AST_Call ||
            it->u.Call.func->kind != AST_Name ||
            it->u.Call.func->u.Name.id != W->I->s_range ||
            promo_local(W, W->I->s_range) || it->u.Call.keywords.len ||
            it->u.Call.args.len < 1 || it->u.Call.args.len > 3 ||
            !infer_is_builtin(W->I, W->I->modscope, W->I->s_range)) {
            W->ok = false;
            return;
        }
        promo_name(W, W->I->s_range, INFER_PROMO_CALL, 7);
        promo_items(W, &it->u.Call.args);
        promo_target(W, s->u.For.target);
        promo_stmts(W, &s->u.For.body);
        promo_stmts(W, &s->u.For.orelse);
        return;
    }
    case AST_While:
        promo_expr(W, s->u.While.test);
        promo_stmts(W, &s->u.While.body);
        promo_stmts(W, &s->u.While.orelse);
        return;
    case AST_If:
        promo_expr(W, s->u.If.test);
        promo_stmts(W, &s->u.If.body);
        promo_stmts(W, &s->u.If.orelse);
        return;
    case AST_ExprStmt:
        promo_expr(W, s->u.ExprStmt.value);
        return;
    case AST_Break:
    case AST_Continue:
    case AST_Pass:
        return;
    case AST_Return:
        if (!W->fscope)
            W->ok = false;
        promo_expr(W, s->u.Return.value);
        return;
    default:
        W->ok = false;
        return;
    }
}

static void
promo_stmts(PromoWalk *W, NodeList *l)
{
    for (int i = 0; i < l->len && W->ok; i++)
        promo_stmt(W, l->items[i]);
}

/* Which promoted names hold floats: those the loop stores a float into
 * (a float literal, a true division, float(...), or arithmetic on such a
 * value or on a float name), and those it only reads that are module
 * constants bound to a float. A wrong guess costs speed only: a predicted
 * float register holds any object. */
static int
promo_index(const PromoWalk *W, const char *id)
{
    for (int i = 0; i < W->names.len; i++)
        if (W->names.items[i] == id)
            return i;
    return -1;
}

static bool
promo_floaty(const PromoWalk *W, Node *e)
{
    if (!e)
        return false;
    switch (e->kind) {
    case AST_Constant:
        return e->u.Constant.ckind == CONST_FLOAT;
    case AST_Name: {
        int i = promo_index(W, e->u.Name.id);
        if (i >= 0 && (W->flags.items[i] & INFER_PROMO_FLOAT))
            return true;
        int k = ptrmap_get(&W->I->const_index, e->u.Name.id, -1);
        return k >= 0 && W->I->const_reps[k] == REP_FV;
    }
    case AST_BinOp:
        return e->u.BinOp.op == OP_DIV || promo_floaty(W, e->u.BinOp.left) ||
               promo_floaty(W, e->u.BinOp.right);
    case AST_UnaryOp:
        return e->u.UnaryOp.op != UOP_NOT &&
               promo_floaty(W, e->u.UnaryOp.operand);
    case AST_IfExp:
        return promo_floaty(W, e->u.IfExp.body) ||
               promo_floaty(W, e->u.IfExp.orelse);
    case AST_Call: {
        Node *f = e->u.Call.func;
        if (f->kind != AST_Name)
            return false;
        if (strcmp(f->u.Name.id, "float") == 0)
            return true;
        if (strcmp(f->u.Name.id, "abs") == 0 ||
            strcmp(f->u.Name.id, "min") == 0 ||
            strcmp(f->u.Name.id, "max") == 0)
            for (int i = 0; i < e->u.Call.args.len; i++)
                if (promo_floaty(W, e->u.Call.args.items[i]))
                    return true;
        return false;
    }
    default:
        return false;
    }
}

static bool
promo_mark_float(PromoWalk *W, Node *t, Node *v)
{
    if (t->kind == AST_Name) {
        int i = promo_index(W, t->u.Name.id);
        if (i >= 0 && !(W->flags.items[i] & INFER_PROMO_FLOAT) &&
            promo_floaty(W, v)) {
            W->flags.items[i] |= INFER_PROMO_FLOAT;
            return true;
        }
        return false;
    }
    bool changed = false;
    if ((t->kind == AST_Tuple || t->kind == AST_List) &&
        v->kind == AST_Tuple) {
        NodeList *tl =
          t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        if (tl->len == v->u.Tuple.elts.len)
            for (int i = 0; i < tl->len; i++)
                changed |=
                  promo_mark_float(W, tl->items[i], v->u.Tuple.elts.items[i]);
    }
    return changed;
}

static bool
promo_float_stmts(PromoWalk *W, NodeList *l)
{
    bool changed = false;
    for (int i = 0; i < l->len; i++) {
        Node *s = l->items[i];
        switch (s->kind) {
        case AST_Assign:
            for (int k = 0; k < s->u.Assign.targets.len; k++)
                changed |= promo_mark_float(
                  W, s->u.Assign.targets.items[k], s->u.Assign.value);
            break;
        case AST_AugAssign:
            changed |=
              promo_mark_float(W, s->u.AugAssign.target, s->u.AugAssign.value);
            break;
        case AST_For:
            changed |= promo_float_stmts(W, &s->u.For.body);
            changed |= promo_float_stmts(W, &s->u.For.orelse);
            break;
        case AST_While:
            changed |= promo_float_stmts(W, &s->u.While.body);
            changed |= promo_float_stmts(W, &s->u.While.orelse);
            break;
        case AST_If:
            changed |= promo_float_stmts(W, &s->u.If.body);
            changed |= promo_float_stmts(W, &s->u.If.orelse);
            break;
        default:
            break;
        }
    }
    return changed;
}

/* Decides for one loop of the module body; records the plan. */
static bool
promo_try_loop(Infer *I, Node *loop)
{
    PromoWalk W;
    memset(&W, 0, sizeof W);
    W.I = I;
    W.ok = true;
    promo_stmt(&W, loop);
    int nvars = 0;
    for (int i = 0; i < W.names.len; i++)
        nvars += !(W.flags.items[i] & INFER_PROMO_CALL);
    bool ok = W.ok && nvars > 0;
    /* what a called function reads of the globals is in the dict: the
     * loop must not keep a newer value in a register */
    for (int i = 0; ok && i < W.names.len; i++)
        if ((W.flags.items[i] & INFER_PROMO_FNREAD) &&
            (W.flags.items[i] & INFER_PROMO_WRITE))
            ok = false;
    if (ok) {
        NodeList one = { &loop, 1 };
        for (int i = 0; i < W.names.len; i++) {
            /* read only: a module constant bound to a float */
            int k = ptrmap_get(&I->const_index, W.names.items[i], -1);
            if (!(W.flags.items[i] & (INFER_PROMO_WRITE | INFER_PROMO_CALL)) &&
                k >= 0 && I->const_reps[k] == REP_FV)
                W.flags.items[i] |= INFER_PROMO_FLOAT;
        }
        while (promo_float_stmts(&W, &one))
            ;
        InferPromo p;
        p.n = W.names.len;
        p.names = arena_alloc(I->arena, sizeof(char *) * (size_t)p.n);
        p.flags = arena_alloc(I->arena, (size_t)p.n);
        p.callee = arena_alloc(I->arena, (size_t)p.n);
        memcpy(p.names, W.names.items, sizeof(char *) * (size_t)p.n);
        memcpy(p.flags, W.flags.items, (size_t)p.n);
        memcpy(p.callee, W.callee.items, (size_t)p.n);
        ptrmap_put(&I->promo_loops, loop, I->promos.len);
        vec_push(&I->promos, p);
        for (int i = 0; i < W.nodes.len; i++) {
            int k = promo_index(&W, W.nodes.items[i]->u.Name.id);
            ptrmap_put(&I->promo_nodes,
                       W.nodes.items[i],
                       k >= 0 && (W.flags.items[k] & INFER_PROMO_FLOAT) ? 2
                                                                        : 1);
        }
    }
    vec_free(&W.names);
    vec_free(&W.flags);
    vec_free(&W.callee);
    vec_free(&W.nodes);
    vec_free(&W.fdefs);
    return ok;
}

/* Finds the qualifying loops of the module body (outermost ones; not in
 * function bodies). */
static void
promo_find(Infer *I, NodeList *body)
{
    for (int i = 0; i < body->len; i++) {
        Node *s = body->items[i];
        switch (s->kind) {
        case AST_For:
        case AST_While:
            if (promo_try_loop(I, s))
                break;
            if (s->kind == AST_For) {
                promo_find(I, &s->u.For.body);
                promo_find(I, &s->u.For.orelse);
            }
            else {
                promo_find(I, &s->u.While.body);
                promo_find(I, &s->u.While.orelse);
            }
            break;
        case AST_If:
            promo_find(I, &s->u.If.body);
            promo_find(I, &s->u.If.orelse);
            break;
        case AST_Try:
            promo_find(I, &s->u.Try.body);
            for (int h = 0; h < s->u.Try.handlers.len; h++)
                promo_find(I,
                           &s->u.Try.handlers.items[h]->u.ExceptHandler.body);
            promo_find(I, &s->u.Try.orelse);
            promo_find(I, &s->u.Try.finalbody);
            break;
        case AST_With:
            promo_find(I, &s->u.With.body);
            break;
        default:
            break;
        }
    }
}

const InferPromo *
infer_promo(const Infer *I, const Node *loop)
{
    int k = ptrmap_get(&I->promo_loops, loop, -1);
    return k >= 0 ? &I->promos.items[k] : NULL;
}

/* ---- typing ---- */

InferDef *
infer_def_of(Infer *I, const Node *n)
{
    for (int i = 0; i < I->defs.len; i++)
        if (I->defs.items[i]->node == n)
            return I->defs.items[i];
    return NULL;
}

bool
infer_const_int(Infer *I, const Scope *s, const char *name, int64_t *v)
{
    if (!infer_is_global_name(s, name))
        return false;
    int k = ptrmap_get(&I->const_index, name, -1);
    if (k < 0 || !I->const_known[k])
        return false;
    *v = I->const_ivals[k];
    return true;
}

bool
infer_is_global_name(const Scope *s, const char *name)
{
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(s, name, &owner);
    if (!sym)
        return true;
    if (owner && owner->kind == SCOPE_MODULE)
        return true;
    return sym->kind == SYM_GLOBAL_EXPLICIT ||
           sym->kind == SYM_GLOBAL_IMPLICIT;
}

bool
infer_is_builtin(Infer *I, const Scope *s, const char *name)
{
    if (!infer_is_global_name(s, name))
        return false;
    Symbol *ms = scope_lookup(I->modscope, name);
    /* Any binding at module level (or via 'global' in a function) shadows
     * the builtin for the whole module. */
    if (ms && (ms->flags & (SYMF_ASSIGNED | SYMF_DELETED)))
        return false;
    for (int i = 0; i < I->defs.len; i++) {
        const Scope *ds = I->defs.items[i]->scope;
        if (!ds || ds->kind == SCOPE_MODULE)
            continue;
        Symbol *fs = scope_lookup(ds, name);
        if (fs && fs->kind == SYM_GLOBAL_EXPLICIT &&
            (fs->flags & (SYMF_ASSIGNED | SYMF_DELETED)))
            return false;
    }
    return true;
}

static IrRep
infer_local_rep(Infer *I,
                InferDef *d,
                InferClone *c,
                const Scope *s,
                const char *name)
{
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(s, name, &owner);
    if (!sym || !owner)
        return REP_OBJ;
    int slot = infer_slot(&d->layout, owner, sym);
    if (slot < 0)
        return REP_OBJ;
    IrRep r = c->locals[slot];
    if (r != REP_DYN)
        return r;
    switch (c->ev[slot]) {
    case INFER_EV_INT:
        return REP_TV;
    case INFER_EV_FLOAT:
        return REP_FV;
    case 0:
        return I->settle ? REP_OBJ : REP_DYN;
    default:
        return REP_OBJ;
    }
}

/* Number of positional parameters with defaults. */
int
infer_ndefaults(const InferDef *t)
{
    if (t->node->kind != AST_FunctionDef)
        return 0;
    return t->node->u.FunctionDef.args->u.Arguments.defaults.len;
}

/* The rep of parameter i at a direct call: the argument's, or for an
 * argument left out, its default's when that is a number literal (the
 * value is read from __defaults__ at the call, so it may be anything:
 * the tagged words hold it whatever it is). */
/* The argument a direct call to t passes for parameter i: the i-th
 * positional argument or the keyword naming the parameter; NULL when the
 * parameter is left to its default. */
Node *
infer_call_param_arg(const InferDef *t, Node *call, int i)
{
    if (i < call->u.Call.args.len)
        return call->u.Call.args.items[i];
    AstArguments *a = &t->node->u.FunctionDef.args->u.Arguments;
    if (i < a->posonlyargs.len)
        return NULL;
    const char *pn = a->args.items[i - a->posonlyargs.len]->u.Arg.arg;
    for (int k = 0; k < call->u.Call.keywords.len; k++)
        if (call->u.Call.keywords.items[k]->u.Keyword.arg == pn)
            return call->u.Call.keywords.items[k]->u.Keyword.value;
    return NULL;
}

/* Which parameters of t the call supplies, positionally or by keyword:
 * returns how many, and sets bit i of *mask for parameter i; -1 when a
 * keyword is not one of the parameters after the positional arguments
 * (a repeat, **kwargs, a name t does not have or takes positionally
 * only) or a parameter without a default is left out: then the generic
 * call binds, with CPython's errors. Keywords may skip defaulted
 * parameters (f(x, c=1) for def f(a, b=2, c=3)): those get their
 * defaults on the native path (em_callnat). */
int
infer_call_supplied(const InferDef *t, Node *call, uint64_t *mask)
{
    int npos = call->u.Call.args.len, nkw = call->u.Call.keywords.len;
    if (npos + nkw > t->npos || t->npos > 64)
        return -1;
    AstArguments *a = &t->node->u.FunctionDef.args->u.Arguments;
    uint64_t m = npos == 64 ? ~(uint64_t)0 : ((uint64_t)1 << npos) - 1;
    for (int k = 0; k < nkw; k++) {
        const char *kn = call->u.Call.keywords.items[k]->u.Keyword.arg;
        if (!kn)
            return -1;
        int i = npos > a->posonlyargs.len ? npos : a->posonlyargs.len;
        while (i < t->npos &&
               a->args.items[i - a->posonlyargs.len]->u.Arg.arg != kn)
            i++;
        /* unknown, positional-only, given twice or also positionally */
        if (i == t->npos || (m >> i) & 1)
            return -1;
        m |= (uint64_t)1 << i;
    }
    /* every parameter left out has a default */
    for (int i = 0; i < t->npos - infer_ndefaults(t); i++)
        if (!((m >> i) & 1))
            return -1;
    *mask = m;
    return npos + nkw;
}

static IrRep
infer_arg_rep(Infer *I,
              InferDef *d,
              InferClone *c,
              const Scope *s,
              InferDef *t,
              Node *call,
              int i)
{
    IrRep r;
    Node *arg = infer_call_param_arg(t, call, i);
    if (arg)
        r = infer_rep(I, d, c, s, arg);
    else {
        NodeList *dl = &t->node->u.FunctionDef.args->u.Arguments.defaults;
        Node *dv = dl->items[i - (t->npos - dl->len)];
        r = REP_OBJ;
        if (dv->kind == AST_Constant && dv->u.Constant.ckind == CONST_INT)
            r = REP_TV;
        else if (dv->kind == AST_Constant &&
                 dv->u.Constant.ckind == CONST_FLOAT)
            r = REP_FV;
    }
    if (r == REP_DYN) /* may still become a number: wait */
        return I->settle ? REP_OBJ : REP_BOTTOM;
    return (r == REP_TV || r == REP_FV || r == REP_BOTTOM) ? r : REP_OBJ;
}

InferDef *
infer_call_target(Infer *I,
                  InferDef *d,
                  InferClone *c,
                  const Scope *s,
                  Node *call,
                  int *clone_out)
{
    Node *fn = call->u.Call.func;
    if (fn->kind != AST_Name)
        return NULL;
    if (!infer_is_global_name(s, fn->u.Name.id))
        return NULL;
    InferDef *t = infer_direct_def(I, fn->u.Name.id);
    if (!t || !t->simple)
        return NULL;
    uint64_t mask;
    if (infer_call_supplied(t, call, &mask) < 0)
        return NULL;
    IrRep reps[64];
    for (int i = 0; i < t->npos; i++)
        reps[i] = infer_arg_rep(I, d, c, s, t, call, i);
    for (int i = 0; i < call->u.Call.args.len; i++)
        if (call->u.Call.args.items[i]->kind == AST_Starred)
            return NULL;
    /* Prefer the clone whose params equal the argument reps. */
    int best = 0;
    for (int k = 1; k < t->nclones; k++) {
        bool ok = true;
        for (int i = 0; i < t->npos && ok; i++)
            ok = t->clones[k].params[i] == reps[i];
        if (ok) {
            best = k;
            break;
        }
    }
    *clone_out = best;
    return t;
}

/* math functions that return floats for any argument they accept. */
static const char *const infer_math_float[] = {
    "sqrt",     "exp",  "log",     "log2",    "log10", "sin",
    "cos",      "tan",  "asin",    "acos",    "atan",  "atan2",
    "sinh",     "cosh", "tanh",    "hypot",   "fabs",  "pow",
    "copysign", "fmod", "radians", "degrees", "expm1", "log1p",
    "erf",      "erfc", "gamma",   "lgamma",  NULL
};

/* In the order of the AOT_MATH_* codes of runtime/pyaot_rt.h. */
static const char *const infer_math1[] = { "sqrt",  "exp",  "log",  "log2",
                                           "log10", "sin",  "cos",  "tan",
                                           "asin",  "acos", "atan", "sinh",
                                           "cosh",  "tanh", "fabs", NULL };

int
infer_math1_code(const char *f)
{
    for (int i = 0; infer_math1[i]; i++)
        if (strcmp(f, infer_math1[i]) == 0)
            return i;
    return -1;
}

static IrRep infer_hint_rep(unsigned h);

/* Calls of builtins (and math functions) whose results have a known
 * kind: len, int and one-argument round give ints, float and the math
 * functions floats; abs keeps its argument's kind, min and max of
 * arguments of one kind give that kind. The names may be rebound at run
 * time, and a wrong guess only costs speed: the tagged words hold
 * whatever comes back. */
static IrRep
infer_builtin_call_rep(Infer *I,
                       InferDef *d,
                       InferClone *c,
                       const Scope *s,
                       Node *e)
{
    Node *fn = e->u.Call.func;
    NodeList *args = &e->u.Call.args;
    if (e->u.Call.keywords.len)
        return REP_OBJ;
    for (int i = 0; i < args->len; i++)
        if (args->items[i]->kind == AST_Starred)
            return REP_OBJ;
    if (fn->kind == AST_Attribute && fn->u.Attribute.value->kind == AST_Name &&
        strcmp(fn->u.Attribute.value->u.Name.id, "math") == 0 &&
        infer_is_global_name(s, fn->u.Attribute.value->u.Name.id)) {
        for (int i = 0; infer_math_float[i]; i++)
            if (strcmp(fn->u.Attribute.attr, infer_math_float[i]) == 0)
                return REP_FV;
        return REP_DYN;
    }
    /* sqrt(x) after `from math import sqrt`. */
    if (fn->kind == AST_Name && infer_is_global_name(s, fn->u.Name.id) &&
        ptrmap_get(&I->math_names, fn->u.Name.id, 0) > 0)
        return REP_FV;
    /* Methods, imported functions and callables in variables return
     * anything. */
    if (fn->kind != AST_Name || !infer_is_builtin(I, s, fn->u.Name.id))
        return REP_DYN;
    const char *name = fn->u.Name.id;
    int n = args->len;
    if (strcmp(name, "sum") == 0 && n == 1) {
        /* sum(xs) of a list of ints / floats: an int / a float (or the
         * int 0 of an empty list, which a predicted float holds too) */
        unsigned h = infer_elem(I, d, c, s, args->items[0]);
        return h & INFER_EL_MAPPING ? REP_DYN : infer_hint_rep(h);
    }
    if (strcmp(name, "sum") == 0)
        return REP_DYN;
    if (name == I->s_len && n == 1)
        return REP_TV;
    if ((name == I->s_int || strcmp(name, "round") == 0 ||
         strcmp(name, "ord") == 0) &&
        n == 1)
        return REP_TV;
    if (strcmp(name, "float") == 0 && n <= 1)
        return REP_FV;
    if (name == I->s_abs && n == 1) {
        IrRep r = infer_rep(I, d, c, s, args->items[0]);
        return r == REP_TV || r == REP_FV || r == REP_BOTTOM || r == REP_DYN
                 ? r
                 : REP_OBJ;
    }
    if ((strcmp(name, "min") == 0 || strcmp(name, "max") == 0) && n >= 2) {
        IrRep r = REP_BOTTOM;
        for (int i = 0; i < n; i++)
            r = infer_join(r, infer_rep(I, d, c, s, args->items[i]));
        return r == REP_TV || r == REP_FV || r == REP_BOTTOM || r == REP_DYN
                 ? r
                 : REP_OBJ;
    }
    return REP_OBJ;
}

/* The element hint bit of an item of rep r (0: unknown yet). */
static unsigned
infer_item_bit(IrRep r)
{
    return r == REP_TV                       ? INFER_EL_INT
           : r == REP_FV                     ? INFER_EL_FLOAT
           : r == REP_DYN || r == REP_BOTTOM ? 0
                                             : INFER_EL_OTHER;
}

/* The rep predicted for an item of a container with element hints h. */
static IrRep
infer_hint_rep(unsigned h)
{
    h &= INFER_EL_MASK;
    return h == INFER_EL_INT ? REP_TV : h == INFER_EL_FLOAT ? REP_FV : REP_DYN;
}

static int
infer_local_slot(InferDef *d, const Scope *s, const char *name)
{
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(s, name, &owner);
    if (!sym || !owner)
        return -1;
    return infer_slot(&d->layout, owner, sym);
}

/* The element hints of the value of e (see the top of the file). */
static unsigned
infer_elem(Infer *I, InferDef *d, InferClone *c, const Scope *s, Node *e)
{
    switch (e->kind) {
    case AST_Name: {
        int slot = infer_local_slot(d, s, e->u.Name.id);
        return slot >= 0 ? c->elem[slot] : 0;
    }
    case AST_NamedExpr:
        return infer_elem(I, d, c, s, e->u.NamedExpr.value);
    case AST_Constant:
        /* a str's items are strs, a bytes' items ints */
        return e->u.Constant.ckind == CONST_BYTES ? INFER_EL_INT
               : e->u.Constant.ckind == CONST_STR ||
                   e->u.Constant.ckind == CONST_STR_ESCAPED
                 ? INFER_EL_OTHER
                 : 0;
    case AST_List:
    case AST_Tuple:
    case AST_Set: {
        NodeList *l = e->kind == AST_List    ? &e->u.List.elts
                      : e->kind == AST_Tuple ? &e->u.Tuple.elts
                                             : &e->u.Set.elts;
        unsigned h = 0;
        for (int i = 0; i < l->len; i++) {
            Node *x = l->items[i];
            if (x->kind == AST_Starred)
                h |= infer_elem(I, d, c, s, x->u.Starred.value);
            else
                h |= infer_item_bit(infer_rep(I, d, c, s, x)) |
                     (infer_elem(I, d, c, s, x) & INFER_EL_MASK)
                       << INFER_EL_SHIFT;
        }
        return h;
    }
    case AST_Dict: {
        unsigned h = 0;
        for (int i = 0; i < e->u.Dict.values.len; i++) {
            Node *v = e->u.Dict.values.items[i];
            Node *k = e->u.Dict.keys.items[i];
            if (!k) /* {**m} */
                h |= infer_elem(I, d, c, s, v);
            else
                h |= infer_item_bit(infer_rep(I, d, c, s, v)) |
                     (infer_elem(I, d, c, s, v) & INFER_EL_MASK)
                       << INFER_EL_SHIFT;
        }
        return h | INFER_EL_MAPPING;
    }
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp: {
        Node *x = e->kind == AST_ListComp  ? e->u.ListComp.elt
                  : e->kind == AST_SetComp ? e->u.SetComp.elt
                                           : e->u.DictComp.value;
        const Scope *cs = e->scope ? e->scope : s;
        return infer_item_bit(infer_rep(I, d, c, cs, x)) |
               (infer_elem(I, d, c, cs, x) & INFER_EL_MASK) << INFER_EL_SHIFT |
               (e->kind == AST_DictComp ? INFER_EL_MAPPING : 0);
    }
    case AST_BinOp: {
        /* [0.0] * n, n * [0], xs + ys */
        int op = e->u.BinOp.op;
        Node *l = e->u.BinOp.left, *r = e->u.BinOp.right;
        if (op == OP_MULT)
            return (l->kind == AST_List || l->kind == AST_Tuple)
                     ? infer_elem(I, d, c, s, l)
                   : (r->kind == AST_List || r->kind == AST_Tuple)
                     ? infer_elem(I, d, c, s, r)
                     : 0;
        if (op == OP_ADD)
            return infer_elem(I, d, c, s, l) | infer_elem(I, d, c, s, r);
        return 0;
    }
    case AST_Subscript:
        if (e->u.Subscript.slice->kind == AST_Slice)
            return infer_elem(I, d, c, s, e->u.Subscript.value);
        return (infer_elem(I, d, c, s, e->u.Subscript.value) >>
                INFER_EL_SHIFT) &
               INFER_EL_MASK;
    case AST_Call: {
        int k = 0;
        InferDef *t = infer_call_target(I, d, c, s, e, &k);
        if (t)
            return t->clones[k].ret_elem;
        /* list(xs), sorted(xs), tuple(xs) keep the items */
        Node *fn = e->u.Call.func;
        if (fn->kind == AST_Name && e->u.Call.args.len == 1 &&
            e->u.Call.keywords.len == 0 &&
            (strcmp(fn->u.Name.id, "list") == 0 ||
             strcmp(fn->u.Name.id, "tuple") == 0 ||
             strcmp(fn->u.Name.id, "sorted") == 0) &&
            infer_is_builtin(I, s, fn->u.Name.id))
            return infer_elem(I, d, c, s, e->u.Call.args.items[0]);
        /* range(...) yields ints (list(range(n)), for x in range(n)) */
        if (fn->kind == AST_Name && fn->u.Name.id == I->s_range &&
            e->u.Call.keywords.len == 0 && infer_is_builtin(I, s, I->s_range))
            return INFER_EL_INT;
        return 0;
    }
    default:
        return 0;
    }
}

IrRep
infer_expr_rep(Infer *I, InferDef *d, InferClone *c, const Scope *s, Node *e)
{
    IrRep r = infer_rep(I, d, c, s, e);
    return r == REP_DYN ? REP_OBJ : r;
}

/* The rep of e, or DYN for a value of unknown type. */
static IrRep
infer_rep(Infer *I, InferDef *d, InferClone *c, const Scope *s, Node *e)
{
    switch (e->kind) {
    case AST_Constant:
        switch (e->u.Constant.ckind) {
        case CONST_INT:
            return REP_TV;
        case CONST_FLOAT:
            return REP_FV;
        case CONST_TRUE:
        case CONST_FALSE:
            return REP_BOOL;
        default:
            return REP_OBJ;
        }
    case AST_Name: {
        const char *id = e->u.Name.id;
        if (I->promo_nodes.used) {
            /* a global kept in a register (module loops) */
            int k = ptrmap_get(&I->promo_nodes, e, 0);
            if (k)
                return k == 2 ? REP_FV : REP_TV;
        }
        IrRep r = infer_local_rep(I, d, c, s, id);
        if (r == REP_OBJ && s->kind != SCOPE_MODULE &&
            infer_is_global_name(s, id)) {
            int k = ptrmap_get(&I->const_index, id, -1);
            if (k >= 0)
                return I->const_reps[k];
        }
        return r;
    }
    case AST_NamedExpr:
        return infer_local_rep(I, d, c, s, e->u.NamedExpr.target->u.Name.id);
    case AST_BinOp: {
        Node *l = e->u.BinOp.left, *r = e->u.BinOp.right;
        IrRep lr = infer_rep(I, d, c, s, l);
        IrRep rr = infer_rep(I, d, c, s, r);
        int op = e->u.BinOp.op;
        if (lr == REP_BOTTOM || rr == REP_BOTTOM)
            return REP_BOTTOM;
        if (lr == REP_TV && rr == REP_TV)
            return op == OP_DIV ? REP_FV : op == OP_MATMULT ? REP_OBJ : REP_TV;
        /* Predicted floats, also mixed with predicted ints: the tagged
         * float word holds whatever comes out when a prediction fails. */
        if ((lr == REP_FV || lr == REP_TV) && (rr == REP_FV || rr == REP_TV))
            return (op == OP_ADD || op == OP_SUB || op == OP_MULT ||
                    op == OP_DIV || op == OP_FLOORDIV || op == OP_MOD ||
                    op == OP_POW)
                     ? REP_FV
                     : REP_OBJ;
        /* A float meeting an unknown (a list item, a call's result) most
         * likely makes a float, and true division of anything but two
         * ints does: predicted floats, which hold any object when the
         * guess is wrong. (Not % or //: "%d" % x is string formatting.) */
        if ((lr == REP_FV || rr == REP_FV) &&
            (op == OP_ADD || op == OP_SUB || op == OP_MULT || op == OP_DIV))
            return REP_FV;
        if (op == OP_DIV)
            return REP_FV;
        /* An int meeting a container item (bits[i >> 5] & mask) most
         * likely makes an int: a predicted int, which holds whatever comes
         * out when the guess is wrong. Only items: other unknowns are as
         * often lists ([0] * n), strings or module-level big ints. Not %:
         * "%d" % n formats. */
        bool int_op = op == OP_ADD || op == OP_SUB || op == OP_MULT ||
                      op == OP_FLOORDIV || op == OP_BITAND || op == OP_BITOR ||
                      op == OP_BITXOR || op == OP_LSHIFT || op == OP_RSHIFT;
        if (((lr == REP_TV && r->kind == AST_Subscript) ||
             (rr == REP_TV && l->kind == AST_Subscript)) &&
            int_op)
            return REP_TV;
        /* Other arithmetic gives a value of unknown type (an object
         * operand may well hold a number): the local it is bound to takes
         * its type from its uses. */
        return op == OP_MATMULT ? REP_OBJ : REP_DYN;
    }
    case AST_UnaryOp: {
        if (e->u.UnaryOp.op == UOP_NOT)
            return REP_BOOL;
        IrRep r = infer_rep(I, d, c, s, e->u.UnaryOp.operand);
        if (r == REP_BOTTOM || r == REP_TV || r == REP_DYN)
            return r;
        if (r == REP_FV && e->u.UnaryOp.op != UOP_INVERT)
            return REP_FV;
        return REP_OBJ;
    }
    case AST_Compare: {
        /* Only float comparisons certainly give a bool; an int-predicted
         * word may hold any object whose __lt__ returns anything. */
        if (e->u.Compare.comparators.len != 1)
            return REP_OBJ;
        IrRep lr = infer_rep(I, d, c, s, e->u.Compare.left);
        IrRep rr = infer_rep(I, d, c, s, e->u.Compare.comparators.items[0]);
        int op = e->u.Compare.ops.items[0]->u.CmpOp.op;
        if (lr == REP_BOTTOM || rr == REP_BOTTOM)
            return REP_BOTTOM;
        (void)op;
        return REP_OBJ;
    }
    case AST_BoolOp: {
        IrRep r = REP_BOTTOM;
        for (int i = 0; i < e->u.BoolOp.values.len; i++)
            r = infer_join(r,
                           infer_rep(I, d, c, s, e->u.BoolOp.values.items[i]));
        return r;
    }
    case AST_IfExp:
        return infer_join(infer_rep(I, d, c, s, e->u.IfExp.body),
                          infer_rep(I, d, c, s, e->u.IfExp.orelse));
    case AST_Call: {
        int k = 0;
        InferDef *t = infer_call_target(I, d, c, s, e, &k);
        if (t) {
            /* An argument still unknown in this round: so is the result
             * (else the generic clone's OBJ would stick). */
            for (int i = 0; i < e->u.Call.args.len; i++) {
                IrRep a = infer_rep(I, d, c, s, e->u.Call.args.items[i]);
                if (a == REP_BOTTOM || (a == REP_DYN && !I->settle))
                    return REP_BOTTOM;
            }
            for (int i = 0; i < e->u.Call.keywords.len; i++) {
                IrRep a = infer_rep(
                  I, d, c, s, e->u.Call.keywords.items[i]->u.Keyword.value);
                if (a == REP_BOTTOM || (a == REP_DYN && !I->settle))
                    return REP_BOTTOM;
            }
            IrRep r = t->clones[k].ret;
            if (r == REP_DYN)
                return REP_DYN;
            /* A rebound global makes the call generic: only a tagged word
             * can hold whatever comes back. */
            return r == REP_TV || r == REP_FV || r == REP_BOTTOM ? r : REP_OBJ;
        }
        return infer_builtin_call_rep(I, d, c, s, e);
    }
    case AST_Subscript:
        if (e->u.Subscript.slice->kind == AST_Slice)
            return REP_OBJ;
        return infer_hint_rep(infer_elem(I, d, c, s, e->u.Subscript.value));
    case AST_Attribute:
        return REP_DYN;
    default:
        return REP_OBJ;
    }
}

/* ---- constant folding of ints ---- */

/* CPython's MAX_INT_SIZE (Python/ast_opt.c): no folded product, power or
 * shift beyond this many bits. */
#define FOLD_MAX_BITS 128

static int
fold_bits(int64_t v)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return m ? 64 - __builtin_clzll(m) : 0;
}

/* A literal's value when it fits in 64 bits (decimal, 0x, 0o, 0b; the
 * lowering has dropped the underscores). */
static bool
fold_literal(const char *t, int64_t *out)
{
    int base = 10;
    if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
        base = 16, t += 2;
    else if (t[0] == '0' && (t[1] == 'o' || t[1] == 'O'))
        base = 8, t += 2;
    else if (t[0] == '0' && (t[1] == 'b' || t[1] == 'B'))
        base = 2, t += 2;
    uint64_t v = 0;
    if (!*t)
        return false;
    for (; *t; t++) {
        int d = *t >= '0' && *t <= '9'   ? *t - '0'
                : *t >= 'a' && *t <= 'f' ? *t - 'a' + 10
                : *t >= 'A' && *t <= 'F' ? *t - 'A' + 10
                                         : 99;
        if (*t == '_')
            continue;
        if (d >= base || v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            return false;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (v > INT64_MAX)
        return false;
    *out = (int64_t)v;
    return true;
}

/* Python's floor division and modulo of exact operands (b != 0). */
static bool
fold_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    if (a == INT64_MIN && b == -1)
        return false;
    *q = a / b;
    *r = a % b;
    if (*r != 0 && ((*r < 0) != (b < 0))) {
        *q -= 1;
        *r += b;
    }
    return true;
}

bool
infer_fold_int(const Node *e, InferFold *f)
{
    memset(f, 0, sizeof *f);
    if (e->kind == AST_Constant) {
        if (e->u.Constant.ckind != CONST_INT ||
            !fold_literal(e->u.Constant.value, &f->v))
            return false;
        f->exact = true;
        f->bits = fold_bits(f->v);
        return true;
    }
    if (e->kind == AST_UnaryOp) {
        InferFold a;
        int op = e->u.UnaryOp.op;
        if (op == UOP_NOT || !infer_fold_int(e->u.UnaryOp.operand, &a))
            return false;
        f->op = op == UOP_USUB ? 'n' : op == UOP_UADD ? 'u' : '~';
        f->bits = a.bits + 1;
        if (a.exact && op == UOP_UADD)
            f->exact = true, f->v = a.v;
        else if (a.exact && op == UOP_INVERT)
            f->exact = true, f->v = ~a.v;
        else if (a.exact && a.v != INT64_MIN)
            f->exact = true, f->v = -a.v;
        if (f->exact)
            f->bits = fold_bits(f->v);
        return true;
    }
    if (e->kind != AST_BinOp)
        return false;
    InferFold a, b;
    if (!infer_fold_int(e->u.BinOp.left, &a) ||
        !infer_fold_int(e->u.BinOp.right, &b))
        return false;
    bool a0 = a.exact && a.v == 0, b0 = b.exact && b.v == 0;
    int64_t x = a.v, y = b.v, z = 0, m;
    bool ex = a.exact && b.exact, fits = false;
    switch (e->u.BinOp.op) {
    case OP_ADD:
        f->op = '+';
        f->bits = (a.bits > b.bits ? a.bits : b.bits) + 1;
        fits = ex && !__builtin_add_overflow(x, y, &z);
        break;
    case OP_SUB:
        f->op = '-';
        f->bits = (a.bits > b.bits ? a.bits : b.bits) + 1;
        fits = ex && !__builtin_sub_overflow(x, y, &z);
        break;
    case OP_MULT:
        f->op = '*';
        if (!a0 && !b0 && a.bits + b.bits > FOLD_MAX_BITS)
            return false;
        f->bits = a.bits + b.bits;
        fits = ex && !__builtin_mul_overflow(x, y, &z);
        break;
    case OP_BITAND:
    case OP_BITOR:
    case OP_BITXOR:
        f->op = e->u.BinOp.op == OP_BITAND  ? '&'
                : e->u.BinOp.op == OP_BITOR ? '|'
                                            : '^';
        f->bits = (a.bits > b.bits ? a.bits : b.bits) + 1;
        z = f->op == '&' ? (x & y) : f->op == '|' ? (x | y) : (x ^ y);
        fits = ex;
        break;
    case OP_FLOORDIV:
    case OP_MOD:
        /* A zero divisor raises: left to run time. Only a divisor known
         * exactly is known to be nonzero (-(2**63) % 2 is 0). */
        if (!b.exact || b0)
            return false;
        f->op = e->u.BinOp.op == OP_MOD ? '%' : '/';
        f->bits = (f->op == '%' ? b.bits : a.bits) + 1;
        if (ex && fold_divmod(x, y, &z, &m)) {
            fits = true;
            if (f->op == '%')
                z = m;
        }
        break;
    case OP_LSHIFT:
        if (!b.exact || y < 0)
            return false; /* a negative count raises */
        if (!a0 && y > 0 && (y > FOLD_MAX_BITS || a.bits > FOLD_MAX_BITS - y))
            return false;
        f->op = '<';
        f->bits = a.bits + (int)y;
        if (a0 || (a.exact && y < 63 && a.bits + y < 63)) {
            z = a0 ? 0 : (int64_t)((uint64_t)x << y);
            fits = true;
        }
        break;
    case OP_RSHIFT:
        if (!b.exact || y < 0)
            return false;
        f->op = '>';
        f->bits = a.bits;
        if (a.exact) {
            z = y >= 64 ? (x < 0 ? -1 : 0) : x >> y; /* gcc: arithmetic */
            fits = true;
        }
        break;
    case OP_POW:
        if (!b.exact || y < 0)
            return false; /* a negative exponent makes a float */
        if (!a0 && y > 0 && a.bits > FOLD_MAX_BITS / y)
            return false;
        f->op = 'p';
        f->bits = a.bits * (int)y;
        if (a.exact) {
            int64_t r = 1, base = x;
            int64_t k = y;
            fits = true;
            while (k > 0 && fits) {
                if ((k & 1) && __builtin_mul_overflow(r, base, &r))
                    fits = false;
                k >>= 1;
                if (k > 0 && __builtin_mul_overflow(base, base, &base))
                    fits = false;
            }
            z = r;
        }
        break;
    default:
        return false;
    }
    if (fits) {
        f->exact = true;
        f->v = z;
        f->bits = fold_bits(z);
    }
    return true;
}

/* ---- the fixpoint ---- */

typedef struct Round {
    Infer *I;
    InferDef *d;
    InferClone *c;
    const Scope *scope;
    bool changed;
    IrRep ret;
    bool saw_return;
    unsigned ret_elem;
} Round;

static void
infer_bind(Round *R, const char *name, IrRep rep)
{
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(R->scope, name, &owner);
    if (!sym || !owner)
        return;
    int slot = infer_slot(&R->d->layout, owner, sym);
    if (slot < 0)
        return;
    IrRep old = R->c->locals[slot];
    IrRep nw = infer_join(old, rep);
    if (nw != old) {
        R->c->locals[slot] = nw;
        R->changed = true;
    }
}

/* Local name e meets a value of rep other in arithmetic, a comparison or
 * an assignment: remember a predicted int or float as evidence of e's
 * type (used when e is bound only to values of unknown type). */
static void
infer_evidence(Round *R, Node *e, IrRep other)
{
    unsigned char bit = other == REP_TV   ? INFER_EV_INT
                        : other == REP_FV ? INFER_EV_FLOAT
                                          : 0;
    if (!bit)
        return;
    /* dx = x1 - x2 with dx a float: x1 and x2 are likely floats too */
    if (e->kind == AST_BinOp &&
        (e->u.BinOp.op == OP_ADD || e->u.BinOp.op == OP_SUB ||
         e->u.BinOp.op == OP_MULT)) {
        infer_evidence(R, e->u.BinOp.left, other);
        infer_evidence(R, e->u.BinOp.right, other);
        return;
    }
    if (e->kind == AST_UnaryOp &&
        (e->u.UnaryOp.op == UOP_USUB || e->u.UnaryOp.op == UOP_UADD)) {
        infer_evidence(R, e->u.UnaryOp.operand, other);
        return;
    }
    if (e->kind != AST_Name)
        return;
    const Scope *owner = NULL;
    Symbol *sym = scope_resolve(R->scope, e->u.Name.id, &owner);
    if (!sym || !owner)
        return;
    int slot = infer_slot(&R->d->layout, owner, sym);
    if (slot >= 0 && !(R->c->ev[slot] & bit)) {
        R->c->ev[slot] |= bit;
        R->changed = true;
    }
}

/* Both operands of a binary operation or comparison give evidence of each
 * other's type. */
static void
infer_evidence2(Round *R, Node *a, Node *b)
{
    infer_evidence(R, a, infer_rep(R->I, R->d, R->c, R->scope, b));
    infer_evidence(R, b, infer_rep(R->I, R->d, R->c, R->scope, a));
}

/* Adds element hints h to the local e names, or for e = x[i] with x a
 * local, adds h as hints of x's items' items. */
static void
infer_bind_elem(Round *R, Node *e, unsigned h)
{
    if (e->kind == AST_Subscript && e->u.Subscript.slice->kind != AST_Slice) {
        e = e->u.Subscript.value;
        h = (h & INFER_EL_MASK) << INFER_EL_SHIFT;
    }
    if (!h || e->kind != AST_Name)
        return;
    int slot = infer_local_slot(R->d, R->scope, e->u.Name.id);
    if (slot < 0)
        return;
    unsigned char nw = (unsigned char)(R->c->elem[slot] | h);
    if (nw != R->c->elem[slot]) {
        R->c->elem[slot] = nw;
        R->changed = true;
    }
}

/* The element hints an item of value v adds to its container. */
static unsigned
infer_item_hints(Round *R, Node *v)
{
    return infer_item_bit(infer_rep(R->I, R->d, R->c, R->scope, v)) |
           (infer_elem(R->I, R->d, R->c, R->scope, v) & INFER_EL_MASK)
             << INFER_EL_SHIFT;
}

/* Element hints from t = v: a name takes v's, x[i] = v tells what x
 * holds, x[a:b] = v too. */
static void
infer_assign_elem(Round *R, Node *t, Node *v)
{
    if (t->kind == AST_Name)
        infer_bind_elem(R, t, infer_elem(R->I, R->d, R->c, R->scope, v));
    else if (t->kind == AST_Subscript &&
             t->u.Subscript.slice->kind == AST_Slice)
        infer_bind_elem(
          R, t->u.Subscript.value, infer_elem(R->I, R->d, R->c, R->scope, v));
    else if (t->kind == AST_Subscript)
        infer_bind_elem(R, t->u.Subscript.value, infer_item_hints(R, v));
}

/* The rep predicted for the items of iterable it from its element hints
 * (a dict's hints describe its values, not the keys iterated). */
static IrRep
infer_iter_hint(Round *R, Node *it, unsigned *items)
{
    unsigned h = infer_elem(R->I, R->d, R->c, R->scope, it);
    if (h & INFER_EL_MAPPING)
        h = 0;
    *items = (h >> INFER_EL_SHIFT) & INFER_EL_MASK;
    return infer_hint_rep(h);
}

/* Binds every name in a target; only a plain name gets the value's rep. */
static void
infer_bind_target(Round *R, Node *t, IrRep rep)
{
    switch (t->kind) {
    case AST_Name:
        infer_bind(R, t->u.Name.id, rep);
        break;
    case AST_Tuple:
    case AST_List: {
        NodeList *l =
          t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
        for (int i = 0; i < l->len; i++)
            infer_bind_target(R, l->items[i], REP_DYN);
        break;
    }
    case AST_Starred:
        infer_bind_target(R, t->u.Starred.value, REP_OBJ);
        break;
    default:
        break;
    }
}

int
infer_enum_zip_loop(Infer *I, const Scope *s, Node *it, Node *t)
{
    if (it->kind != AST_Call || it->u.Call.func->kind != AST_Name ||
        it->u.Call.keywords.len != 0 ||
        (t->kind != AST_Tuple && t->kind != AST_List))
        return 0;
    const char *fn = it->u.Call.func->u.Name.id;
    NodeList *args = &it->u.Call.args;
    NodeList *elts = t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
    int kind = fn == I->s_enumerate && args->len >= 1 && args->len <= 2 &&
                   elts->len == 2
                 ? 2
               : fn == I->s_zip && args->len >= 2 && args->len <= 3 &&
                   elts->len == args->len
                 ? 3
                 : 0;
    for (int i = 0; kind && i < args->len; i++)
        if (args->items[i]->kind == AST_Starred)
            kind = 0;
    for (int i = 0; kind && i < elts->len; i++)
        if (elts->items[i]->kind == AST_Starred)
            kind = 0;
    return kind && infer_is_builtin(I, s, fn) ? kind : 0;
}

/* for i, v in enumerate(xs) / for a, b in zip(xs, ys) into names: the
 * count is an int, each other name gets what its sequence's items are
 * predicted to be. Returns whether it was such a loop. */
static bool
infer_bind_enum_zip(Round *R, Node *it, Node *t)
{
    int kind = infer_enum_zip_loop(R->I, R->scope, it, t);
    if (!kind)
        return false;
    NodeList *args = &it->u.Call.args;
    NodeList *elts = t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind != AST_Name)
            return false;
    bool en = kind == 2;
    for (int i = 0; i < elts->len; i++) {
        Node *name = elts->items[i];
        if (en && i == 0) {
            infer_bind(R, name->u.Name.id, REP_TV);
            continue;
        }
        unsigned items = 0;
        IrRep r = infer_iter_hint(R, args->items[en ? 0 : i], &items);
        infer_bind_elem(R, name, items);
        infer_bind(R, name->u.Name.id, r);
    }
    return true;
}

bool
infer_divmod_assign(Infer *I, const Scope *s, Node *t, Node *v)
{
    if ((t->kind != AST_Tuple && t->kind != AST_List) || v->kind != AST_Call)
        return false;
    NodeList *tl = t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
    Node *fn = v->u.Call.func;
    if (tl->len != 2 || tl->items[0]->kind == AST_Starred ||
        tl->items[1]->kind == AST_Starred || fn->kind != AST_Name ||
        strcmp(fn->u.Name.id, "divmod") != 0 || v->u.Call.args.len != 2 ||
        v->u.Call.keywords.len != 0 ||
        v->u.Call.args.items[0]->kind == AST_Starred ||
        v->u.Call.args.items[1]->kind == AST_Starred)
        return false;
    return infer_is_builtin(I, s, fn->u.Name.id);
}

static bool
infer_is_range_call(Infer *I, const Scope *s, Node *it)
{
    return it->kind == AST_Call && it->u.Call.func->kind == AST_Name &&
           it->u.Call.func->u.Name.id == I->s_range &&
           it->u.Call.keywords.len == 0 && it->u.Call.args.len >= 1 &&
           it->u.Call.args.len <= 3 && infer_is_builtin(I, s, I->s_range);
}

/* The rep of every item of a list/tuple display iterated in place, when
 * all items have the same TV/F64 rep (a fresh display holds exactly what
 * it was built from); else OBJ. */
static IrRep
infer_display_item_rep(Round *R, Node *it)
{
    NodeList *l = it->kind == AST_List    ? &it->u.List.elts
                  : it->kind == AST_Tuple ? &it->u.Tuple.elts
                                          : NULL;
    if (!l || l->len == 0)
        return REP_OBJ;
    IrRep r = REP_BOTTOM;
    for (int i = 0; i < l->len; i++) {
        Node *x = l->items[i];
        Node *lit = x;
        if (x->kind == AST_UnaryOp &&
            (x->u.UnaryOp.op == UOP_USUB || x->u.UnaryOp.op == UOP_UADD))
            lit = x->u.UnaryOp.operand; /* -5 is a literal too */
        if (lit->kind != AST_Constant)
            return REP_OBJ;
        r = infer_join(r, infer_rep(R->I, R->d, R->c, R->scope, x));
    }
    return (r == REP_TV || r == REP_FV) ? r : REP_OBJ;
}

static void
infer_add_signature(Round *R, Node *call)
{
    int k = 0;
    InferDef *t = infer_call_target(R->I, R->d, R->c, R->scope, call, &k);
    if (!t || k != 0 || t->nclones >= INFER_MAX_CLONES)
        return;
    IrRep reps[64];
    bool special = false;
    for (int i = 0; i < t->npos; i++) {
        IrRep r = infer_arg_rep(R->I, R->d, R->c, R->scope, t, call, i);
        if (r == REP_BOTTOM)
            return; /* wait until the argument is known */
        reps[i] = r;
        special |= reps[i] != REP_OBJ;
    }
    if (!special)
        return;
    InferClone *nc = &t->clones[t->nclones++];
    nc->params =
      arena_alloc(R->I->arena, sizeof(IrRep) * (size_t)(t->npos + 1));
    memcpy(nc->params, reps, sizeof(IrRep) * (size_t)t->npos);
    nc->locals =
      arena_alloc(R->I->arena, sizeof(IrRep) * (size_t)(t->layout.total + 1));
    nc->ev = arena_alloc(R->I->arena, (size_t)(t->layout.total + 1));
    nc->elem = arena_alloc(R->I->arena, (size_t)(t->layout.total + 1));
    nc->ret = REP_BOTTOM;
    nc->func = -1;
    R->changed = true;
}

/* Element hints from a call: xs.append(x), xs.insert(i, x),
 * xs.extend(ys) on a local; arguments of direct calls for the callee's
 * parameters. */
static void
infer_call_elem(Round *R, Node *call)
{
    Node *fn = call->u.Call.func;
    NodeList *args = &call->u.Call.args;
    if (call->u.Call.keywords.len)
        return;
    if (fn->kind == AST_Attribute) {
        const char *m = fn->u.Attribute.attr;
        Node *o = fn->u.Attribute.value;
        if (strcmp(m, "append") == 0 && args->len == 1)
            infer_bind_elem(R, o, infer_item_hints(R, args->items[0]));
        else if (strcmp(m, "insert") == 0 && args->len == 2)
            infer_bind_elem(R, o, infer_item_hints(R, args->items[1]));
        else if (strcmp(m, "extend") == 0 && args->len == 1)
            infer_bind_elem(
              R, o, infer_elem(R->I, R->d, R->c, R->scope, args->items[0]));
        return;
    }
    int k = 0;
    InferDef *t = infer_call_target(R->I, R->d, R->c, R->scope, call, &k);
    if (!t)
        return;
    for (int i = 0; i < args->len && i < t->npos; i++) {
        unsigned h = infer_elem(R->I, R->d, R->c, R->scope, args->items[i]);
        if ((t->pelem[i] | h) != t->pelem[i]) {
            t->pelem[i] = (unsigned char)(t->pelem[i] | h);
            R->changed = true;
        }
    }
}

static void infer_visit(Node *n, void *ctx);

bool
infer_parallel_assign(Node *t, Node *v)
{
    if ((t->kind != AST_Tuple && t->kind != AST_List) || v->kind != AST_Tuple)
        return false;
    NodeList *tl = t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
    if (tl->len != v->u.Tuple.elts.len || tl->len > 16)
        return false;
    for (int i = 0; i < tl->len; i++)
        if (tl->items[i]->kind == AST_Starred ||
            v->u.Tuple.elts.items[i]->kind == AST_Starred)
            return false;
    return true;
}

static void
infer_visit(Node *n, void *ctx)
{
    Round *R = ctx;
    const Scope *saved = R->scope;
    switch (n->kind) {
    case AST_FunctionDef:
        /* Only the parts evaluated in this scope. */
        for (int i = 0; i < n->u.FunctionDef.decorators.len; i++)
            infer_visit(n->u.FunctionDef.decorators.items[i], R);
        if (n->u.FunctionDef.args)
            ast_visit_children(n->u.FunctionDef.args, infer_visit, R);
        infer_bind(R, n->u.FunctionDef.name, REP_OBJ);
        return;
    case AST_Lambda:
        if (n->u.Lambda.args)
            ast_visit_children(n->u.Lambda.args, infer_visit, R);
        return;
    case AST_Arg:
        return; /* annotations are not evaluated for inference purposes */
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp:
        if (n->scope)
            R->scope = n->scope;
        break;
    case AST_Comprehension: {
        /* The iterable is evaluated in the enclosing scope (the first one)
         * or the comprehension's, the target bound in the latter. */
        Node *it = n->u.Comprehension.iter, *t = n->u.Comprehension.target;
        if (infer_is_range_call(R->I, saved, it))
            infer_bind_target(R, t, REP_TV);
        else {
            IrRep r = infer_display_item_rep(R, it);
            unsigned items = 0;
            IrRep h = infer_iter_hint(R, it, &items);
            if (r == REP_OBJ) /* DYN: the hints may come in a later round */
                r = h;
            infer_bind_target(R, t, r);
            if (t->kind == AST_Name)
                infer_bind_elem(R, t, items);
        }
        break;
    }
    case AST_Assign:
        for (int i = 0; i < n->u.Assign.targets.len; i++) {
            Node *t = n->u.Assign.targets.items[i];
            Node *v = n->u.Assign.value;
            if (infer_parallel_assign(t, v)) {
                /* a, b = x, y: each name gets its own value's rep */
                NodeList *tl =
                  t->kind == AST_Tuple ? &t->u.Tuple.elts : &t->u.List.elts;
                for (int k = 0; k < tl->len; k++) {
                    Node *vk = v->u.Tuple.elts.items[k];
                    infer_bind_target(
                      R,
                      tl->items[k],
                      infer_rep(R->I, R->d, R->c, R->scope, vk));
                    infer_evidence(
                      R,
                      vk,
                      infer_rep(R->I, R->d, R->c, R->scope, tl->items[k]));
                    infer_assign_elem(R, tl->items[k], vk);
                }
                continue;
            }
            if (infer_divmod_assign(R->I, R->scope, t, v)) {
                /* q, r = divmod(a, b) of two predicted ints */
                NodeList *al = &v->u.Call.args;
                IrRep a = infer_rep(R->I, R->d, R->c, R->scope, al->items[0]);
                IrRep b = infer_rep(R->I, R->d, R->c, R->scope, al->items[1]);
                if (a == REP_TV && b == REP_TV) {
                    NodeList *tl = t->kind == AST_Tuple ? &t->u.Tuple.elts
                                                        : &t->u.List.elts;
                    infer_bind_target(R, tl->items[0], REP_TV);
                    infer_bind_target(R, tl->items[1], REP_TV);
                    continue;
                }
            }
            infer_assign_elem(R, t, v);
            infer_bind_target(R, t, infer_rep(R->I, R->d, R->c, R->scope, v));
            /* n = k with n a predicted int: k is likely one too */
            infer_evidence(R, v, infer_rep(R->I, R->d, R->c, R->scope, t));
        }
        break;
    case AST_AnnAssign:
        if (n->u.AnnAssign.value)
            infer_assign_elem(R, n->u.AnnAssign.target, n->u.AnnAssign.value);
        if (n->u.AnnAssign.value)
            infer_bind_target(
              R,
              n->u.AnnAssign.target,
              infer_rep(R->I, R->d, R->c, R->scope, n->u.AnnAssign.value));
        ast_visit_children(n->u.AnnAssign.target, infer_visit, R);
        if (n->u.AnnAssign.value)
            infer_visit(n->u.AnnAssign.value, R);
        return;
    case AST_BinOp:
        if (n->u.BinOp.op != OP_DIV && n->u.BinOp.op != OP_POW &&
            n->u.BinOp.op != OP_MATMULT)
            infer_evidence2(R, n->u.BinOp.left, n->u.BinOp.right);
        break;
    case AST_Compare: {
        Node *prev = n->u.Compare.left;
        for (int i = 0; i < n->u.Compare.comparators.len; i++) {
            Node *x = n->u.Compare.comparators.items[i];
            int op = n->u.Compare.ops.items[i]->u.CmpOp.op;
            if (op != CMP_IS && op != CMP_ISNOT && op != CMP_IN &&
                op != CMP_NOTIN)
                infer_evidence2(R, prev, x);
            prev = x;
        }
        break;
    }
    case AST_AugAssign: {
        Node *t = n->u.AugAssign.target;
        int aop = n->u.AugAssign.op;
        if (aop != OP_DIV && aop != OP_POW && aop != OP_MATMULT)
            infer_evidence2(R, t, n->u.AugAssign.value);
        if (t->kind == AST_Name) {
            Node fake;
            memset(&fake, 0, sizeof fake);
            fake.kind = AST_BinOp;
            fake.u.BinOp.left = t;
            fake.u.BinOp.op = n->u.AugAssign.op;
            fake.u.BinOp.right = n->u.AugAssign.value;
            infer_bind(
              R, t->u.Name.id, infer_rep(R->I, R->d, R->c, R->scope, &fake));
            if (aop == OP_ADD) /* xs += ys */
                infer_bind_elem(
                  R,
                  t,
                  infer_elem(
                    R->I, R->d, R->c, R->scope, n->u.AugAssign.value));
        }
        else if (t->kind == AST_Subscript &&
                 t->u.Subscript.slice->kind != AST_Slice) {
            /* counts[k] += 1: the item stays what the operation gives */
            Node fake;
            memset(&fake, 0, sizeof fake);
            fake.kind = AST_BinOp;
            fake.u.BinOp.left = t;
            fake.u.BinOp.op = aop;
            fake.u.BinOp.right = n->u.AugAssign.value;
            infer_bind_elem(
              R,
              t->u.Subscript.value,
              infer_item_bit(infer_rep(R->I, R->d, R->c, R->scope, &fake)));
        }
        break;
    }
    case AST_NamedExpr:
        infer_bind(
          R,
          n->u.NamedExpr.target->u.Name.id,
          infer_rep(R->I, R->d, R->c, R->scope, n->u.NamedExpr.value));
        break;
    case AST_For: {
        Node *it = n->u.For.iter, *t = n->u.For.target;
        if (infer_bind_enum_zip(R, it, t))
            break;
        IrRep r = infer_is_range_call(R->I, R->scope, it)
                    ? REP_TV
                    : infer_display_item_rep(R, it);
        if (r == REP_OBJ) {
            /* for row in matrix: what the rows hold */
            unsigned items = 0;
            r = infer_iter_hint(R, it, &items);
            if (t->kind == AST_Name)
                infer_bind_elem(R, t, items);
        }
        infer_bind_target(R, t, r);
        break;
    }
    case AST_WithItem:
        if (n->u.WithItem.optional_vars)
            infer_bind_target(R, n->u.WithItem.optional_vars, REP_OBJ);
        break;
    case AST_Alias: {
        const char *bound = n->u.Alias.asname;
        if (!bound) {
            const char *dot = strchr(n->u.Alias.name, '.');
            bound = dot ? intern(R->I->in,
                                 n->u.Alias.name,
                                 (size_t)(dot - n->u.Alias.name))
                        : n->u.Alias.name;
        }
        infer_bind(R, bound, REP_OBJ);
        break;
    }
    case AST_ExceptHandler:
        if (n->u.ExceptHandler.name)
            infer_bind(R, n->u.ExceptHandler.name, REP_OBJ);
        break;
    case AST_Return:
        R->saw_return = true;
        if (n->u.Return.value)
            R->ret_elem |=
              infer_elem(R->I, R->d, R->c, R->scope, n->u.Return.value);
        R->ret = infer_join(
          R->ret,
          n->u.Return.value
            ? infer_rep(R->I, R->d, R->c, R->scope, n->u.Return.value)
            : REP_OBJ);
        break;
    case AST_Call:
        infer_add_signature(R, n);
        infer_call_elem(R, n);
        if (infer_is_range_call(R->I, R->scope, n))
            for (int i = 0; i < n->u.Call.args.len; i++)
                infer_evidence(R, n->u.Call.args.items[i], REP_TV);
        break;
    default:
        break;
    }
    ast_visit_children(n, infer_visit, R);
    R->scope = saved;
}

/* Does a statement of body break out of the loop whose body it is (not
 * of a loop nested in it)? */
static bool
infer_breaks(NodeList *body)
{
    for (int i = 0; i < body->len; i++) {
        Node *st = body->items[i];
        switch (st->kind) {
        case AST_Break:
            return true;
        case AST_If:
            if (infer_breaks(&st->u.If.body) || infer_breaks(&st->u.If.orelse))
                return true;
            break;
        case AST_With:
            if (infer_breaks(&st->u.With.body))
                return true;
            break;
        case AST_Try:
            if (infer_breaks(&st->u.Try.body) ||
                infer_breaks(&st->u.Try.orelse) ||
                infer_breaks(&st->u.Try.finalbody))
                return true;
            for (int h = 0; h < st->u.Try.handlers.len; h++)
                if (infer_breaks(
                      &st->u.Try.handlers.items[h]->u.ExceptHandler.body))
                    return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/* True if control cannot fall off the end of the statement list. */
static bool
infer_terminates(NodeList *body)
{
    if (body->len == 0)
        return false;
    Node *last = body->items[body->len - 1];
    switch (last->kind) {
    case AST_Return:
    case AST_Raise:
        return true;
    case AST_If:
        return infer_terminates(&last->u.If.body) &&
               infer_terminates(&last->u.If.orelse);
    case AST_While: {
        /* while True: without a break leaves only by return or raise */
        Node *t = last->u.While.test;
        return t->kind == AST_Constant && t->u.Constant.ckind == CONST_TRUE &&
               !infer_breaks(&last->u.While.body);
    }
    default:
        return false;
    }
}

static void
infer_round(Infer *I, InferDef *d, InferClone *c, bool *changed)
{
    Round R = { I, d, c, d->scope, false, REP_BOTTOM, false, 0 };
    if (!d->node) {
        for (int i = 0; i < I->module->u.Module.body.len; i++)
            infer_visit(I->module->u.Module.body.items[i], &R);
    }
    else if (d->node->kind == AST_FunctionDef) {
        NodeList *body = &d->node->u.FunctionDef.body;
        for (int i = 0; i < body->len; i++)
            infer_visit(body->items[i], &R);
        if (!infer_terminates(body))
            R.ret = infer_join(R.ret, REP_OBJ);
    }
    else {
        infer_visit(d->node->u.Lambda.body, &R);
        R.ret = infer_rep(I, d, c, d->scope, d->node->u.Lambda.body);
    }
    if (d->node) {
        IrRep nr = infer_join(c->ret, R.ret);
        /* A bool result is boxed at the boundary anyway; keep it OBJ so a
         * later True/1 mix cannot flip the ABI. */
        if (nr == REP_BOOL)
            nr = REP_OBJ;
        if (nr != c->ret) {
            c->ret = nr;
            R.changed = true;
        }
        if ((c->ret_elem | R.ret_elem) != c->ret_elem) {
            c->ret_elem = (unsigned char)(c->ret_elem | R.ret_elem);
            R.changed = true;
        }
    }
    *changed |= R.changed;
}

Infer *
infer_module(Node *module, Arena *a, Interner *in)
{
    Infer *I = arena_alloc(a, sizeof *I);
    I->arena = a;
    I->const_index.arena = a;
    I->promo_loops.arena = a;
    I->promo_nodes.arena = a;
    I->module = module;
    I->modscope = module->scope;
    I->in = in;
    I->s_range = intern_cstr(in, "range");
    I->s_len = intern_cstr(in, "len");
    I->s_int = intern_cstr(in, "int");
    I->s_abs = intern_cstr(in, "abs");
    I->s_enumerate = intern_cstr(in, "enumerate");
    I->s_zip = intern_cstr(in, "zip");
    I->math_names.arena = a;
    for (int i = 0; i < module->u.Module.body.len; i++) {
        Node *st = module->u.Module.body.items[i];
        if (st->kind != AST_ImportFrom || st->u.ImportFrom.level != 0 ||
            !st->u.ImportFrom.module ||
            strcmp(st->u.ImportFrom.module, "math") != 0)
            continue;
        for (int k = 0; k < st->u.ImportFrom.names.len; k++) {
            AstAlias *al = &st->u.ImportFrom.names.items[k]->u.Alias;
            int w = infer_math1_code(al->name);
            if (w >= 0)
                ptrmap_put(
                  &I->math_names, al->asname ? al->asname : al->name, w + 1);
        }
    }

    Collect C = { I, module->scope, { 0 } };
    /* defs[0]: the module body. */
    InferDef *md = arena_alloc(a, sizeof *md);
    md->scope = module->scope;
    md->ir_def = -1;
    md->pelem = arena_alloc(a, 1);
    infer_layout_add(a, &md->layout, module->scope);
    vec_push(&I->defs, md);
    for (int i = 0; i < module->u.Module.body.len; i++)
        infer_collect(module->u.Module.body.items[i], &C);

    /* Direct calls only to defs that are module-level statements and whose
     * name the module binds exactly once. */
    for (int i = 0; i < module->u.Module.body.len; i++) {
        Node *s = module->u.Module.body.items[i];
        if (s->kind != AST_FunctionDef || s->u.FunctionDef.is_async)
            continue;
        InferDef *d = infer_def_of(I, s);
        if (d && infer_bind_count(&C, s->u.FunctionDef.name) == 1)
            d->direct = true;
    }
    /* Module constants (BITS = 32): bound once, by a number literal. A
     * rebinding at run time (mod.BITS = "x") only costs speed: the tagged
     * words hold anything. */
    I->const_names =
      arena_alloc(a, sizeof(char *) * (size_t)(module->u.Module.body.len + 1));
    I->const_reps =
      arena_alloc(a, sizeof(IrRep) * (size_t)(module->u.Module.body.len + 1));
    I->const_ivals = arena_alloc(
      a, sizeof(int64_t) * (size_t)(module->u.Module.body.len + 1));
    I->const_known =
      arena_alloc(a, sizeof(bool) * (size_t)(module->u.Module.body.len + 1));
    for (int i = 0; i < module->u.Module.body.len; i++) {
        Node *s = module->u.Module.body.items[i];
        if (s->kind != AST_Assign || s->u.Assign.targets.len != 1)
            continue;
        Node *t = s->u.Assign.targets.items[0], *v = s->u.Assign.value;
        InferFold fold;
        bool folds = infer_fold_int(v, &fold); /* MOD = 10**9 + 7 */
        if (v->kind == AST_UnaryOp && v->u.UnaryOp.op == UOP_USUB)
            v = v->u.UnaryOp.operand;
        if (t->kind != AST_Name || (v->kind != AST_Constant && !folds) ||
            infer_bind_count(&C, t->u.Name.id) != 1)
            continue;
        IrRep r = folds || v->u.Constant.ckind == CONST_INT ? REP_TV
                  : v->u.Constant.ckind == CONST_FLOAT      ? REP_FV
                                                            : REP_OBJ;
        if (r == REP_OBJ)
            continue;
        ptrmap_put(&I->const_index, t->u.Name.id, I->nconsts);
        I->const_names[I->nconsts] = t->u.Name.id;
        I->const_known[I->nconsts] = folds && fold.exact;
        I->const_ivals[I->nconsts] = folds && fold.exact ? fold.v : 0;
        I->const_reps[I->nconsts++] = r;
    }
    ptrmap_free(&C.globals_bound);
    promo_find(I, &module->u.Module.body);

    for (int i = 0; i < I->defs.len; i++) {
        InferDef *d = I->defs.items[i];
        InferClone *g = &d->clones[0];
        d->nclones = 1;
        g->params = arena_alloc(a, sizeof(IrRep) * (size_t)(d->npos + 1));
        for (int k = 0; k < d->npos; k++)
            g->params[k] = REP_OBJ;
        g->locals =
          arena_alloc(a, sizeof(IrRep) * (size_t)(d->layout.total + 1));
        g->ev = arena_alloc(a, (size_t)(d->layout.total + 1));
        g->elem = arena_alloc(a, (size_t)(d->layout.total + 1));
        g->ret = REP_BOTTOM;
        g->func = -1;
    }
    /* Parameters: bind them first in every clone (they are locals). */
    bool changed = true;
    for (int iter = 0; iter < 200; iter++) {
        if (!changed) {
            if (I->settle)
                break;
            I->settle = true; /* phase two: unknowns that met no number */
        }
        changed = false;
        for (int i = 0; i < I->defs.len; i++) {
            InferDef *d = I->defs.items[i];
            for (int k = 0; k < d->nclones; k++) {
                InferClone *c = &d->clones[k];
                if (d->node && d->scope) {
                    /* positional params first, others OBJ */
                    for (int p = 0; p < d->scope->nsyms; p++) {
                        Symbol *sym = d->scope->syms[p];
                        if (!(sym->flags & SYMF_PARAM))
                            continue;
                        IrRep r = p < d->npos ? c->params[p] : REP_OBJ;
                        IrRep nw = infer_join(c->locals[p], r);
                        if (nw != c->locals[p]) {
                            c->locals[p] = nw;
                            changed = true;
                        }
                        unsigned char h = p < d->npos ? d->pelem[p] : 0;
                        if ((c->elem[p] | h) != c->elem[p]) {
                            c->elem[p] = (unsigned char)(c->elem[p] | h);
                            changed = true;
                        }
                    }
                }
                infer_round(I, d, c, &changed);
            }
        }
    }
    for (int i = 0; i < I->defs.len; i++) {
        InferDef *d = I->defs.items[i];
        for (int k = 0; k < d->nclones; k++) {
            InferClone *c = &d->clones[k];
            if (c->ret == REP_BOTTOM || c->ret == REP_DYN)
                c->ret = REP_OBJ;
            for (int j = 0; j < d->layout.total; j++) {
                IrRep r = c->locals[j];
                if (r == REP_DYN) /* its uses decide (infer_local_rep) */
                    r = c->ev[j] == INFER_EV_INT     ? REP_TV
                        : c->ev[j] == INFER_EV_FLOAT ? REP_FV
                                                     : REP_OBJ;
                c->locals[j] = r == REP_BOTTOM ? REP_OBJ : r;
            }
        }
    }
    return I;
}

/* Element hints as "  items: L1 / L2" (L2: the items' items), each
 * level the kinds seen joined by '|', '-' for none. */
static void
infer_dump_elem(StrBuf *out, unsigned h)
{
    static const char *const kind[] = { "int", "float", "obj" };
    if (!(h & (INFER_EL_MASK | INFER_EL_MASK << INFER_EL_SHIFT)))
        return;
    sb_printf(out, "  %s:", h & INFER_EL_MAPPING ? "values" : "items");
    for (int level = 0; level < 2; level++) {
        unsigned l = (h >> (level * INFER_EL_SHIFT)) & INFER_EL_MASK;
        if (level && !l)
            break;
        sb_printf(out, "%s", level ? " /" : "");
        if (!l)
            sb_printf(out, " -");
        for (int k = 0, first = 1; k < 3; k++)
            if (l & (1u << k)) {
                sb_printf(out, "%s%s", first ? " " : "|", kind[k]);
                first = 0;
            }
    }
}

void
infer_dump(Infer *I, StrBuf *out)
{
    for (int i = 1; i < I->defs.len; i++) {
        InferDef *d = I->defs.items[i];
        const char *name = d->scope ? d->scope->qualname : "?";
        for (int k = 0; k < d->nclones; k++) {
            InferClone *c = &d->clones[k];
            sb_printf(out, "%s(", name);
            for (int p = 0; p < d->npos; p++)
                sb_printf(
                  out, "%s%s", p ? ", " : "", infer_type_name(c->params[p]));
            sb_printf(out,
                      ") -> %s%s\n",
                      infer_type_name(c->ret),
                      k == 0 ? "" : " native");
            for (int s = 0; s < d->layout.nscopes; s++) {
                const Scope *sc = d->layout.scopes[s];
                for (int j = 0; j < sc->nsyms; j++) {
                    Symbol *sym = sc->syms[j];
                    if (sym->kind != SYM_LOCAL)
                        continue;
                    int slot = d->layout.offsets[s] + j;
                    sb_printf(out,
                              "    %s%s%s: %s",
                              s ? sc->name : "",
                              s ? "." : "",
                              sym->name,
                              infer_type_name(c->locals[slot]));
                    if (c->locals[slot] == REP_OBJ)
                        infer_dump_elem(out, c->elem[slot]);
                    sb_printf(out, "\n");
                }
            }
        }
    }
}
