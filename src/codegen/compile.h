/*
 * compile.h: the compiler core's entry point, used by the driver.
 * One call turns one Python source file into one C translation unit (or a
 * stage dump). It does no file I/O of its own besides writing diagnostics:
 * the driver reads the source, writes outputs atomically and runs the C
 * compiler.
 */
#ifndef PYAOT_COMPILE_H
#define PYAOT_COMPILE_H

#include <stdbool.h>
#include <stdio.h>

#include "../util/util.h"

typedef enum DumpKind {
    DUMP_NONE, /* produce C */
    DUMP_AST,
    DUMP_SCOPES,
    DUMP_IR,
    DUMP_TYPES
} DumpKind;

typedef struct CompileOptions {
    const char *modname;     /* full dotted module name, e.g. "pkg.mod" */
    const char *tb_filename; /* file name shown in tracebacks */
    bool main_alias;         /* also export PyInit___main__ (pyaot run) */
    /* Resolves \N{...} names (parse.h); NULL: unknown names fail at
     * import instead of here. */
    int (*check_names)(void *ctx,
                       const char *const *names,
                       int n,
                       unsigned char *known);
    void *check_ctx;
    /* NFKC forms of non-ASCII identifiers (parse.h); NULL: kept as
     * written. Gets check_ctx too. */
    int (*normalize_names)(void *ctx,
                           const char *const *names,
                           int n,
                           char **out);
} CompileOptions;

/* Compiles src. On success returns 0 and appends the C source (or the dump
 * for dump != DUMP_NONE) to out. On a compile error returns 1 after printing
 * "FILE:LINE:COL: error: ..." diagnostics with caret excerpts to err. Never
 * aborts on bad input. */
int pyaot_compile_source(const CompileOptions *opt,
                         const SrcFile *src,
                         DumpKind dump,
                         StrBuf *out,
                         FILE *err);

#endif /* PYAOT_COMPILE_H */
