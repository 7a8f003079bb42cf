/*
 * build.c: from Python sources to extension modules. Chooses the C compiler
 * and flags for a target interpreter, builds the runtime archive once per
 * (runtime sources, interpreter, flags) into the cache, and runs the C
 * compiler for each module, up to -j jobs at a time.
 *
 * Outputs are atomic: the C source and the shared object are written under
 * temporary names (".<name>.tmp.<pid>.<n>") in the destination directory and
 * renamed into place only when the C compiler succeeded, so a failed build
 * leaves an existing good output untouched. The runtime archive is built in
 * a temporary directory that is renamed to CACHE/rt-<key>; of two racing
 * processes one wins the rename and the other discards its copy.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parse/parse.h"

#include "driver.h"

/* ---- paths and module names ---- */

static char *
path_dir(const char *p)
{
    const char *slash = strrchr(p, '/');
    if (slash == NULL)
        return xstrdup(".");
    if (slash == p)
        return xstrdup("/");
    return drv_strfmt("%.*s", (int)(slash - p), p);
}

static const char *
path_base(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

/* The file name without a trailing ".py"/".pyw". Heap string. */
static char *
file_stem(const char *path)
{
    const char *base = path_base(path);
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py"))
        n -= 3;
    else if (n > 4 && !strcmp(base + n - 4, ".pyw"))
        n -= 4;
    return drv_strfmt("%.*s", (int)n, base);
}

bool
drv_is_identifier(const char *s, size_t n)
{
    if (n == 0 || (s[0] >= '0' && s[0] <= '9'))
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

static bool
has_non_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return true;
    return false;
}

/* Drops "." components, empty components and "x/.." pairs from an
 * absolute path, in place, without looking at the file system (symlinked
 * package directories keep the names they were reached by). */
static void
norm_path(char *p)
{
    char *out = p; /* p[0] == '/' */
    const char *in = p;
    while (*in) {
        while (*in == '/')
            in++;
        const char *end = in;
        while (*end && *end != '/')
            end++;
        size_t n = (size_t)(end - in);
        if (n == 0 || (n == 1 && in[0] == '.')) {
            /* nothing */
        }
        else if (n == 2 && in[0] == '.' && in[1] == '.') {
            while (out > p && *--out != '/')
                ;
        }
        else {
            *out++ = '/';
            memmove(out, in, n);
            out += n;
        }
        in = end;
    }
    if (out == p)
        *out++ = '/';
    *out = '\0';
}

static char *
abs_path(const char *p)
{
    char *r;
    char *cwd = p[0] == '/' ? NULL : getcwd(NULL, 0);
    if (cwd == NULL)
        r = xstrdup(p);
    else
        r = drv_strfmt("%s/%s", cwd, p);
    free(cwd);
    if (r[0] == '/')
        norm_path(r);
    return r;
}

char *
drv_module_name(const char *path)
{
    char *stem = file_stem(path);
    if (!drv_is_identifier(stem, strlen(stem))) {
        fflush(stdout);
        /* Non-ASCII letters alone (`été.py`) are a limitation of ours;
         * a space or a dash makes the name invalid anyway. */
        bool ascii_ok = true;
        for (const char *c = stem; *c; c++)
            if (!((unsigned char)*c >= 0x80 || *c == '_' ||
                  (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                  (*c >= '0' && *c <= '9')))
                ascii_ok = false;
        if (has_non_ascii(stem) && ascii_ok)
            fprintf(stderr,
                    "%s: error: non-ASCII module name '%s' is not "
                    "supported\n",
                    path,
                    stem);
        else
            fprintf(stderr,
                    "%s: error: '%s' is not a valid module name (the file "
                    "name must be a Python identifier)\n",
                    path,
                    stem);
        free(stem);
        return NULL;
    }
    /* Walk up through package directories (those holding __init__.py). */
    bool is_init = !strcmp(stem, "__init__");
    StrBuf name;
    sb_init(&name);
    if (!is_init)
        sb_puts(&name, stem);
    char *dir = path_dir(path);
    char *adir = abs_path(dir);
    free(dir);
    dir = adir;
    for (int depth = 0; depth < 64 && strcmp(dir, "/") != 0; depth++) {
        char *init = drv_strfmt("%s/__init__.py", dir);
        bool pkg = access(init, F_OK) == 0;
        free(init);
        if (!pkg)
            break;
        const char *comp = path_base(dir);
        if (!drv_is_identifier(comp, strlen(comp)))
            break;
        StrBuf n2;
        sb_init(&n2);
        sb_puts(&n2, comp);
        if (name.len) {
            sb_putc(&n2, '.');
            sb_puts(&n2, name.data);
        }
        sb_free(&name);
        name = n2;
        char *up = path_dir(dir);
        free(dir);
        dir = up;
    }
    free(dir);
    free(stem);
    if (name.len == 0) {
        fflush(stdout);
        fprintf(stderr,
                "%s: error: cannot name this package: its directory name "
                "is not a Python identifier\n",
                path);
        sb_free(&name);
        return NULL;
    }
    return sb_steal(&name);
}

/* The file name tracebacks show for a module imported from its source
 * directory: CPython puts realpath(dir) on sys.path, so realpath(dir)/base.
 */
static char *
import_filename(const char *path)
{
    char *dir = path_dir(path);
    char *real = realpath(dir, NULL);
    char *r =
      real
        ? drv_strfmt("%s/%s", strcmp(real, "/") ? real : "", path_base(path))
        : abs_path(path);
    free(real);
    free(dir);
    return r;
}

int
drv_read_source(const char *path, SrcFile *src)
{
    char *text;
    size_t len;
    const char *err;
    if (!util_read_file(path, &text, &len, &err)) {
        fflush(stdout);
        fprintf(stderr, "%s: error: cannot read file: %s\n", path, err);
        return -1;
    }
    if (text == NULL) {
        text = xstrdup("");
        len = 0;
    }
    parse_prepare_source(&text, &len);
    src->path = path;
    src->text = text;
    src->len = len;
    return 0;
}

/* ---- toolchain ---- */

static void
add(DrvArgv *v, const char *s)
{
    vec_push(v, xstrdup(s));
}

static void
hash_argv(DrvHash *h, const DrvArgv *v)
{
    drv_hash_str(h, "argv");
    for (int i = 0; i < v->len; i++)
        drv_hash_str(h, v->items[i]);
}

static bool
ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

static int
name_filter(const struct dirent *de)
{
    const char *n = de->d_name;
    return n[0] != '.' && (ends_with(n, ".c") || ends_with(n, ".h") ||
                           ends_with(n, ".def") || ends_with(n, ".inc"));
}

/* Hashes the runtime sources (names and contents) and lists its .c files.
 */
static int
scan_runtime(DrvToolchain *tc, DrvArgv *csrcs)
{
    const char *dir = drv_runtime_dir();
    struct dirent **names;
    int n = scandir(dir, &names, name_filter, alphasort);
    if (n < 0) {
        drv_error("cannot read the runtime directory '%s': %s (set "
                  "PYAOT_RUNTIME_DIR)",
                  dir,
                  strerror(errno));
        return -1;
    }
    DrvHash h;
    drv_hash_init(&h);
    drv_hash_str(&h, "runtime-v1");
    int rc = 0;
    for (int i = 0; i < n; i++) {
        char *p = drv_strfmt("%s/%s", dir, names[i]->d_name);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
            char *text;
            size_t len;
            const char *err;
            if (!util_read_file(p, &text, &len, &err)) {
                drv_error("cannot read '%s': %s", p, err);
                rc = -1;
            }
            else {
                drv_hash_str(&h, names[i]->d_name);
                char lenbuf[32];
                snprintf(lenbuf, sizeof lenbuf, "%zu", len);
                drv_hash_str(&h, lenbuf);
                drv_hash_update(&h, text, len);
                free(text);
                if (ends_with(p, ".c"))
                    vec_push(csrcs, xstrdup(p));
            }
        }
        free(p);
        free(names[i]);
    }
    free(names);
    drv_hash_hex(&h, tc->rthash);
    return rc;
}

typedef struct RtBuild {
    DrvArgv *srcs;
    int failed;
    bool verbose;
} RtBuild;

static void
rt_done(void *ctx, int id, bool ok, int status, const char *out, size_t len)
{
    RtBuild *b = ctx;
    if (!ok || b->verbose)
        fwrite(out, 1, len, stderr);
    if (!ok) {
        if (status != -1 && WIFSIGNALED(status))
            drv_error("the C compiler was killed by signal %d on '%s'",
                      WTERMSIG(status),
                      b->srcs->items[id]);
        b->failed++;
    }
}

static char *
obj_name(const char *tmpdir, const char *src)
{
    const char *base = path_base(src);
    return drv_strfmt("%s/%.*s.o", tmpdir, (int)(strlen(base) - 2), base);
}

/* Makes sure CACHE/rt-<key>/libpyaot_rt.a exists. */
static int
ensure_runtime(DrvToolchain *tc, DrvArgv *srcs)
{
    if (srcs->len == 0)
        return 0; /* nothing to link (yet) */
    if (tc->ar == NULL) {
        drv_error("no archiver found: set AR (tried the interpreter's AR "
                  "and 'ar')");
        return -1;
    }
    DrvHash h;
    char key[65];
    drv_hash_init(&h);
    drv_hash_str(&h, "rt-v1");
    drv_hash_str(&h, tc->ident);
    drv_hash_str(&h, tc->rthash);
    drv_hash_str(&h, tc->ar);
    drv_hash_hex(&h, key);
    char *final = drv_strfmt("%s/rt-%.32s", tc->cachedir, key);
    char *lib = drv_strfmt("%s/libpyaot_rt.a", final);
    if (access(lib, R_OK) == 0) {
        tc->rtlib = lib;
        free(final);
        return 0;
    }

    char *tmp = drv_strfmt(
      "%s/.rt-%.32s.tmp.%ld.XXXXXX", tc->cachedir, key, (long)getpid());
    if (mkdtemp(tmp) == NULL) {
        drv_error("cannot create a directory in '%s': %s",
                  tc->cachedir,
                  strerror(errno));
        free(tmp);
        free(final);
        free(lib);
        return -1;
    }
    drv_temp_add(tmp, true);

    RtBuild b = { srcs, 0, tc->verbose };
    DrvPool pool;
    drv_pool_init(&pool, tc->jobs, rt_done, &b, tc->verbose);
    DrvArgv objs = { 0 };
    for (int i = 0; i < srcs->len && b.failed == 0; i++) {
        char *obj = obj_name(tmp, srcs->items[i]);
        drv_temp_add(obj, false);
        vec_push(&objs, obj);
        DrvArgv argv = { 0 };
        for (int k = 0; k < tc->cc.len; k++)
            add(&argv, tc->cc.items[k]);
        for (int k = 0; k < tc->cflags.len; k++)
            add(&argv, tc->cflags.items[k]);
        add(&argv, "-c");
        add(&argv, srcs->items[i]);
        add(&argv, "-o");
        add(&argv, obj);
        vec_push(&argv, NULL);
        if (drv_pool_spawn(&pool, argv.items, i) < 0)
            b.failed++;
        argv.len--;
        drv_argv_free(&argv);
    }
    drv_pool_free(&pool);
    int rc = -1;
    if (b.failed) {
        drv_error("building the pyaot runtime failed (C compiler errors "
                  "above)");
        goto done;
    }
    {
        DrvArgv argv = { 0 };
        add(&argv, tc->ar);
        add(&argv, "rcs");
        char *tmplib = drv_strfmt("%s/libpyaot_rt.a", tmp);
        drv_temp_add(tmplib, false);
        vec_push(&argv, tmplib);
        for (int i = 0; i < objs.len; i++)
            add(&argv, objs.items[i]);
        vec_push(&argv, NULL);
        StrBuf out, err;
        sb_init(&out);
        sb_init(&err);
        int st = drv_run_capture(argv.items, &out, &err, tc->verbose);
        argv.len--;
        bool ok = st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
        if (!ok && st != -1) {
            fwrite(out.data ? out.data : "", 1, out.len, stderr);
            fwrite(err.data ? err.data : "", 1, err.len, stderr);
            drv_error("'%s' failed to create the runtime archive", tc->ar);
        }
        sb_free(&out);
        sb_free(&err);
        drv_argv_free(&argv);
        if (!ok)
            goto done;
    }
    for (int i = 0; i < objs.len; i++) {
        unlink(objs.items[i]);
        drv_temp_forget(objs.items[i]);
    }
    if (rename(tmp, final) == 0) {
        rc = 0;
    }
    else if (errno == EEXIST || errno == ENOTEMPTY) {
        /* Another pyaot finished first; use its archive. */
        rc = access(lib, R_OK) == 0 ? 0 : -1;
        if (rc < 0)
            drv_error("the cache directory '%s' is corrupt: remove it", final);
    }
    else {
        drv_error(
          "cannot rename '%s' to '%s': %s", tmp, final, strerror(errno));
    }
done:
    /* Whatever is left of the temporary directory goes. */
    drv_rmtree(tmp);
    for (int i = 0; i < objs.len; i++)
        drv_temp_forget(objs.items[i]);
    {
        char *a = drv_strfmt("%s/libpyaot_rt.a", tmp);
        drv_temp_forget(a);
        free(a);
    }
    drv_temp_forget(tmp);
    drv_argv_free(&objs);
    free(tmp);
    free(final);
    if (rc == 0)
        tc->rtlib = lib;
    else
        free(lib);
    return rc;
}

static bool
env_flag(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

static int
choose_cc(DrvToolchain *tc)
{
    const char *env = getenv("CC");
    if (env && *env) {
        drv_split_words(&tc->cc, env);
        char *found = tc->cc.len ? drv_find_program(tc->cc.items[0]) : NULL;
        if (found == NULL) {
            drv_error("the C compiler '%s' (from $CC) was not found", env);
            return -1;
        }
        free(found);
        return 0;
    }
    drv_split_words(&tc->cc, tc->py.cc);
    char *found = tc->cc.len ? drv_find_program(tc->cc.items[0]) : NULL;
    if (found) {
        free(found);
        return 0;
    }
    drv_argv_free(&tc->cc);
    found = drv_find_program("cc");
    if (found == NULL) {
        if (*tc->py.cc)
            drv_error("no C compiler found (tried '%s' from the "
                      "interpreter's sysconfig, and 'cc'): install one or "
                      "set CC",
                      tc->py.cc);
        else
            drv_error("no C compiler found (tried 'cc'): install one or set "
                      "CC");
        return -1;
    }
    free(found);
    add(&tc->cc, "cc");
    return 0;
}

static void
choose_ar(DrvToolchain *tc)
{
    const char *cands[3] = { getenv("AR"), tc->py.ar, "ar" };
    for (int i = 0; i < 3; i++) {
        DrvArgv w = { 0 };
        drv_split_words(&w, cands[i]);
        char *found = w.len == 1 ? drv_find_program(w.items[0]) : NULL;
        drv_argv_free(&w);
        if (found) {
            free(found);
            tc->ar = xstrdup(cands[i]);
            while (tc->ar[0] == ' ' || tc->ar[0] == '\t')
                memmove(tc->ar, tc->ar + 1, strlen(tc->ar));
            char *end = tc->ar + strlen(tc->ar);
            while (end > tc->ar && (end[-1] == ' ' || end[-1] == '\t'))
                *--end = '\0';
            return;
        }
    }
}

int
drv_toolchain_init(DrvToolchain *tc, const DrvOpts *o)
{
    memset(tc, 0, sizeof *tc);
    tc->verbose = o->verbose;
    tc->jobs = o->jobs;
    tc->cachedir = drv_cache_dir();
    if (tc->cachedir == NULL)
        return -1;
    if (drv_pyinfo_load(&tc->py, o->python, tc->cachedir, o->verbose) < 0)
        return -1;
    if (choose_cc(tc) < 0)
        return -1;
    choose_ar(tc);
    tc->sanitize = env_flag("PYAOT_SANITIZE");

    DrvArgv *f = &tc->cflags;
    add(f, tc->sanitize ? "-O1" : "-O2");
    add(f, "-g1");
    add(f, "-fPIC");
    add(f, "-fvisibility=hidden");
    add(f, "-fno-strict-aliasing");
    add(f, "-fwrapv");
    /* Python rounds every float operation: no fused multiply-add (the
     * default on targets that have one, e.g. aarch64). */
    add(f, "-ffp-contract=off");
    /* x * 1.0 must quiet a signalling NaN as CPython's multiply does. */
    add(f, "-fsignaling-nans");
    add(f, "-Wno-unused-label");
    add(f, "-Wno-unused-variable");
    add(f, "-Wno-unused-function");
    if (tc->sanitize) {
        add(f, "-fsanitize=address,undefined");
        add(f, "-fno-omit-frame-pointer");
    }
    else {
        add(f, "-DNDEBUG");
    }
    vec_push(f, drv_strfmt("-I%s", tc->py.include));
    if (strcmp(tc->py.platinclude, tc->py.include) != 0)
        vec_push(f, drv_strfmt("-I%s", tc->py.platinclude));
    vec_push(f, drv_strfmt("-I%s", drv_runtime_dir()));
    drv_split_words(f, getenv("PYAOT_CFLAGS"));

#ifdef __APPLE__
    add(&tc->ldflags, "-bundle");
    add(&tc->ldflags, "-undefined");
    add(&tc->ldflags, "dynamic_lookup");
#else
    add(&tc->ldflags, "-shared");
#endif
    if (tc->sanitize)
        add(&tc->ldflags, "-fsanitize=address,undefined");

    DrvHash h;
    drv_hash_init(&h);
    drv_hash_str(&h, "toolchain-v1");
    drv_hash_str(&h, PYAOT_VERSION);
    drv_hash_str(&h, tc->py.ident);
    hash_argv(&h, &tc->cc);
    hash_argv(&h, &tc->cflags);
    hash_argv(&h, &tc->ldflags);
    drv_hash_hex(&h, tc->ident);

    DrvArgv srcs = { 0 };
    int rc = scan_runtime(tc, &srcs);
    if (rc == 0)
        rc = ensure_runtime(tc, &srcs);
    drv_argv_free(&srcs);
    return rc;
}

void
drv_toolchain_free(DrvToolchain *tc)
{
    drv_pyinfo_free(&tc->py);
    drv_argv_free(&tc->cc);
    drv_argv_free(&tc->cflags);
    drv_argv_free(&tc->ldflags);
    free(tc->ar);
    free(tc->cachedir);
    free(tc->rtlib);
    memset(tc, 0, sizeof *tc);
}

/* ---- module jobs ---- */

typedef struct ModJob {
    const char *label; /* the source path, for messages */
    char *so_path;     /* final shared object */
    char *c_path;      /* final kept C source, or NULL */
    char *tmp_so, *tmp_c;
    bool started;
} ModJob;

typedef struct ModCtx {
    ModJob *jobs;
    int failed;
    bool verbose;
} ModCtx;

static void
discard_temps(ModJob *j)
{
    if (j->tmp_so) {
        unlink(j->tmp_so);
        drv_temp_forget(j->tmp_so);
    }
    if (j->tmp_c) {
        unlink(j->tmp_c);
        drv_temp_forget(j->tmp_c);
    }
}

static void
mod_done(void *ctx, int id, bool ok, int status, const char *out, size_t len)
{
    ModCtx *m = ctx;
    ModJob *j = &m->jobs[id];
    if (!ok || m->verbose) {
        fflush(stdout);
        fwrite(out, 1, len, stderr);
    }
    if (!ok) {
        if (status != -1 && WIFSIGNALED(status))
            drv_error("the C compiler was killed by signal %d",
                      WTERMSIG(status));
        drv_error("C compilation failed for %s", j->label);
        discard_temps(j);
        m->failed++;
        return;
    }
    if (rename(j->tmp_so, j->so_path) < 0) {
        drv_error("cannot write '%s': %s", j->so_path, strerror(errno));
        discard_temps(j);
        m->failed++;
        return;
    }
    drv_temp_forget(j->tmp_so);
    if (j->c_path) {
        if (rename(j->tmp_c, j->c_path) < 0) {
            drv_error("cannot write '%s': %s", j->c_path, strerror(errno));
            m->failed++;
            discard_temps(j);
            return;
        }
        drv_temp_forget(j->tmp_c);
    }
    else {
        unlink(j->tmp_c);
        drv_temp_forget(j->tmp_c);
    }
}

/* Writes data to a new file (O_EXCL). Returns 0 or an errno value. */
static int
write_new_file(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return errno;
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            close(fd);
            return e;
        }
        data += n;
        len -= (size_t)n;
    }
    if (close(fd) < 0)
        return errno;
    return 0;
}

