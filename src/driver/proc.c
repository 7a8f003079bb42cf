/*
 * proc.c: the driver's process and file-system plumbing: error messages,
 * path helpers, the registry of temporary files that an error exit or a
 * fatal signal removes, child processes (one-shot with captured output, or
 * a pool of at most N concurrent jobs), and atomic file writes.
 *
 * Assumes: one thread. Signal handlers touch only the fixed-size registries
 * below, which the main flow mutates with the fatal signals blocked; the
 * handler uses async-signal-safe calls only (kill, waitpid, unlink, rmdir,
 * raise).
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "driver.h"

/* ---- messages and strings ---- */

void
drv_error(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("pyaot: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

char *
drv_strfmt(const char *fmt, ...)
{
    StrBuf sb;
    va_list ap;
    sb_init(&sb);
    va_start(ap, fmt);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    if (sb.data == NULL)
        sb_puts(&sb, "");
    return sb_steal(&sb);
}

void
drv_split_words(DrvArgv *v, const char *s)
{
    if (s == NULL)
        return;
    while (*s) {
        while (*s == ' ' || *s == '\t' || *s == '\n')
            s++;
        const char *start = s;
        while (*s && *s != ' ' && *s != '\t' && *s != '\n')
            s++;
        if (s > start) {
            char *w = xmalloc((size_t)(s - start) + 1);
            memcpy(w, start, (size_t)(s - start));
            w[s - start] = '\0';
            vec_push(v, w);
        }
    }
}

void
drv_argv_free(DrvArgv *v)
{
    for (int i = 0; i < v->len; i++)
        free(v->items[i]);
    vec_free(v);
}

char *
drv_find_program(const char *name)
{
    if (name == NULL || *name == '\0')
        return NULL;
    if (strchr(name, '/')) {
        struct stat st;
        if (stat(name, &st) == 0 && S_ISREG(st.st_mode) &&
            access(name, X_OK) == 0)
            return xstrdup(name);
        return NULL;
    }
    const char *path = getenv("PATH");
    if (path == NULL)
        path = "/usr/local/bin:/usr/bin:/bin";
    while (1) {
        const char *end = strchr(path, ':');
        size_t n = end ? (size_t)(end - path) : strlen(path);
        char *cand = n == 0 ? drv_strfmt("./%s", name)
                            : drv_strfmt("%.*s/%s", (int)n, path, name);
        struct stat st;
        if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) &&
            access(cand, X_OK) == 0)
            return cand;
        free(cand);
        if (end == NULL)
            break;
        path = end + 1;
    }
    return NULL;
}

char *
drv_first_missing_dir(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0)
        return NULL;
    char *p = xstrdup(path);
    char *missing = xstrdup(path);
    for (;;) {
        char *slash = strrchr(p, '/');
        if (!slash || slash == p)
            break;
        *slash = '\0';
        if (stat(p, &st) == 0)
            break;
        free(missing);
        missing = xstrdup(p);
    }
    free(p);
    return missing;
}

void
drv_rmdirs_up_to(const char *path, const char *top)
{
    char *p = xstrdup(path);
    size_t n = strlen(top);
    while (strlen(p) >= n) {
        if (rmdir(p) < 0 && errno != ENOENT)
            break; /* not empty (or not ours): keep it and its parents */
        char *slash = strrchr(p, '/');
        if (!slash || strlen(p) == n)
            break;
        *slash = '\0';
    }
    free(p);
}

int
drv_mkdirs(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        errno = ENOTDIR;
        return -1;
    }
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) < 0 && errno != EEXIST) {
            int e = errno;
            free(p);
            errno = e;
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777);
    int e = errno;
    free(p);
    if (rc < 0 && e != EEXIST) {
        errno = e;
        return -1;
    }
    if (stat(path, &st) < 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

void
drv_rmtree(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL) {
        unlink(path);
        return;
    }
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char *sub = drv_strfmt("%s/%s", path, de->d_name);
        struct stat st;
        if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            drv_rmtree(sub);
        else
            unlink(sub);
        free(sub);
    }
    closedir(d);
    rmdir(path);
}

