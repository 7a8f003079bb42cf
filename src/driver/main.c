/*
 * main.c: the pyaot command line.
 *
 *   pyaot build FILE.py... [-o DIR] [--python PY] [--keep-c] [-j N] [-v]
 *   pyaot run [--python PY] [-v] FILE.py [ARGS...]
 *   pyaot emit FILE.py...
 *   pyaot --dump=ast|scopes|ir|types FILE.py...
 *
 * Exit status: 0 success; 1 compile errors, unreadable sources, missing
 * tools, failed C compiles (for `run`, the program's own status); 2 usage
 * errors.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver.h"

static const char USAGE[] =
  "usage: pyaot build FILE.py... [-o DIR] [--python PY] [--keep-c] [-j N]\n"
  "       pyaot run [--python PY] FILE.py [ARGS...]\n"
  "       pyaot emit FILE.py...\n"
  "       pyaot --dump=ast|scopes|ir|types FILE.py...\n";

static const char HELP[] =
  "\n"
  "pyaot compiles Python modules to CPython extension modules.\n"
  "\n"
  "commands:\n"
  "  build     compile each FILE.py to <name><EXT_SUFFIX> for the target\n"
  "            interpreter, beside the source or in -o DIR\n"
  "  run       compile FILE.py (cached) and run it as __main__, like\n"
  "            `python FILE.py ARGS...`\n"
  "  emit      print the generated C source\n"
  "\n"
  "options:\n"
  "  -o, --output DIR    output directory for build (created if missing)\n"
  "  --python PY         target interpreter (default: $PYAOT_PYTHON, "
  "else\n"
  "                      python3 on PATH)\n"
  "  --keep-c            build: also keep <name>.c beside the output\n"
  "  -j, --jobs N        run up to N C compilers at once (default: "
  "cores)\n"
  "  --dump=STAGE        print a compiler stage: ast, scopes, ir, types\n"
  "  -v, --verbose       print the commands that are run\n"
  "  -h, --help          show this help\n"
  "  --version           show the version\n"
  "\n"
  "environment:\n"
  "  CC, AR              C compiler and archiver (default: the "
  "interpreter's\n"
  "                      sysconfig, else cc and ar)\n"
  "  PYAOT_CFLAGS        extra C compiler flags\n"
  "  PYAOT_SANITIZE=1    build with AddressSanitizer and UBSan\n"
  "  PYAOT_CACHE_DIR     cache directory (default: "
  "$XDG_CACHE_HOME/pyaot or\n"
  "                      ~/.cache/pyaot)\n"
  "  PYAOT_RUNTIME_DIR   runtime sources (default: " PYAOT_RUNTIME_DIR ")\n";

static int
usage_error(const char *fmt, const char *arg)
{
    fflush(stdout);
    fputs("pyaot: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(USAGE, stderr);
    fputs("(see 'pyaot --help')\n", stderr);
    return 2;
}

enum Cmd { CMD_NONE, CMD_BUILD, CMD_RUN, CMD_EMIT };

/* Returns the option's value: the rest of "--opt=VALUE" or "-oVALUE", else
 * the next argument (advancing *i), else NULL. */
