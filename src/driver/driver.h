/*
 * driver.h: the pyaot executable: command line (main.c), target interpreter
 * queries (pyinfo.c), C compiler invocation, runtime archive, atomic outputs
 * and parallel jobs (build.c), the `run` cache and bootstrap (run.c), and a
 * content hash (hash.c).
 *
 * Assumes: one thread. Children are started with fork/exec; every output is
 * first written under a temporary name in its destination directory and
 * renamed into place only when complete. Temporary paths are registered so
 * that an error exit or a fatal signal (SIGINT, SIGTERM, SIGHUP) removes
 * them. Functions print their own "pyaot: error: ..." messages and return
 * -1 (or NULL) on failure; callers only propagate.
 */
#ifndef PYAOT_DRIVER_H
#define PYAOT_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "codegen/compile.h"
#include "util/util.h"

#ifndef PYAOT_VERSION
#define PYAOT_VERSION "0.0.0"
#endif
#ifndef PYAOT_RUNTIME_DIR
#define PYAOT_RUNTIME_DIR "runtime"
#endif

/* ---- options shared by the commands ---- */

typedef struct DrvOpts {
    const char *python; /* --python, else $PYAOT_PYTHON, else "python3" */
    const char *outdir; /* -o DIR (build), NULL = beside each source */
    int jobs;           /* -j N, >= 1 */
    bool keep_c;        /* --keep-c */
    bool verbose;       /* -v: print the commands run */
} DrvOpts;

/* ---- diagnostics and small helpers (build.c) ---- */

void drv_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *drv_strfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Splits s at blanks (no quoting) and appends the words to v. */
typedef Vec(char *) DrvArgv;
void drv_split_words(DrvArgv *v, const char *s);
void drv_argv_free(DrvArgv *v);
/* CompileOptions.check_names: asks the interpreter ctx (a program name)
 * which \N{...} names it does not know (pyinfo.c). */
int drv_check_unames(void *ctx,
                     const char *const *names,
                     int n,
                     unsigned char *known);
/* CompileOptions.normalize_names: asks the interpreter ctx for the NFKC
 * forms of identifiers (pyinfo.c). */
int drv_nfkc_names(void *ctx, const char *const *names, int n, char **out);
/* Resolves a program name as execvp would. Returns a heap path or NULL. */
char *drv_find_program(const char *name);
/* mkdir -p with mode 0777 (umask applies). Returns 0 or -1 (errno set). */
int drv_mkdirs(const char *path);
/* The outermost directory of path that does not exist yet (heap), or NULL
 * when path exists. */
char *drv_first_missing_dir(const char *path);
/* Removes the empty directories from path up to top (made by drv_mkdirs
 * after drv_first_missing_dir returned top); stops at the first that is
 * not empty. */
void drv_rmdirs_up_to(const char *path, const char *top);
/* Removes a directory tree (best effort). */
void drv_rmtree(const char *path);
/* The cache root: $PYAOT_CACHE_DIR, $XDG_CACHE_HOME/pyaot, ~/.cache/pyaot;
 * created on first use. Returns a heap path or NULL after an error. */
char *drv_cache_dir(void);
/* Removes temporaries (".*.tmp.*") older than an hour from dir: leftovers
 * of a pyaot killed by SIGKILL. */
void drv_sweep_stale(const char *dir);
/* The runtime source directory: $PYAOT_RUNTIME_DIR or the built-in one. */
const char *drv_runtime_dir(void);
/* Writes data to path atomically (temporary + rename). Returns 0 or -1
 * after printing an error. */
int drv_write_atomic(const char *path, const void *data, size_t len);
/* A fresh temporary name for path in the same directory:
 * DIR/.<base>.tmp.<pid>.<n>[suffix]. Heap string. */
char *drv_temp_name(const char *path, const char *suffix);
/* Removes the temporaries drv_temp_name made for path that a process
 * killed outright (SIGKILL, power loss) left behind: their pid is gone
 * and they are more than a minute old. */
void drv_temp_sweep(const char *path);

/* ---- temporaries removed on failure or fatal signal ---- */

void drv_signals_init(void);
void drv_temp_add(const char *path, bool isdir);
void drv_temp_forget(const char *path);
void drv_temp_cleanup(void); /* removes every registered temporary */

/* ---- child processes ---- */

/* Runs argv to completion, capturing stdout into *out (if out != NULL) and
 * stderr into *err (if err != NULL; else inherited). Returns the wait status
 * or -1 if the program could not be started (error printed). */
