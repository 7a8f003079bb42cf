/*
 * run.c: `pyaot run FILE.py ARGS...`: compile FILE.py into the cache (once
 * per distinct source, path, interpreter, runtime, flags and compiler
 * binary) and exec the target interpreter with a bootstrap that runs the
 * extension as __main__, the way `python FILE.py` runs the source.
 *
 * What `python FILE.py` does and the bootstrap mimics (checked against
 * CPython 3.9-3.13): sys.argv = [FILE.py, ARGS...]; sys.path[0] =
 * dirname(realpath(FILE.py)) unless safe_path; __main__.__file__ = the path
 * made absolute by prefixing the working directory (not normalized), which
 * is also the file name tracebacks show; stderr and stdout are flushed
 * before an uncaught exception is printed; SystemExit, KeyboardInterrupt
 * (exit by SIGINT) and atexit behave as usual because the exception is
 * re-raised to the interpreter's own top level, with sys.excepthook wrapped
 * so that the printed traceback starts at the compiled module's first frame
 * instead of the bootstrap's and importlib's.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

/* Runs with sys.argv = ['-c', SO, TBNAME, SCRIPT, PATH0, ARGS...]. */
static const char BOOTSTRAP[] =
  "import sys\n"
  "def _pyaot_hook(tbname):\n"
  "    hook = sys.excepthook\n"
  "    def excepthook(t, v, tb):\n"
  "        sys.excepthook = hook\n"
  "        x = tb\n"
  "        while x is not None and x.tb_frame.f_code.co_filename != tbname:\n"
  "            x = x.tb_next\n"
  "        if x is None:\n"
  "            x = tb\n"
  "            while x is not None and (\n"
  "                    x.tb_frame.f_code.co_filename == '<string>' or\n"
  "                    x.tb_frame.f_code.co_filename.startswith(\n"
  "                        '<frozen importlib')):\n"
  "                x = x.tb_next\n"
  "            if x is None:\n"
  "                x = tb\n"
  "        if isinstance(v, BaseException):\n"
  "            v.__traceback__ = x\n"
  "        sys.last_traceback = x\n"
  "        hook(t, v, x)\n"
  "    sys.excepthook = excepthook\n"
  "def _pyaot_flush():\n"
  "    for name in ('stderr', 'stdout'):\n"
  "        f = getattr(sys, name, None)\n"
  "        if f is not None:\n"
  "            try:\n"
  "                f.flush()\n"
  "            except Exception:\n"
  "                pass\n"
  "def _pyaot_run():\n"
  "    # 3.13 keeps the -c source (this bootstrap) for tracebacks as\n"
  "    # '<string>': eval'd code's frames would show its lines.\n"
  "    lc = sys.modules.get('linecache')\n"
  "    if lc is not None and isinstance(getattr(lc, 'cache', None), dict):\n"
  "        lc.cache.pop('<string>', None)\n"
  "    argv = sys.argv\n"
  "    so, tbname, path0 = argv[1], argv[2], argv[4]\n"
  "    argv[:] = argv[3:4] + argv[5:]\n"
  "    if sys.path and sys.path[0] == '':\n"
  "        sys.path[0] = path0\n"
  "    # importlib's own frozen modules, loaded at start-up: importing\n"
  "    # importlib.util would cost a few milliseconds per run.\n"
  "    from _frozen_importlib_external import ExtensionFileLoader, \\\n"
  "        spec_from_file_location\n"
  "    from _frozen_importlib import module_from_spec\n"
  "    loader = ExtensionFileLoader('__main__', so)\n"
  "    spec = spec_from_file_location('__main__', so, loader=loader)\n"
  "    try:\n"
  "        mod = module_from_spec(spec)\n"
  "        # The names and order `python FILE.py` gives __main__.\n"
  "        d = mod.__dict__\n"
  "        rest = dict(d)\n"
  "        d.clear()\n"
  "        for k in ('__name__', '__doc__', '__package__', '__loader__'):\n"
  "            d[k] = rest.pop(k, None)\n"
  "        d['__package__'] = None\n"
  "        d['__spec__'] = None\n"
  "        d['__annotations__'] = {}\n"
  "        d['__builtins__'] = sys.modules['builtins']\n"
  "        d['__file__'] = tbname\n"
  "        d['__cached__'] = None\n"
  "        for k in ('__spec__', '__file__', '__cached__'):\n"
  "            rest.pop(k, None)\n"
  "        d.update(rest)\n"
  "        sys.modules['__main__'] = mod\n"
  "        loader.exec_module(mod)\n"
  "    except BaseException as e:\n"
  "        _pyaot_flush()\n"
  "        if not isinstance(e, SystemExit):\n"
  "            _pyaot_hook(tbname)\n"
  "        raise\n"
  "    _pyaot_flush()\n"
  "_pyaot_run()\n";