static char *
absolute(const char *p)
{
    if (p[0] == '/')
        return xstrdup(p);
    char *cwd = getcwd(NULL, 0);
    if (cwd == NULL)
        return xstrdup(p);
    char *r = drv_strfmt("%s/%s", cwd, p);
    free(cwd);
    return r;
}

char *
drv_cache_dir(void)
{
    const char *env = getenv("PYAOT_CACHE_DIR");
    char *dir;
    if (env && *env) {
        dir = absolute(env);
    }
    else if ((env = getenv("XDG_CACHE_HOME")) && env[0] == '/') {
        dir = drv_strfmt("%s/pyaot", env);
    }
    else {
        const char *home = getenv("HOME");
        if (home == NULL || *home == '\0') {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
        if (home == NULL) {
            drv_error("cannot find a cache directory: set PYAOT_CACHE_DIR");
            return NULL;
        }
        dir = drv_strfmt("%s/.cache/pyaot", home);
    }
    if (drv_mkdirs(dir) < 0) {
        drv_error(
          "cannot create cache directory '%s': %s", dir, strerror(errno));
        free(dir);
        return NULL;
    }
    return dir;
}

void
drv_sweep_stale(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    time_t now = time(NULL);
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] != '.' || strstr(de->d_name, ".tmp.") == NULL)
            continue;
        char *p = drv_strfmt("%s/%s", dir, de->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && now - st.st_mtime > 3600)
            drv_rmtree(p);
        free(p);
    }
    closedir(d);
}

const char *
drv_runtime_dir(void)
{
    const char *env = getenv("PYAOT_RUNTIME_DIR");
    return env && *env ? env : PYAOT_RUNTIME_DIR;
}

/* ---- temporaries and fatal signals ---- */

#define MAX_TEMPS 4096
#define MAX_CHILDREN 512

static char *g_temps[MAX_TEMPS];
static bool g_temp_isdir[MAX_TEMPS];
static volatile int g_ntemps;
static pid_t g_children[MAX_CHILDREN];
static volatile int g_nchildren;
static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define NFATAL ((int)(sizeof fatal_signals / sizeof fatal_signals[0]))

static void
block_fatal(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < NFATAL; i++)
        sigaddset(&set, fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void
unblock(const sigset_t *old)
{
    sigprocmask(SIG_SETMASK, old, NULL);
}

static void
remove_temps_unsafe(void)
{
    for (int i = g_ntemps - 1; i >= 0; i--) {
        if (g_temps[i] == NULL)
            continue;
        if (g_temp_isdir[i])
            rmdir(g_temps[i]);
        else
            unlink(g_temps[i]);
    }
}

static void
on_fatal_signal(int sig)
{
    /* Each child leads its own process group: gcc's own children (cc1,
     * as) go too, not only the driver, which left cc1 compiling on. */
    for (int i = 0; i < g_nchildren; i++)
        if (kill(-g_children[i], SIGTERM) < 0)
            kill(g_children[i], SIGTERM);
    for (int i = 0; i < g_nchildren; i++)
        while (waitpid(g_children[i], NULL, 0) < 0 && errno == EINTR)
            ;
    remove_temps_unsafe();
    signal(sig, SIG_DFL);
    raise(sig);
}

void
drv_signals_init(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < NFATAL; i++)
        sigaddset(&sa.sa_mask, fatal_signals[i]);
    for (int i = 0; i < NFATAL; i++) {
        struct sigaction old;
        /* Keep a signal ignored if our parent ignored it (nohup). */
        if (sigaction(fatal_signals[i], NULL, &old) == 0 &&
            old.sa_handler == SIG_IGN)
            continue;
        sigaction(fatal_signals[i], &sa, NULL);
    }
}

static void
default_signals(void)
{
    for (int i = 0; i < NFATAL; i++) {
        struct sigaction old;
        if (sigaction(fatal_signals[i], NULL, &old) == 0 &&
            old.sa_handler == on_fatal_signal)
            signal(fatal_signals[i], SIG_DFL);
    }
}