/* Writes the C source beside the output and starts the C compiler. */
static int
start_module(DrvToolchain *tc,
             DrvPool *pool,
             ModJob *j,
             int id,
             const char *csrc,
             size_t len)
{
    drv_temp_sweep(j->so_path);
    j->tmp_c = drv_temp_name(j->so_path, ".c");
    j->tmp_so = drv_temp_name(j->so_path, NULL);
    drv_temp_add(j->tmp_c, false);
    drv_temp_add(j->tmp_so, false);
    int e = write_new_file(j->tmp_c, csrc, len);
    if (e != 0) {
        char *dir = path_dir(j->so_path);
        drv_error(
          "cannot write to the output directory '%s': %s", dir, strerror(e));
        free(dir);
        discard_temps(j);
        return -1;
    }
    DrvArgv argv = { 0 };
    for (int k = 0; k < tc->cc.len; k++)
        add(&argv, tc->cc.items[k]);
    for (int k = 0; k < tc->cflags.len; k++)
        add(&argv, tc->cflags.items[k]);
    add(&argv, "-o");
    add(&argv, j->tmp_so);
    add(&argv, j->tmp_c);
    if (tc->rtlib)
        add(&argv, tc->rtlib);
    for (int k = 0; k < tc->ldflags.len; k++)
        add(&argv, tc->ldflags.items[k]);
    vec_push(&argv, NULL);
    int rc = drv_pool_spawn(pool, argv.items, id);
    argv.len--;
    drv_argv_free(&argv);
    if (rc < 0) {
        discard_temps(j);
        return -1;
    }
    j->started = true;
    return 0;
}

