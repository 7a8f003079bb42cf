/*
 * compile.c: the compiler core's pipeline (DESIGN.md §2): parse, check,
 * scope, infer, build IR, refcount, emit; or stop after a stage for
 * --dump. All memory of one compilation lives in one arena.
 *
 * The passes recurse on the AST, whose depth follows the source (a chain
 * of 3,000 `+` is 3,000 levels deep, as CPython allows), so the pipeline
 * runs on a thread with a large stack (address space only until used).
 */
#include "compile.h"

#include <pthread.h>

#include "../infer/infer.h"
#include "../ir/irbuild.h"
#include "../parse/parse.h"
#include "../sema/sema.h"
#include "emit.h"

static int
compile_pipeline(const CompileOptions *opt,
                 const SrcFile *src,
                 DumpKind dump,
                 StrBuf *out,
                 FILE *err)
{
    Arena arena;
    arena_init(&arena);
    Interner in;
    intern_init(&in, &arena);
    Diag d;
    diag_init(&d, src, err);
    int rc = 1;
    Node *mod = parse_module(src,
                             &arena,
                             &in,
                             &d,
                             opt->check_names,
                             opt->normalize_names,
                             opt->check_ctx);
    if (!mod || d.nerrors)
        goto done;
    if (dump == DUMP_AST) {
        ast_dump(mod, out);
        rc = 0;
        goto done;
    }
    /* The scope pass runs only on a module that passed the syntax checks,
     * so one mistake is reported once. */
    if (!check_module(mod, &d) || d.nerrors)
        goto done;
    if (!scope_analyze(mod, &arena, &in, &d) || d.nerrors)
        goto done;
    if (dump == DUMP_SCOPES) {
        scope_dump(mod, out);
        rc = 0;
        goto done;
    }
    if (!check_supported(mod, &d) || d.nerrors)
        goto done;
    Infer *I = infer_module(mod, &arena, &in);
    if (dump == DUMP_TYPES) {
        infer_dump(I, out);
        rc = 0;
        goto done;
    }
    IrModule *m = ir_module_new(&arena, &in, opt->modname, opt->tb_filename);
    if (opt->main_alias) {
        CheckWarning *w;
        int n = check_warnings(mod, &arena, &w);
        int *lines = arena_alloc(&arena, sizeof(int) * (size_t)(n + 1));
        const char **msgs =
          arena_alloc(&arena, sizeof(char *) * (size_t)(n + 1));
        const char **msgs312 =
          arena_alloc(&arena, sizeof(char *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++) {
            lines[i] = w[i].line;
            msgs[i] = w[i].msg;
            msgs312[i] = w[i].msg312;
        }
        m->warn_lines = lines;
        m->warn_msgs = msgs;
        m->warn_msgs312 = msgs312;
        m->nwarn = n;
    }
    if (!irbuild_module(m, I, mod, &d) || d.nerrors)
        goto done;
    for (int i = 0; i < m->funcs.len; i++) {
        ir_drop_bound_checks(m->funcs.items[i]);
        ir_refcount(m, m->funcs.items[i]);
    }
    if (dump == DUMP_IR) {
        ir_dump_module(m, out);
        rc = 0;
        goto done;
    }
    emit_module(m, opt, out);
    rc = 0;
done:
    if (d.nerrors)
        rc = 1;
    intern_free(&in);
    arena_free(&arena);
    return rc;
}

#define COMPILE_STACK_BYTES ((size_t)256 << 20)

typedef struct CompileJob {
    const CompileOptions *opt;
    const SrcFile *src;
    DumpKind dump;
    StrBuf *out;
    FILE *err;
    int rc;
} CompileJob;

static void *
compile_thread(void *arg)
{
    CompileJob *j = arg;
    j->rc = compile_pipeline(j->opt, j->src, j->dump, j->out, j->err);
    return NULL;
}

int
pyaot_compile_source(const CompileOptions *opt,
                     const SrcFile *src,
                     DumpKind dump,
                     StrBuf *out,
                     FILE *err)
{
    CompileJob j = { opt, src, dump, out, err, 1 };
    pthread_attr_t attr;
    pthread_t t;
    bool threaded = pthread_attr_init(&attr) == 0;
    if (threaded) {
        threaded =
          pthread_attr_setstacksize(&attr, COMPILE_STACK_BYTES) == 0 &&
          pthread_create(&t, &attr, compile_thread, &j) == 0;
        pthread_attr_destroy(&attr);
    }
    if (threaded)
        pthread_join(t, NULL);
    else /* no thread to be had: the caller's stack, as deep as it goes */
        compile_thread(&j);
    return j.rc;
}
