/*
 * parse.h: source text -> AST. Runs tree-sitter with the tree-sitter-python
 * grammar, rejects ERROR and MISSING nodes with caret diagnostics, and lowers
 * the concrete tree into the nodes of ast/ast.def, decoding every literal.
 * Constructs pyaot does not compile yet are reported here as
 * "unsupported: ..." errors at their location.
 */
#ifndef PYAOT_PARSE_H
#define PYAOT_PARSE_H

#include "../ast/ast.h"

/* Asks whether the n names of \N{...} escapes are known Unicode character
 * names: sets known[i] to 0 for each unknown one. Returns 0, or -1 when it
 * cannot tell (then nothing is reported). The core has no Unicode name
 * database; the driver asks the target interpreter. */
typedef int (*ParseNameCheck)(void *ctx,
                              const char *const *names,
                              int n,
                              unsigned char *known);

/* Asks for the NFKC normal forms of n identifiers (UTF-8): sets out[i]
 * to a malloc'd string where the normal form differs, leaves it NULL
 * where it does not. Returns 0, or -1 when it cannot tell. Like
 * ParseNameCheck it is the driver's: the core has no Unicode tables. */
typedef int (*ParseNormalize)(void *ctx,
                              const char *const *names,
                              int n,
                              char **out);

/* Returns the Module node, or NULL after printing at least one error to d.
 * Keeps going after an error where it can, so several are reported.
 * check (may be NULL) resolves the \N{...} names of str literals;
 * normalize (may be NULL) the identifiers that are not ASCII. */
Node *parse_module(const SrcFile *src,
                   Arena *a,
                   Interner *in,
                   Diag *d,
                   ParseNameCheck check,
                   ParseNormalize normalize,
                   void *check_ctx);

/* Turns the bytes of a file as read into the text parse_module expects:
 * a lone CR becomes LF (universal newlines) and a Latin-1 file (PEP 263
 * cookie, no BOM) is transcoded to UTF-8. May replace *text (freeing the
 * old buffer, which must come from malloc). */
void parse_prepare_source(char **text, size_t *len);

#endif /* PYAOT_PARSE_H */