static void
free_job(ModJob *j)
{
    free(j->so_path);
    free(j->c_path);
    free(j->tmp_so);
    free(j->tmp_c);
}

int
drv_build_one_c(DrvToolchain *tc,
                const char *csrc,
                size_t len,
                const char *so_path,
                const char *label)
{
    ModJob job = { 0 };
    job.label = label;
    job.so_path = xstrdup(so_path);
    ModCtx ctx = { &job, 0, tc->verbose };
    DrvPool pool;
    drv_pool_init(&pool, 1, mod_done, &ctx, tc->verbose);
    int rc = start_module(tc, &pool, &job, 0, csrc, len);
    drv_pool_free(&pool);
    if (ctx.failed)
        rc = -1;
    free_job(&job);
    return rc;
}

/* ---- commands ---- */

int
drv_cmd_build(const DrvOpts *o, char **files, int nfiles)
{
    int failed = 0;
    ModJob *jobs = xcalloc((size_t)nfiles, sizeof *jobs);
    char **modnames = xcalloc((size_t)nfiles, sizeof *modnames);
    bool *skip = xcalloc((size_t)nfiles, sizeof *skip);
    StrBuf *csrc = xcalloc((size_t)nfiles, sizeof *csrc);
    SrcFile *srcs = xcalloc((size_t)nfiles, sizeof *srcs);
    DrvToolchain tc;
    bool have_tc = false;
    char *made_from = NULL; /* the first directory of -o this run creates */

    /* Sources and names first: they fail before any work. */
    for (int i = 0; i < nfiles; i++) {
        jobs[i].label = files[i];
        if (drv_read_source(files[i], &srcs[i]) < 0) {
            skip[i] = true;
            failed++;
            continue;
        }
        modnames[i] = drv_module_name(files[i]);
        if (modnames[i] == NULL) {
            skip[i] = true;
            failed++;
            continue;
        }
        char *stem = file_stem(files[i]);
        char *dir = o->outdir ? xstrdup(o->outdir) : path_dir(files[i]);
        jobs[i].so_path = drv_strfmt("%s/%s%s", dir, stem, "%EXT%");
        if (o->keep_c)
            jobs[i].c_path = drv_strfmt("%s/%s.c", dir, stem);
        free(dir);
        free(stem);
        for (int k = 0; k < i; k++) {
            if (!skip[k] && !strcmp(jobs[k].so_path, jobs[i].so_path)) {
                drv_error("'%s' and '%s' would both be built into the same "
                          "output file",
                          files[k],
                          files[i]);
                skip[i] = true;
                failed++;
                break;
            }
        }
    }
    if (failed)
        goto out;

    /* Compile errors next: they need no toolchain. */
    for (int i = 0; i < nfiles; i++) {
        SrcFile src = srcs[i];
        char *tbname = import_filename(files[i]);
        CompileOptions copt = {
            modnames[i],       tbname,        false, drv_check_unames,
            (void *)o->python, drv_nfkc_names
        };
        sb_init(&csrc[i]);
        fflush(stdout);
        int rc =
          pyaot_compile_source(&copt, &src, DUMP_NONE, &csrc[i], stderr);
        fflush(stderr);
        if (rc != 0) {
            skip[i] = true;
            failed++;
        }
        free(tbname);
    }
    if (failed)
        goto out;

    /* The output directory only now, so that a program with errors leaves
     * nothing behind; the part made here goes again if the build fails. */
    if (o->outdir) {
        made_from = drv_first_missing_dir(o->outdir);
        if (drv_mkdirs(o->outdir) < 0) {
            drv_error("cannot create the output directory '%s': %s",
                      o->outdir,
                      strerror(errno));
            failed = 1;
            goto out;
        }
    }

    have_tc = true; /* freed even when init fails half-way */
    if (drv_toolchain_init(&tc, o) < 0) {
        failed = 1;
        goto out;
    }
    ModCtx ctx = { jobs, 0, o->verbose };
    DrvPool pool;
    drv_pool_init(&pool, o->jobs, mod_done, &ctx, o->verbose);
    for (int i = 0; i < nfiles; i++) {
        /* Replace the placeholder by the interpreter's suffix. */
        char *p = strstr(jobs[i].so_path, "%EXT%");
        char *so = drv_strfmt("%.*s%s",
                              (int)(p - jobs[i].so_path),
                              jobs[i].so_path,
                              tc.py.ext_suffix);
        free(jobs[i].so_path);
        jobs[i].so_path = so;
        if (start_module(&tc,
                         &pool,
                         &jobs[i],
                         i,
                         csrc[i].data ? csrc[i].data : "",
                         csrc[i].len) < 0)
            failed++;
        sb_free(&csrc[i]);
    }
    drv_pool_free(&pool);
    failed += ctx.failed;

out:
    if (have_tc)
        drv_toolchain_free(&tc);
    if (failed && made_from)
        drv_rmdirs_up_to(o->outdir, made_from);
    free(made_from);
    for (int i = 0; i < nfiles; i++) {
        free_job(&jobs[i]);
        free(modnames[i]);
        sb_free(&csrc[i]);
        free((char *)srcs[i].text);
    }
    free(csrc);
    free(srcs);
    free(jobs);
    free(modnames);
    free(skip);
    drv_temp_cleanup();
    return failed ? 1 : 0;
}

int
drv_cmd_emit(const DrvOpts *o, char **files, int nfiles, DumpKind dump)
{
    int failed = 0;
    for (int i = 0; i < nfiles; i++) {
        char *modname = drv_module_name(files[i]);
        if (modname == NULL) {
            failed++;
            continue;
        }
        SrcFile src;
        if (drv_read_source(files[i], &src) < 0) {
            free(modname);
            failed++;
            continue;
        }
        char *tbname = import_filename(files[i]);
        CompileOptions copt = {
            modname,           tbname,        false, drv_check_unames,
            (void *)o->python, drv_nfkc_names
        };
        StrBuf out;
        sb_init(&out);
        fflush(stdout);
        int rc = pyaot_compile_source(&copt, &src, dump, &out, stderr);
        if (rc != 0) {
            failed++;
        }
        else if (out.len && fwrite(out.data, 1, out.len, stdout) != out.len) {
            drv_error("cannot write to standard output: %s", strerror(errno));
            failed++;
        }
        sb_free(&out);
        free(tbname);
        free(modname);
        free((char *)src.text);
    }
    if (fflush(stdout) != 0) {
        drv_error("cannot write to standard output: %s", strerror(errno));
        failed++;
    }
    return failed ? 1 : 0;
}