void
drv_temp_add(const char *path, bool isdir)
{
    char *copy = xstrdup(path);
    sigset_t old;
    block_fatal(&old);
    if (g_ntemps < MAX_TEMPS) {
        g_temp_isdir[g_ntemps] = isdir;
        g_temps[g_ntemps] = copy;
        g_ntemps++;
        copy = NULL;
    }
    unblock(&old);
    free(copy); /* registry full: cleanup then only happens on normal paths */
}

void
drv_temp_forget(const char *path)
{
    char *gone = NULL;
    sigset_t old;
    block_fatal(&old);
    for (int i = g_ntemps - 1; i >= 0; i--) {
        if (g_temps[i] && !strcmp(g_temps[i], path)) {
            gone = g_temps[i];
            g_temps[i] = NULL;
            break;
        }
    }
    while (g_ntemps > 0 && g_temps[g_ntemps - 1] == NULL)
        g_ntemps--;
    unblock(&old);
    free(gone);
}

void
drv_temp_cleanup(void)
{
    sigset_t old;
    block_fatal(&old);
    for (int i = g_ntemps - 1; i >= 0; i--) {
        if (g_temps[i] == NULL)
            continue;
        if (g_temp_isdir[i])
            drv_rmtree(g_temps[i]);
        else
            unlink(g_temps[i]);
        free(g_temps[i]);
        g_temps[i] = NULL;
    }
    g_ntemps = 0;
    unblock(&old);
}

void
drv_temp_sweep(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    char *dir =
      slash ? drv_strfmt("%.*s", (int)(slash - path), path) : xstrdup(".");
    if (dir[0] == '\0') {
        free(dir);
        dir = xstrdup("/");
    }
    char *prefix = drv_strfmt(".%s.tmp.", base);
    size_t plen = strlen(prefix);
    DIR *d = opendir(dir);
    struct dirent *de;
    time_t now = time(NULL);
    while (d && (de = readdir(d)) != NULL) {
        if (strncmp(de->d_name, prefix, plen) != 0)
            continue;
        char *end;
        long pid = strtol(de->d_name + plen, &end, 10);
        if (end == de->d_name + plen || *end != '.' || pid <= 0)
            continue;
        /* A live process (or one we may not signal) may still be writing;
         * a fresh file may belong to a build on another host sharing the
         * directory. */
        if (pid == (long)getpid() || kill((pid_t)pid, 0) == 0 ||
            errno != ESRCH)
            continue;
        char *p = drv_strfmt("%s/%s", dir, de->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISREG(st.st_mode) &&
            now - st.st_mtime > 60)
            unlink(p);
        free(p);
    }
    if (d)
        closedir(d);
    free(prefix);
    free(dir);
}

char *
drv_temp_name(const char *path, const char *suffix)
{
    static unsigned counter;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    return drv_strfmt("%.*s.%s.tmp.%ld.%u%s",
                      dirlen,
                      path,
                      base,
                      (long)getpid(),
                      counter++,
                      suffix ? suffix : "");
}

int
drv_write_atomic(const char *path, const void *data, size_t len)
{
    char *tmp = drv_temp_name(path, NULL);
    drv_temp_add(tmp, false);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        drv_error("cannot write '%s': %s", path, strerror(errno));
        goto fail;
    }
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            drv_error("cannot write '%s': %s", path, strerror(errno));
            close(fd);
            goto fail;
        }
        p += n;
        len -= (size_t)n;
    }
    if (close(fd) < 0) {
        drv_error("cannot write '%s': %s", path, strerror(errno));
        goto fail;
    }
    if (rename(tmp, path) < 0) {
        drv_error("cannot write '%s': %s", path, strerror(errno));
        goto fail;
    }
    drv_temp_forget(tmp);
    free(tmp);
    return 0;
fail:
    unlink(tmp);
    drv_temp_forget(tmp);
    free(tmp);
    return -1;
}

/* ---- children ---- */

static void
child_add(pid_t pid)
{
    if (g_nchildren < MAX_CHILDREN)
        g_children[g_nchildren++] = pid;
}

static void
child_remove(pid_t pid)
{
    sigset_t old;
    block_fatal(&old);
    for (int i = 0; i < g_nchildren; i++) {
        if (g_children[i] == pid) {
            g_children[i] = g_children[--g_nchildren];
            break;
        }
    }
    unblock(&old);
}

