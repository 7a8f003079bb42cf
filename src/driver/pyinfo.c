/*
 * pyinfo.c: what the driver needs to know about the target interpreter:
 * version, sysconfig CC/AR/CFLAGS, EXT_SUFFIX and header directories.
 *
 * The interpreter is asked once with `PY -S -c QUERY`, which prints
 * "key=value" lines. The answer is cached in CACHE/pyinfo/<key>.txt, keyed by
 * the interpreter's resolved path, real path and stat data, so later runs
 * skip the ~10 ms query. A wrapper script (a pyenv shim, say) chooses its
 * interpreter at run time, so its answer is never cached.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

/* Valid Python 2 and 3 up to the version check, so that an old interpreter
 * gets a clear message instead of a traceback. */
static const char QUERY[] =
  "import sys, os\n"
  "v = sys.version_info\n"
  "if v < (3, 9):\n"
  "    sys.stdout.write('impl=%s\\nversion=%d.%d.%d\\nhexversion=%d\\n' % (\n"
  "        getattr(getattr(sys, 'implementation', None), 'name', "
  "'cpython'),\n"
  "        v[0], v[1], v[2], sys.hexversion))\n"
  "    sys.exit(0)\n"
  "import sysconfig\n"
  "g = sysconfig.get_config_var\n"
  "try:\n"
  "    paths = sysconfig.get_paths()\n"
  "except Exception:\n"
  "    paths = {}\n"
  "exe = sys.executable or ''\n"
  "real = os.path.realpath(exe) if exe else ''\n"
  "try:\n"
  "    st = os.stat(real)\n"
  "    stamp = '%d:%d:%d' % (st.st_mtime_ns, st.st_size, st.st_ino)\n"
  "except OSError:\n"
  "    stamp = ''\n"
  "inc = paths.get('include') or g('INCLUDEPY') or ''\n"
  "if not os.path.exists(os.path.join(inc, 'Python.h')) and "
  "g('INCLUDEPY'):\n"
  "    inc = g('INCLUDEPY')\n"
  "plat = paths.get('platinclude') or inc\n"
  "if not os.path.exists(os.path.join(plat, 'pyconfig.h')):\n"
  "    plat = inc\n"
  "ext = g('EXT_SUFFIX')\n"
  "if not ext:\n"
  "    import importlib.machinery\n"
  "    ext = importlib.machinery.EXTENSION_SUFFIXES[0]\n"
  "d = [('impl', sys.implementation.name),\n"
  "     ('version', '%d.%d.%d' % tuple(v[:3])),\n"
  "     ('hexversion', sys.hexversion), ('executable', exe),\n"
  "     ('exe_real', real), ('exe_stamp', stamp),\n"
  "     ('cc', g('CC') or ''), ('ar', g('AR') or ''),\n"
  "     ('cflags', g('CFLAGS') or ''), ('ext_suffix', ext),\n"
  "     ('include', inc), ('platinclude', plat),\n"
  "     ('py_debug', int(bool(g('Py_DEBUG')))),\n"
  "     ('gil_disabled', int(bool(g('Py_GIL_DISABLED'))))]\n"
  "sys.stdout.buffer.write(b''.join(\n"
  "    k.encode() + b'=' + os.fsencode(str(x)).replace(b'\\n', b' ') + "
  "b'\\n'\n"
  "    for k, x in d))\n";

void
drv_pyinfo_free(PyInfo *pi)
{
    free(pi->python);
    free(pi->path);
    free(pi->executable);
    free(pi->version);
    free(pi->cc);
    free(pi->ar);
    free(pi->cflags);
    free(pi->ext_suffix);
    free(pi->include);
    free(pi->platinclude);
    free(pi->ident);
    memset(pi, 0, sizeof *pi);
}

static void
set_field(char **slot, const char *v, size_t n)
{
    free(*slot);
    *slot = xmalloc(n + 1);
    memcpy(*slot, v, n);
    (*slot)[n] = '\0';
}

/* Parses the query's "key=value" lines into pi. Returns false if a required
 * key is missing. */