int drv_run_capture(char *const argv[],
                    StrBuf *out,
                    StrBuf *err,
                    bool verbose);

typedef void (*DrvJobDone)(void *ctx,
                           int id,
                           bool ok,
                           int status,
                           const char *output,
                           size_t len);

/* A pool of at most max concurrent children. A child's stdout and stderr
 * go to an anonymous temporary file handed to done() when it exits. */
typedef struct DrvPool {
    int max, running;
    struct DrvSlot *slots;
    DrvJobDone done;
    void *ctx;
    bool verbose;
} DrvPool;

void drv_pool_init(DrvPool *p,
                   int max,
                   DrvJobDone done,
                   void *ctx,
                   bool verbose);
/* Starts argv, first waiting for a free slot. Returns 0, or -1 if the child
 * could not be started (error printed; done() is not called). */
int drv_pool_spawn(DrvPool *p, char *const argv[], int id);
void drv_pool_wait_all(DrvPool *p);
void drv_pool_free(DrvPool *p);

/* ---- target interpreter (pyinfo.c) ---- */

typedef struct PyInfo {
    char *python;      /* as given (--python) */
    char *path;        /* resolved program path */
    char *executable;  /* its sys.executable */
    char *version;     /* "3.11.7" */
    long hexversion;   /* sys.hexversion */
    char *cc, *ar;     /* sysconfig CC, AR (may be empty) */
    char *cflags;      /* sysconfig CFLAGS */
    char *ext_suffix;  /* ".cpython-311-x86_64-linux-gnu.so" */
    char *include;     /* directory holding Python.h */
    char *platinclude; /* directory holding pyconfig.h */
    bool py_debug, gil_disabled;
    char *ident; /* identity for cache keys (path, stat, version, ...) */
} PyInfo;

/* Queries (or loads from the cache) the interpreter's build information.
 * Returns 0, or -1 after printing an error. */
int drv_pyinfo_load(PyInfo *pi,
                    const char *python,
                    const char *cachedir,
                    bool verbose);
void drv_pyinfo_free(PyInfo *pi);

/* ---- building (build.c) ---- */

/* Everything needed to compile generated C for one target. */
typedef struct DrvToolchain {
    PyInfo py;
    DrvArgv cc;     /* compiler command words */
    DrvArgv cflags; /* compile flags (includes -I) */
    DrvArgv ldflags;
    char *ar;
    char *cachedir;
    char *rtlib;     /* runtime archive path, NULL if the runtime is empty */
    char rthash[65]; /* content hash of the runtime sources */
    char ident[65];  /* hash of toolchain + flags (cache key part) */
    bool sanitize;
    bool verbose;
    int jobs;
} DrvToolchain;

/* Loads the interpreter info, chooses the C compiler and flags and makes
 * sure the runtime archive exists in the cache. Returns 0 or -1. */
int drv_toolchain_init(DrvToolchain *tc, const DrvOpts *o);
void drv_toolchain_free(DrvToolchain *tc);

/* Module naming: the dotted module name of a source file (walking up
 * through directories holding __init__.py) and the check that the stem is
 * an identifier. Returns a heap string or NULL after printing an error. */
char *drv_module_name(const char *path);
bool drv_is_identifier(const char *s, size_t n);

/* Reads path into src (text heap-allocated). Prints
 * "PATH: error: cannot read file: ..." and returns -1 on failure. */
int drv_read_source(const char *path, SrcFile *src);

/* Compiles C source text to the shared object so_path (atomically) for one
 * module; used by `run`. Returns 0 or -1 after printing errors. */
int drv_build_one_c(DrvToolchain *tc,
                    const char *csrc,
                    size_t len,
                    const char *so_path,
                    const char *label);

/* The commands. Each returns the process exit status. */
int drv_cmd_build(const DrvOpts *o, char **files, int nfiles);
int drv_cmd_emit(const DrvOpts *o, char **files, int nfiles, DumpKind dump);
int drv_cmd_run(const DrvOpts *o, const char *file, char **args, int nargs);

/* ---- hashing (hash.c) ---- */

typedef struct DrvHash {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t used;
} DrvHash;

void drv_hash_init(DrvHash *h);
void drv_hash_update(DrvHash *h, const void *data, size_t n);
/* Adds a length-prefixed string, so concatenations cannot collide. */
void drv_hash_str(DrvHash *h, const char *s);
void drv_hash_hex(DrvHash *h, char out[65]); /* SHA-256, lowercase hex */

#endif /* PYAOT_DRIVER_H */