/* The file name CPython gives the script: from 3.9 on, a relative path is
 * prefixed by the working directory (without normalization). */
static char *
script_filename(const char *path, long hexversion)
{
    if (path[0] == '/' || hexversion < 0x03090000)
        return xstrdup(path);
    char *cwd = getcwd(NULL, 0);
    if (cwd == NULL)
        return xstrdup(path);
    char *r = drv_strfmt("%s/%s", strcmp(cwd, "/") ? cwd : "", path);
    free(cwd);
    return r;
}

/* sys.path[0] for a script: the directory of its real path. */
static char *
script_dir(const char *path)
{
    char *real = realpath(path, NULL);
    const char *p = real ? real : path;
    const char *slash = strrchr(p, '/');
    char *r;
    if (slash == NULL)
        r = xstrdup(".");
    else if (slash == p)
        r = xstrdup("/");
    else
        r = drv_strfmt("%.*s", (int)(slash - p), p);
    free(real);
    return r;
}

/* A module name for the compiled script: its stem if that is an
 * identifier (the module runs as __main__ anyway). */
static char *
run_modname(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 3 && !strcmp(base + n - 3, ".py"))
        n -= 3;
    if (drv_is_identifier(base, n) &&
        !(n == 8 && !memcmp(base, "__main__", 8)))
        return drv_strfmt("%.*s", (int)n, base);
    return xstrdup("pyaot_main");
}

/* Prepends the sanitizer runtimes to LD_PRELOAD: an instrumented extension
 * cannot load into an uninstrumented interpreter otherwise. */
static void
sanitizer_env(DrvToolchain *tc)
{
    const char *libs[] = { "libasan.so", "libubsan.so" };
    StrBuf pre;
    sb_init(&pre);
    for (int i = 0; i < 2; i++) {
        DrvArgv argv = { 0 };
        for (int k = 0; k < tc->cc.len; k++)
            vec_push(&argv, xstrdup(tc->cc.items[k]));
        vec_push(&argv, drv_strfmt("-print-file-name=%s", libs[i]));
        vec_push(&argv, NULL);
        StrBuf out;
        sb_init(&out);
        int st = drv_run_capture(argv.items, &out, NULL, tc->verbose);
        argv.len--;
        drv_argv_free(&argv);
        if (st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0 && out.len) {
            while (out.len && (out.data[out.len - 1] == '\n' ||
                               out.data[out.len - 1] == '\r'))
                out.data[--out.len] = '\0';
            if (out.data[0] == '/' && access(out.data, R_OK) == 0) {
                if (pre.len)
                    sb_putc(&pre, ':');
                sb_puts(&pre, out.data);
            }
        }
        sb_free(&out);
    }
    if (pre.len) {
        const char *old = getenv("LD_PRELOAD");
        if (old && *old) {
            sb_putc(&pre, ':');
            sb_puts(&pre, old);
        }
        setenv("LD_PRELOAD", pre.data, 1);
    }
    sb_free(&pre);
    /* CPython does not free everything at exit. */
    setenv("ASAN_OPTIONS", "detect_leaks=0", 0);
}