static const char *
opt_value(int argc, char **argv, int *i, const char *rest)
{
    if (rest && *rest)
        return rest;
    if (*i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static bool
parse_dump(const char *v, DumpKind *out)
{
    static const struct {
        const char *name;
        DumpKind kind;
    } kinds[] = { { "ast", DUMP_AST },
                  { "scopes", DUMP_SCOPES },
                  { "ir", DUMP_IR },
                  { "types", DUMP_TYPES } };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(v, kinds[i].name)) {
            *out = kinds[i].kind;
            return true;
        }
    return false;
}

/* Matches "--name", "--name=VALUE" (setting *rest to VALUE). */
static bool
long_opt(const char *arg, const char *name, const char **rest)
{
    size_t n = strlen(name);
    if (strncmp(arg, name, n) != 0)
        return false;
    if (arg[n] == '\0') {
        *rest = NULL;
        return true;
    }
    if (arg[n] == '=') {
        *rest = arg + n + 1;
        return true;
    }
    return false;
}

static int
cli(int argc, char **argv, char **files)
{
    DrvOpts o = { 0 };
    enum Cmd cmd = CMD_NONE;
    DumpKind dump = DUMP_NONE;
    bool saw_o = false, saw_keep = false;
    int nfiles = 0;
    int run_args = -1; /* index in argv where `run`'s ARGS start */
    const char *first_positional = NULL;

    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = ncpu > 0 ? (int)(ncpu > 64 ? 64 : ncpu) : 1;
    o.python = getenv("PYAOT_PYTHON");
    if (o.python == NULL || *o.python == '\0')
        o.python = "python3";

    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *rest = NULL;
        if (!only_files && !strcmp(a, "--")) {
            only_files = true;
            continue;
        }
        if (only_files || a[0] != '-' || a[1] == '\0') {
            if (cmd == CMD_NONE && first_positional == NULL && !only_files) {
                first_positional = a;
                if (!strcmp(a, "build"))
                    cmd = CMD_BUILD;
                else if (!strcmp(a, "run"))
                    cmd = CMD_RUN;
                else if (!strcmp(a, "emit"))
                    cmd = CMD_EMIT;
                if (cmd != CMD_NONE)
                    continue;
            }
            files[nfiles++] = (char *)a;
            if (cmd == CMD_RUN) {
                run_args = i + 1;
                break;
            }
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(USAGE, stdout);
            fputs(HELP, stdout);
            return fflush(stdout) == 0 ? 0 : 1;
        }
        if (!strcmp(a, "--version")) {
            puts("pyaot " PYAOT_VERSION);
            return fflush(stdout) == 0 ? 0 : 1;
        }
        if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            o.verbose = true;
        }
        else if (long_opt(a, "--dump", &rest)) {
            const char *v = opt_value(argc, argv, &i, rest);
            if (v == NULL)
                return usage_error("option %s needs a value", "--dump");
            if (!parse_dump(v, &dump))
                return usage_error("invalid --dump stage '%s' (choose from "
                                   "ast, scopes, ir, types)",
                                   v);
        }
        else if (long_opt(a, "--python", &rest)) {
            const char *v = opt_value(argc, argv, &i, rest);
            if (v == NULL || *v == '\0')
                return usage_error("option %s needs a value", "--python");
            o.python = v;
        }
        else if (!strncmp(a, "-o", 2) || long_opt(a, "--output", &rest)) {
            if (a[1] == 'o')
                rest = a + 2;
            const char *v = opt_value(argc, argv, &i, rest);
            if (v == NULL || *v == '\0')
                return usage_error("option %s needs a value", "-o");
            o.outdir = v;
            saw_o = true;
        }
        else if (!strcmp(a, "--keep-c")) {
            o.keep_c = true;
            saw_keep = true;
        }
        else if (!strncmp(a, "-j", 2) || long_opt(a, "--jobs", &rest)) {
            if (a[1] == 'j')
                rest = a + 2;
            const char *v = opt_value(argc, argv, &i, rest);
            if (v == NULL)
                return usage_error("option %s needs a value", "-j");
            char *end;
            errno = 0;
            long n = strtol(v, &end, 10);
            if (errno || *end || end == v || n < 1 || n > 256)
                return usage_error("invalid job count '%s' (want 1..256)", v);
            o.jobs = (int)n;
        }
        else {
            return usage_error("unknown option '%s'", a);
        }
    }

    if (cmd == CMD_NONE && dump == DUMP_NONE) {
        if (first_positional == NULL)
            return usage_error("missing command%s", "");
        return usage_error("unknown command '%s'", first_positional);
    }
    if (dump != DUMP_NONE && (cmd == CMD_BUILD || cmd == CMD_RUN))
        return usage_error("--dump works with emit only, not %s",
                           cmd == CMD_BUILD ? "build" : "run");
    if (saw_o && cmd != CMD_BUILD)
        return usage_error("option %s works with build only", "-o");
    if (saw_keep && cmd != CMD_BUILD)
        return usage_error("option %s works with build only", "--keep-c");
    if (nfiles == 0)
        return usage_error("missing FILE%s argument", ".py");

    drv_signals_init();
    int rc;
    if (cmd == CMD_BUILD)
        rc = drv_cmd_build(&o, files, nfiles);
    else if (cmd == CMD_RUN)
        rc = drv_cmd_run(&o, files[0], argv + run_args, argc - run_args);
    else
        rc = drv_cmd_emit(&o, files, nfiles, dump);
    return rc;
}

int
main(int argc, char **argv)
{
    char **files = xcalloc((size_t)argc + 1, sizeof *files);
    int rc = cli(argc, argv, files);
    free(files);
    return rc;
}