static bool
parse_info(PyInfo *pi, const char *text, size_t len, char **impl)
{
    const char *p = text, *end = text + len;
    bool have_hex = false;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *eq = memchr(p, '=', (size_t)(le - p));
        if (eq) {
            size_t kn = (size_t)(eq - p);
            const char *v = eq + 1;
            size_t vn = (size_t)(le - v);
#define KEY(name) (kn == sizeof(name) - 1 && !memcmp(p, name, kn))
            if (KEY("impl"))
                set_field(impl, v, vn);
            else if (KEY("version"))
                set_field(&pi->version, v, vn);
            else if (KEY("hexversion")) {
                char *tmp = NULL;
                set_field(&tmp, v, vn);
                pi->hexversion = strtol(tmp, NULL, 10);
                have_hex = true;
                free(tmp);
            }
            else if (KEY("executable"))
                set_field(&pi->executable, v, vn);
            else if (KEY("cc"))
                set_field(&pi->cc, v, vn);
            else if (KEY("ar"))
                set_field(&pi->ar, v, vn);
            else if (KEY("cflags"))
                set_field(&pi->cflags, v, vn);
            else if (KEY("ext_suffix"))
                set_field(&pi->ext_suffix, v, vn);
            else if (KEY("include"))
                set_field(&pi->include, v, vn);
            else if (KEY("platinclude"))
                set_field(&pi->platinclude, v, vn);
            else if (KEY("py_debug"))
                pi->py_debug = vn == 1 && *v == '1';
            else if (KEY("gil_disabled"))
                pi->gil_disabled = vn == 1 && *v == '1';
#undef KEY
        }
        p = nl ? nl + 1 : end;
    }
    return have_hex && pi->version != NULL && *impl != NULL;
}

/* Checks a parsed answer. Returns 0 or -1 after an error. */
static int
check_info(PyInfo *pi, const char *impl, bool quiet)
{
    if (quiet) {
        char *h = pi->include ? drv_strfmt("%s/Python.h", pi->include) : NULL;
        bool ok = strcmp(impl, "cpython") == 0 &&
                  pi->hexversion >= 0x03090000 && pi->ext_suffix &&
                  pi->executable && h && access(h, R_OK) == 0;
        free(h);
        if (!ok)
            return -1;
    }
    if (strcmp(impl, "cpython") != 0) {
        drv_error("'%s' is %s, not CPython: pyaot builds CPython extensions",
                  pi->python,
                  impl);
        return -1;
    }
    if (pi->hexversion < 0x03090000) {
        drv_error("'%s' is Python %s; pyaot needs CPython 3.9 or newer",
                  pi->python,
                  pi->version);
        return -1;
    }
    if (pi->ext_suffix == NULL || pi->include == NULL ||
        pi->executable == NULL) {
        drv_error("unexpected answer from '%s' about its build "
                  "configuration",
                  pi->python);
        return -1;
    }
    char *h = drv_strfmt("%s/Python.h", pi->include);
    bool ok = access(h, R_OK) == 0;
    free(h);
    if (!ok) {
        drv_error("the Python headers of '%s' are missing (%s/Python.h): "
                  "install its development package (e.g. python3-dev)",
                  pi->python,
                  pi->include);
        return -1;
    }
    if (pi->platinclude == NULL)
        pi->platinclude = xstrdup(pi->include);
    if (pi->cc == NULL)
        pi->cc = xstrdup("");
    if (pi->ar == NULL)
        pi->ar = xstrdup("");
    if (pi->cflags == NULL)
        pi->cflags = xstrdup("");
    return 0;
}

/* True if the file starts with "#!" (a wrapper script, not a binary). */
static bool
is_script(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[2];
    ssize_t n = read(fd, buf, 2);
    close(fd);
    return n == 2 && buf[0] == '#' && buf[1] == '!';
}

static bool
read_whole(const char *path, StrBuf *sb)
{
    char *text;
    size_t len;
    const char *err;
    if (!util_read_file(path, &text, &len, &err))
        return false;
    sb_putn(sb, text, len);
    free(text);
    return true;
}

