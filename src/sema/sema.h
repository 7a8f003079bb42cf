/*
 * sema.h: checks and scope analysis on the AST.
 *
 * check_module enforces the syntax rules tree-sitter accepts but CPython
 * rejects at compile time ('return' outside function, 'break' outside loop,
 * assignment to a literal, ...) with CPython's messages.
 *
 * scope_analyze follows CPython's symtable: every FunctionDef, Lambda and
 * comprehension gets a Scope (stored in node->scope, the Module's too) whose
 * symbols say whether a name is local, global (explicit or implicit), free or
 * cell. pyaot compiles comprehensions inline in their enclosing function
 * (as PEP 709 does), so a comprehension's free names resolve to the enclosing
 * function's symbols rather than becoming cells. Free variables of nested
 * defs and lambdas (closures) are reported as unsupported.
 */
#ifndef PYAOT_SEMA_H
#define PYAOT_SEMA_H

#include "../ast/ast.h"

typedef enum SymKind {
    SYM_LOCAL,           /* bound in this scope (function/comprehension) */
    SYM_GLOBAL_EXPLICIT, /* declared 'global' */
    SYM_GLOBAL_IMPLICIT, /* not bound anywhere in enclosing functions */
    SYM_FREE,            /* bound in an enclosing function (closure) */
    SYM_CELL             /* local captured by an inner function */
} SymKind;

enum {
    SYMF_PARAM = 1,    /* a parameter (in signature order) */
    SYMF_ASSIGNED = 2, /* bound by assignment, for, import, def, except.. */
    SYMF_USED = 4,     /* read somewhere */
    SYMF_DELETED = 8,  /* target of del */
    SYMF_ANNOTATED = 16,
    SYMF_IMPORTED = 32 /* bound by an import (CPython's DEF_IMPORT) */
};

typedef struct Symbol {
    const char *name; /* interned */
    SymKind kind;
    int flags;
    int index; /* position in the scope's syms (co_varnames order) */
    Loc loc;   /* first binding or use */
} Symbol;

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_COMPREHENSION
} ScopeKind;

typedef struct Scope {
    ScopeKind kind;
    const char *name;     /* "f", "<lambda>", "<listcomp>", "<module>" */
    const char *qualname; /* "f", "f.<locals>.g", "<lambda>", ... */
    Node *node;
    struct Scope *parent;
    /* Symbols in CPython's co_varnames order: parameters first in signature
     * order, then other names in order of first appearance. Module scope
     * lists every global name bound or used at module level. */
    Symbol **syms;
    int nsyms;
    struct Scope **children; /* in source order */
    int nchildren;
} Scope;

bool check_module(Node *module, Diag *d);
/* Reports each construct pyaot does not compile yet ("unsupported: class
 * definitions", "unsupported: generators ('yield')", ...) at its location.
 * Closures are found by scope_analyze instead. Returns false if any. */
bool check_supported(Node *module, Diag *d);
/* A SyntaxWarning CPython 3.11's compiler issues ("\"is\" with a literal",
 * "'int' object is not callable; perhaps you missed a comma?", ...). */
typedef struct CheckWarning {
    int line;
    const char *msg;    /* in the arena */
    const char *msg312; /* the message from 3.12 on when it differs, or
                           NULL */
} CheckWarning;
/* Collects the module's SyntaxWarnings in source order into *out (arena
 * memory); returns how many. */
int check_warnings(Node *module, Arena *a, CheckWarning **out);
bool scope_analyze(Node *module, Arena *a, Interner *in, Diag *d);
/* The symbol for name in s (NULL if s does not mention it). For a
 * comprehension scope, a name that is not its own resolves through the
 * parent chain: use scope_resolve for that. */
Symbol *scope_lookup(const Scope *s, const char *name);
/* Resolves a name used in s: returns the symbol that holds it and stores in
 * *owner the scope that owns the storage (a comprehension's enclosing
 * function for names the comprehension does not bind; the module scope for
 * globals). */
Symbol *scope_resolve(const Scope *s, const char *name, const Scope **owner);
/* Deterministic text dump for --dump=scopes. */
void scope_dump(const Node *module, StrBuf *out);

#endif /* PYAOT_SEMA_H */