int
drv_cmd_run(const DrvOpts *o, const char *file, char **args, int nargs)
{
    SrcFile src;
    if (drv_read_source(file, &src) < 0)
        return 1;
    DrvToolchain tc;
    if (drv_toolchain_init(&tc, o) < 0) {
        drv_temp_cleanup();
        drv_toolchain_free(&tc);
        free((char *)src.text);
        return 1;
    }
    char *tbname = script_filename(file, tc.py.hexversion);
    char *path0 = script_dir(file);
    char *modname = run_modname(file);

    DrvHash h;
    char key[65];
    drv_hash_init(&h);
    drv_hash_str(&h, "run-v1");
    drv_hash_str(&h, PYAOT_VERSION);
    drv_hash_str(&h, tc.ident);
    drv_hash_str(&h, tc.rthash);
    drv_hash_str(&h, tc.rtlib ? tc.rtlib : "");
    struct stat st;
    if (stat("/proc/self/exe", &st) == 0) {
        char *stamp = drv_strfmt("%lld:%lld:%lld:%ld",
                                 (long long)st.st_size,
                                 (long long)st.st_ino,
                                 (long long)st.st_mtim.tv_sec,
                                 (long)st.st_mtim.tv_nsec);
        drv_hash_str(&h, stamp);
        free(stamp);
    }
    drv_hash_str(&h, tbname);
    drv_hash_str(&h, modname);
    drv_hash_update(&h, src.text, src.len);
    drv_hash_hex(&h, key);

    int rc = 1;
    char *rundir = drv_strfmt("%s/run", tc.cachedir);
    char *so =
      drv_strfmt("%s/%s-%.32s%s", rundir, modname, key, tc.py.ext_suffix);
    if (drv_mkdirs(rundir) < 0) {
        drv_error("cannot create '%s': %s", rundir, strerror(errno));
        goto out;
    }
    if (access(so, R_OK) != 0) {
        drv_sweep_stale(rundir);
        CompileOptions copt = {
            modname,           tbname,        true, drv_check_unames,
            (void *)o->python, drv_nfkc_names
        };
        StrBuf c;
        sb_init(&c);
        fflush(stdout);
        int crc = pyaot_compile_source(&copt, &src, DUMP_NONE, &c, stderr);
        if (crc == 0 &&
            drv_build_one_c(&tc, c.data ? c.data : "", c.len, so, file) < 0)
            crc = 1;
        sb_free(&c);
        if (crc != 0)
            goto out;
    }
    if (tc.sanitize)
        sanitizer_env(&tc);

    {
        int argc = 7 + nargs;
        char **argv = xcalloc((size_t)argc + 1, sizeof *argv);
        argv[0] = tc.py.python;
        argv[1] = "-c";
        argv[2] = (char *)BOOTSTRAP;
        argv[3] = so;
        argv[4] = tbname;
        argv[5] = (char *)file;
        argv[6] = path0;
        for (int i = 0; i < nargs; i++)
            argv[7 + i] = args[i];
        if (o->verbose) {
            fprintf(stderr,
                    "%s -c BOOTSTRAP %s %s %s %s ...\n",
                    tc.py.python,
                    so,
                    tbname,
                    file,
                    path0);
        }
        drv_temp_cleanup();
        fflush(stdout);
        fflush(stderr);
        /* exec resets our handlers; inherited SIG_IGN stays, as for
         * `python FILE.py`. */
        execv(tc.py.path, argv);
        drv_error("cannot run '%s': %s", tc.py.path, strerror(errno));
        free(argv);
    }
out:
    drv_temp_cleanup();
    free(so);
    free(rundir);
    free(tbname);
    free(path0);
    free(modname);
    free((char *)src.text);
    drv_toolchain_free(&tc);
    return rc;
}