int
drv_pyinfo_load(PyInfo *pi,
                const char *python,
                const char *cachedir,
                bool verbose)
{
    memset(pi, 0, sizeof *pi);
    pi->python = xstrdup(python);
    pi->path = drv_find_program(python);
    if (pi->path == NULL) {
        drv_error("cannot find the Python interpreter '%s'%s",
                  python,
                  strchr(python, '/') ? "" : " on PATH");
        return -1;
    }

    /* The cache key: where the program is and what file it is. */
    char *cachefile = NULL;
    char *real = realpath(pi->path, NULL);
    struct stat st;
    if (real && stat(real, &st) == 0 && !is_script(real) && cachedir) {
        DrvHash h;
        char hex[65];
        drv_hash_init(&h);
        drv_hash_str(&h, "pyinfo-v1");
        drv_hash_str(&h, PYAOT_VERSION);
        drv_hash_str(&h, python);
        drv_hash_str(&h, pi->path);
        drv_hash_str(&h, real);
        char *stamp = drv_strfmt("%lld:%lld:%lld:%lld:%ld",
                                 (long long)st.st_dev,
                                 (long long)st.st_ino,
                                 (long long)st.st_size,
                                 (long long)st.st_mtim.tv_sec,
                                 (long)st.st_mtim.tv_nsec);
        drv_hash_str(&h, stamp);
        free(stamp);
        drv_hash_hex(&h, hex);
        cachefile = drv_strfmt("%s/pyinfo/%.32s.txt", cachedir, hex);
    }
    free(real);

    StrBuf out;
    sb_init(&out);
    char *impl = NULL;
    bool from_cache = false;
    if (cachefile && read_whole(cachefile, &out) && out.len > 0) {
        if (parse_info(pi, out.data, out.len, &impl) &&
            check_info(pi, impl, true) == 0)
            from_cache = true;
    }
    if (!from_cache) {
        /* Stale or absent: ask the interpreter. */
        char *tmp_impl = impl;
        impl = NULL;
        free(tmp_impl);
        char *keep_python = pi->python, *keep_path = pi->path;
        pi->python = pi->path = NULL;
        drv_pyinfo_free(pi);
        pi->python = keep_python;
        pi->path = keep_path;
        sb_free(&out);
        sb_init(&out);
        StrBuf err;
        sb_init(&err);
        char *argv[] = { pi->python, "-S", "-c", (char *)QUERY, NULL };
        int st2 = drv_run_capture(argv, &out, &err, verbose);
        if (st2 == -1) {
            sb_free(&err);
            goto fail;
        }
        if (!WIFEXITED(st2) || WEXITSTATUS(st2) != 0) {
            if (WIFEXITED(st2))
                drv_error("the Python interpreter '%s' failed (exit status "
                          "%d)%s",
                          python,
                          WEXITSTATUS(st2),
                          err.len ? "; its error output:" : "");
            else
                drv_error("the Python interpreter '%s' was killed by signal "
                          "%d",
                          python,
                          WTERMSIG(st2));
            if (err.len)
                fwrite(err.data, 1, err.len, stderr);
            sb_free(&err);
            goto fail;
        }
        sb_free(&err);
        if (!parse_info(pi, out.data ? out.data : "", out.len, &impl)) {
            drv_error("'%s' did not describe itself (is it a Python "
                      "interpreter?)",
                      python);
            goto fail;
        }
        if (check_info(pi, impl, false) < 0)
            goto fail;
        if (cachefile) {
            char *dir = drv_strfmt("%s/pyinfo", cachedir);
            /* A cache that cannot be written only costs time. */
            if (drv_mkdirs(dir) == 0)
                drv_write_atomic(cachefile, out.data, out.len);
            free(dir);
        }
    }

    {
        DrvHash h;
        char hex[65];
        drv_hash_init(&h);
        drv_hash_str(&h, pi->path);
        drv_hash_update(&h, out.data, out.len);
        drv_hash_hex(&h, hex);
        pi->ident = xstrdup(hex);
    }
    free(impl);
    free(cachefile);
    sb_free(&out);
    return 0;

fail:
    free(impl);
    free(cachefile);
    sb_free(&out);
    return -1;
}

/* ---- \N{...} names ---- */

/* Prints the index of every argument that is not a name \N{...} accepts
 * (decoding the escape is exactly what CPython's compiler does with it). */
