/*
 * util.h: the compiler's shared utilities: an arena allocator, a growable
 * vector macro, a string buffer, a string interner, and the diagnostic sink.
 *
 * Assumes: one Arena per compilation unit; everything the compiler builds for
 * a module (AST, scopes, IR) lives in that arena and is freed at once.
 * Out-of-memory aborts the compiler (there is nothing sensible to recover).
 */
#ifndef PYAOT_UTIL_H
#define PYAOT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- arena ---- */

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
    size_t total;
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

/* ---- growable vectors (heap, not arena: they are resized) ----
 * Vec(T) declares an anonymous struct; vec_push may reallocate, so never keep
 * a pointer to an element across a push. */
#define Vec(T)                                                                \
    struct {                                                                  \
        T *items;                                                             \
        int len, cap;                                                         \
    }
void util_grow(void **items, int *cap, size_t elem, int need);
#define vec_push(v, x)                                                        \
    do {                                                                      \
        if ((v)->len >= (v)->cap)                                             \
            util_grow((void **)&(v)->items,                                   \
                      &(v)->cap,                                              \
                      sizeof(*(v)->items),                                    \
                      (v)->len + 1);                                          \
        (v)->items[(v)->len++] = (x);                                         \
    } while (0)
#define vec_free(v)                                                           \
    do {                                                                      \
        free((v)->items);                                                     \
        (v)->items = NULL;                                                    \
        (v)->len = (v)->cap = 0;                                              \
    } while (0)
#define vec_last(v) ((v)->items[(v)->len - 1])

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* ---- string buffer ---- */

typedef struct StrBuf {
    char *data; /* always NUL-terminated once anything was appended */
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
/* Appends s as the body of a C string literal (escapes ", \, controls and
 * non-ASCII bytes as octal so the result is plain ASCII). */
void sb_put_cstr_escaped(StrBuf *sb, const char *s, size_t n);
char *sb_steal(StrBuf *sb); /* returns the heap buffer, resets sb */

/* ---- interner: equal strings give the same pointer ---- */

typedef struct Interner {
    Arena *arena;
    const char **slots;
    size_t cap, count;
} Interner;

void intern_init(Interner *in, Arena *a);
void intern_free(Interner *in);
const char *intern(Interner *in, const char *s, size_t n);
const char *intern_cstr(Interner *in, const char *s);

/* ---- pointer-keyed map: interned name -> int ----
 * For the name tables of the passes, whose linear lookups made huge module
 * bodies quadratic. With an arena the tables live there (outgrown ones are
 * abandoned, nothing to free); without one, ptrmap_free releases them. */

typedef struct PtrMap {
    Arena *arena;
    const void **keys;
    int *vals;
    size_t cap, used;
} PtrMap;

/* The value stored for key, or dflt. */
int ptrmap_get(const PtrMap *m, const void *key, int dflt);
void ptrmap_put(PtrMap *m, const void *key, int val);
void ptrmap_free(PtrMap *m);

/* ---- source files and diagnostics ---- */

typedef struct SrcFile {
    const char *path; /* as given on the command line */
    const char *text; /* NUL-terminated; may hold NULs inside (binary) */
    size_t len;
} SrcFile;

/* A source location: 1-based line, 1-based column in bytes. */
typedef struct Loc {
    int line, col;
    int end_line, end_col;
} Loc;

typedef struct Diag {
    const SrcFile *file;
    FILE *out; /* stderr normally; a memstream in unit tests */
    int nerrors;
    int max_errors; /* stop printing after this many (0 = unlimited) */
    /* If set: the first plain "invalid syntax" on a later line than
     * unclosed_loc is reported as this message at unclosed_loc instead:
     * CPython's "'(' was never closed" for a bracket still open at the
     * end of the file (its rule: the generic error lies on a later line
     * than the bracket). */
    const char *unclosed_msg;
    Loc unclosed_loc;
} Diag;

void diag_init(Diag *d, const SrcFile *file, FILE *out);
/* Prints "PATH:LINE:COL: error: MSG", the source line, and a caret. */
void diag_error(Diag *d, Loc loc, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
void diag_verror(Diag *d, Loc loc, const char *fmt, va_list ap);

/* Reads a whole file, at most UTIL_MAX_FILE bytes. Returns false and fills
 * err (static message) on error. */
#define UTIL_MAX_FILE ((size_t)512 << 20)
bool util_read_file(const char *path,
                    char **out,
                    size_t *len,
                    const char **err);

#endif /* PYAOT_UTIL_H */