static void
print_command(char *const argv[])
{
    fflush(stdout);
    for (int i = 0; argv[i]; i++) {
        const char *a = argv[i];
        bool plain = *a != '\0';
        for (const char *s = a; *s; s++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789-_./=,:+@%",
                        *s))
                plain = false;
        if (i)
            fputc(' ', stderr);
        if (strlen(a) > 300) {
            fputs("'<...>'", stderr); /* the interpreter query script */
            continue;
        }
        if (plain) {
            fputs(a, stderr);
            continue;
        }
        fputc('\'', stderr);
        for (const char *s = a; *s; s++) {
            if (*s == '\'')
                fputs("'\\''", stderr);
            else
                fputc(*s, stderr);
        }
        fputc('\'', stderr);
    }
    fputc('\n', stderr);
}

/* Starts argv with stdout/stderr redirected to out_fd/err_fd (-1 = keep).
 * Returns the pid, or -1 after printing why the program did not start. */
static pid_t
spawn(char *const argv[], int out_fd, int err_fd, bool verbose)
{
    int ep[2];
    if (verbose)
        print_command(argv);
    if (pipe(ep) < 0) {
        drv_error("pipe: %s", strerror(errno));
        return -1;
    }
    if (fcntl(ep[0], F_SETFD, FD_CLOEXEC) < 0 ||
        fcntl(ep[1], F_SETFD, FD_CLOEXEC) < 0) {
        drv_error("fcntl: %s", strerror(errno));
        close(ep[0]);
        close(ep[1]);
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    sigset_t old;
    block_fatal(&old);
    pid_t pid = fork();
    if (pid == 0) {
        /* its own process group (see on_fatal_signal); the interpreter
         * that `pyaot run` starts is exec'd instead, in the foreground */
        setpgid(0, 0);
        default_signals();
        unblock(&old);
        close(ep[0]);
        if (out_fd >= 0 && dup2(out_fd, 1) < 0)
            goto child_fail;
        if (err_fd >= 0 && dup2(err_fd, 2) < 0)
            goto child_fail;
        execvp(argv[0], argv);
    child_fail:;
        int e = errno;
        ssize_t w = write(ep[1], &e, sizeof e);
        (void)w;
        _exit(127);
    }
    int fork_errno = errno;
    if (pid > 0) {
        setpgid(pid, pid); /* as the child does: whoever runs first */
        child_add(pid);
    }
    unblock(&old);
    close(ep[1]);
    if (pid < 0) {
        close(ep[0]);
        drv_error("cannot start '%s': %s", argv[0], strerror(fork_errno));
        return -1;
    }
    int e = 0;
    ssize_t n;
    do
        n = read(ep[0], &e, sizeof e);
    while (n < 0 && errno == EINTR);
    close(ep[0]);
    if (n == (ssize_t)sizeof e) {
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
        child_remove(pid);
        drv_error("cannot run '%s': %s", argv[0], strerror(e));
        return -1;
    }
    return pid;
}

static int
wait_child(pid_t pid)
{
    int st;
    while (waitpid(pid, &st, 0) < 0) {
        if (errno != EINTR) {
            st = -1;
            break;
        }
    }
    child_remove(pid);
    return st;
}

int
drv_run_capture(char *const argv[], StrBuf *out, StrBuf *err, bool verbose)
{
    int op[2] = { -1, -1 }, ep[2] = { -1, -1 };
    if ((out && pipe(op) < 0) || (err && pipe(ep) < 0)) {
        drv_error("pipe: %s", strerror(errno));
        goto fail_pipes;
    }
    if ((op[0] >= 0 && fcntl(op[0], F_SETFD, FD_CLOEXEC) < 0) ||
        (ep[0] >= 0 && fcntl(ep[0], F_SETFD, FD_CLOEXEC) < 0)) {
        drv_error("fcntl: %s", strerror(errno));
        goto fail_pipes;
    }
    pid_t pid = spawn(argv, op[1], ep[1], verbose);
    if (op[1] >= 0)
        close(op[1]);
    if (ep[1] >= 0)
        close(ep[1]);
    op[1] = ep[1] = -1;
    if (pid < 0)
        goto fail_pipes;
    struct pollfd fds[2];
    StrBuf *bufs[2];
    int nfds = 0;
    if (op[0] >= 0) {
        fds[nfds] = (struct pollfd){ .fd = op[0], .events = POLLIN };
        bufs[nfds++] = out;
    }
    if (ep[0] >= 0) {
        fds[nfds] = (struct pollfd){ .fd = ep[0], .events = POLLIN };
        bufs[nfds++] = err;
    }
    int open_fds = nfds;
    while (open_fds > 0) {
        if (poll(fds, (nfds_t)nfds, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < nfds; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP)))
                continue;
            char buf[8192];
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
                continue;
            }
            sb_putn(bufs[i], buf, (size_t)n);
        }
    }
    for (int i = 0; i < nfds; i++)
        if (fds[i].fd >= 0)
            close(fds[i].fd);
    return wait_child(pid);