static const char UNAME_QUERY[] =
  "import sys, codecs\n"
  "for i, n in enumerate(sys.argv[1:]):\n"
  "    try:\n"
  "        codecs.decode(('\\\\N{%s}' % n).encode('utf-8', "
  "'surrogateescape'), 'unicode_escape')\n"
  "    except UnicodeDecodeError:\n"
  "        print(i)\n";

/* Runs `python -S -c script arg...` and returns its stdout in *out (the
 * caller frees it): 0, or -1 when the interpreter cannot be run or fails
 * (nothing is reported: the queries are optional). Takes the args. */
static int
drv_query(const char *python, const char *script, DrvArgv *args, StrBuf *out)
{
    char *exe = drv_find_program(python);
    DrvArgv argv = { 0 };
    StrBuf err;
    sb_init(out);
    sb_init(&err);
    if (!exe) {
        drv_argv_free(args);
        return -1;
    }
    vec_push(&argv, exe);
    vec_push(&argv, drv_strfmt("-S"));
    vec_push(&argv, drv_strfmt("-c"));
    vec_push(&argv, drv_strfmt("%s", script));
    for (int i = 0; i < args->len; i++)
        vec_push(&argv, args->items[i]);
    vec_free(args);
    vec_push(&argv, NULL);
    int st = drv_run_capture(argv.items, out, &err, false);
    sb_free(&err);
    argv.len--; /* the NULL */
    drv_argv_free(&argv);
    sb_putc(out, '\0');
    return st == 0 ? 0 : -1;
}

int
drv_check_unames(void *ctx,
                 const char *const *names,
                 int n,
                 unsigned char *known)
{
    const char *python = ctx;
    /* Thousands of names would not fit a command line; such a file keeps
     * the check at import. A missing interpreter is reported later. */
    if (!python || n > 5000)
        return -1;
    DrvArgv args = { 0 };
    for (int i = 0; i < n; i++)
        vec_push(&args, drv_strfmt("%s", names[i]));
    StrBuf out;
    int rc = drv_query(python, UNAME_QUERY, &args, &out);
    if (rc == 0) {
        for (char *p = out.data; *p;) {
            char *end;
            long k = strtol(p, &end, 10);
            if (end == p)
                break;
            if (k >= 0 && k < n)
                known[k] = 0;
            p = end;
            while (*p == '\n' || *p == '\r')
                p++;
        }
    }
    sb_free(&out);
    return rc;
}

/* Prints "INDEX HEX" for each argument (hex UTF-8, so no locale can
 * garble it) whose NFKC form differs: what CPython's tokenizer does to
 * every non-ASCII name (PEP 3131). */
static const char NFKC_QUERY[] = "import sys, unicodedata\n"
                                 "for i, h in enumerate(sys.argv[1:]):\n"
                                 "    n = bytes.fromhex(h).decode('utf-8')\n"
                                 "    m = unicodedata.normalize('NFKC', n)\n"
                                 "    if m != n:\n"
                                 "        print(i, m.encode('utf-8').hex())\n";

int
drv_nfkc_names(void *ctx, const char *const *names, int n, char **out)
{
    const char *python = ctx;
    if (!python || n > 5000)
        return -1;
    DrvArgv args = { 0 };
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]);
        char *h = xmalloc(2 * len + 1);
        for (size_t j = 0; j < len; j++)
            snprintf(h + 2 * j, 3, "%02x", (unsigned char)names[i][j]);
        h[2 * len] = '\0';
        vec_push(&args, h);
    }
    StrBuf res;
    int rc = drv_query(python, NFKC_QUERY, &args, &res);
    if (rc == 0) {
        for (char *p = res.data; *p;) {
            char *end;
            long k = strtol(p, &end, 10);
            if (end == p || *end != ' ')
                break;
            p = end + 1;
            size_t hl = strspn(p, "0123456789abcdef");
            if (k >= 0 && k < n && hl % 2 == 0 && !out[k]) {
                char *s = xmalloc(hl / 2 + 1);
                for (size_t j = 0; j < hl / 2; j++) {
                    char b[3] = { p[2 * j], p[2 * j + 1], '\0' };
                    s[j] = (char)strtol(b, NULL, 16);
                }
                s[hl / 2] = '\0';
                out[k] = s;
            }
            p += hl;
            while (*p == '\n' || *p == '\r')
                p++;
        }
    }
    sb_free(&res);
    return rc;
}