fail_pipes:
    for (int i = 0; i < 2; i++) {
        if (op[i] >= 0)
            close(op[i]);
        if (ep[i] >= 0)
            close(ep[i]);
    }
    return -1;
}

/* ---- job pool ---- */

struct DrvSlot {
    pid_t pid; /* 0 = free */
    int id;
    FILE *log;
};

void
drv_pool_init(DrvPool *p, int max, DrvJobDone done, void *ctx, bool verbose)
{
    if (max < 1)
        max = 1;
    if (max > MAX_CHILDREN / 2)
        max = MAX_CHILDREN / 2;
    p->max = max;
    p->running = 0;
    p->slots = xcalloc((size_t)max, sizeof *p->slots);
    p->done = done;
    p->ctx = ctx;
    p->verbose = verbose;
}

static void
finish_slot(DrvPool *p, struct DrvSlot *s, int status)
{
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "");
    if (fflush(s->log) == 0 && fseek(s->log, 0, SEEK_SET) == 0) {
        char buf[8192];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, s->log)) > 0)
            sb_putn(&sb, buf, n);
    }
    fclose(s->log);
    s->log = NULL;
    s->pid = 0;
    p->running--;
    bool ok = status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    p->done(p->ctx, s->id, ok, status, sb.data, sb.len);
    sb_free(&sb);
}

/* Waits for one running job and reports it. */
static void
wait_one(DrvPool *p)
{
    while (p->running > 0) {
        int st;
        pid_t pid = waitpid(-1, &st, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            /* No children left although we think some run: give up on
             * them as failed rather than loop forever. */
            for (int i = 0; i < p->max; i++)
                if (p->slots[i].pid) {
                    child_remove(p->slots[i].pid);
                    finish_slot(p, &p->slots[i], -1);
                }
            return;
        }
        for (int i = 0; i < p->max; i++) {
            if (p->slots[i].pid == pid) {
                child_remove(pid);
                finish_slot(p, &p->slots[i], st);
                return;
            }
        }
    }
}

int
drv_pool_spawn(DrvPool *p, char *const argv[], int id)
{
    while (p->running >= p->max)
        wait_one(p);
    struct DrvSlot *s = NULL;
    for (int i = 0; i < p->max; i++)
        if (p->slots[i].pid == 0) {
            s = &p->slots[i];
            break;
        }
    FILE *log = tmpfile();
    if (log == NULL || fcntl(fileno(log), F_SETFD, FD_CLOEXEC) < 0) {
        drv_error("cannot create a temporary file: %s", strerror(errno));
        if (log)
            fclose(log);
        return -1;
    }
    pid_t pid = spawn(argv, fileno(log), fileno(log), p->verbose);
    if (pid < 0) {
        fclose(log);
        return -1;
    }
    s->pid = pid;
    s->id = id;
    s->log = log;
    p->running++;
    return 0;
}

void
drv_pool_wait_all(DrvPool *p)
{
    while (p->running > 0)
        wait_one(p);
}

void
drv_pool_free(DrvPool *p)
{
    drv_pool_wait_all(p);
    free(p->slots);
    p->slots = NULL;
}
