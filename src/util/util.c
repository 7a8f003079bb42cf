/*
 * util.c: arena, vectors, string buffers, interning and diagnostics for the
 * compiler (see util.h). Nothing here knows about Python.
 */
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void
util_oom(void)
{
    fputs("pyaot: out of memory\n", stderr);
    abort();
}

void *
xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        util_oom();
    return p;
}

void *
xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p)
        util_oom();
    return p;
}

void *
xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        util_oom();
    return p;
}

char *
xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

void
util_grow(void **items, int *cap, size_t elem, int need)
{
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    *items = xrealloc(*items, (size_t)ncap * elem);
    *cap = ncap;
}

/* ---- arena ---- */

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

#define ARENA_BLOCK (64 * 1024)

void
arena_init(Arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void
arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *n = b->next;
        free(b);
        b = n;
    }
    a->head = NULL;
}

void *
arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bs = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        b = xmalloc(sizeof(ArenaBlock) + bs);
        b->used = 0;
        b->size = bs;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *
arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* ---- string buffer ---- */

void
sb_init(StrBuf *sb)
{
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

void
sb_free(StrBuf *sb)
{
    free(sb->data);
    sb_init(sb);
}

static void
sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t ncap = sb->cap ? sb->cap * 2 : 256;
    while (ncap < sb->len + extra + 1)
        ncap *= 2;
    sb->data = xrealloc(sb->data, ncap);
    sb->cap = ncap;
}

void
sb_putn(StrBuf *sb, const char *s, size_t n)
{
    sb_reserve(sb, n);
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void
sb_putc(StrBuf *sb, char c)
{
    sb_putn(sb, &c, 1);
}

void
sb_puts(StrBuf *sb, const char *s)
{
    sb_putn(sb, s, strlen(s));
}

void
sb_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    sb_reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    sb->len += (size_t)n;
}

void
sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

void
sb_put_cstr_escaped(StrBuf *sb, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            sb_putc(sb, '\\');
            sb_putc(sb, (char)c);
        }
        else if (c == '?') {
            /* "??" could start a trigraph in older C modes. */
            sb_puts(sb, "\\?");
        }
        else if (c < 32 || c >= 127) {
            /* Always three octal digits so a following digit is not eaten. */
            sb_printf(sb, "\\%03o", c);
        }
        else {
            sb_putc(sb, (char)c);
        }
    }
}

char *
sb_steal(StrBuf *sb)
{
    char *p = sb->data ? sb->data : xstrdup("");
    sb_init(sb);
    return p;
}

/* ---- interner (open addressing, FNV-1a) ---- */

void
intern_init(Interner *in, Arena *a)
{
    in->arena = a;
    in->cap = 256;
    in->count = 0;
    in->slots = xcalloc(in->cap, sizeof(char *));
}

void
intern_free(Interner *in)
{
    free(in->slots);
    in->slots = NULL;
}

static uint64_t
intern_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* ---- pointer-keyed map ---- */

static size_t
ptrmap_slot(const void *key, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 32) & (cap - 1);
}

int
ptrmap_get(const PtrMap *m, const void *key, int dflt)
{
    if (m->cap == 0)
        return dflt;
    for (size_t j = ptrmap_slot(key, m->cap);; j = (j + 1) & (m->cap - 1)) {
        if (m->keys[j] == key)
            return m->vals[j];
        if (m->keys[j] == NULL)
            return dflt;
    }
}

void
ptrmap_put(PtrMap *m, const void *key, int val)
{
    if ((m->used + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 32;
        const void **nk;
        int *nv;
        if (m->arena) {
            nk = arena_alloc(m->arena, ncap * sizeof *nk);
            nv = arena_alloc(m->arena, ncap * sizeof *nv);
        }
        else {
            nk = xcalloc(ncap, sizeof *nk);
            nv = xcalloc(ncap, sizeof *nv);
        }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = ptrmap_slot(m->keys[i], ncap);
            while (nk[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        if (!m->arena) {
            free(m->keys);
            free(m->vals);
        }
        m->keys = nk;
        m->vals = nv;
        m->cap = ncap;
    }
    size_t j = ptrmap_slot(key, m->cap);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) {
        m->keys[j] = key;
        m->used++;
    }
    m->vals[j] = val;
}

void
ptrmap_free(PtrMap *m)
{
    if (!m->arena) {
        free(m->keys);
        free(m->vals);
    }
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->used = 0;
}

const char *
intern(Interner *in, const char *s, size_t n)
{
    if (in->count * 2 >= in->cap) {
        size_t ncap = in->cap * 2;
        const char **ns = xcalloc(ncap, sizeof(char *));
        for (size_t i = 0; i < in->cap; i++) {
            const char *e = in->slots[i];
            if (!e)
                continue;
            size_t j = intern_hash(e, strlen(e)) & (ncap - 1);
            while (ns[j])
                j = (j + 1) & (ncap - 1);
            ns[j] = e;
        }
        free(in->slots);
        in->slots = ns;
        in->cap = ncap;
    }
    size_t j = intern_hash(s, n) & (in->cap - 1);
    while (in->slots[j]) {
        const char *e = in->slots[j];
        if (strncmp(e, s, n) == 0 && e[n] == '\0')
            return e;
        j = (j + 1) & (in->cap - 1);
    }
    const char *e = arena_strndup(in->arena, s, n);
    in->slots[j] = e;
    in->count++;
    return e;
}

const char *
intern_cstr(Interner *in, const char *s)
{
    return intern(in, s, strlen(s));
}

/* ---- diagnostics ---- */

void
diag_init(Diag *d, const SrcFile *file, FILE *out)
{
    d->file = file;
    d->out = out ? out : stderr;
    d->nerrors = 0;
    d->max_errors = 20;
    d->unclosed_msg = NULL;
}

/* Length of the UTF-8 sequence at s (before end), 0 if it is not one. */
static int
diag_char_len(const char *s, const char *end)
{
    unsigned char b = (unsigned char)s[0];
    int n = b < 0x80                ? 1
            : b >= 0xC2 && b < 0xE0 ? 2
            : b >= 0xE0 && b < 0xF0 ? 3
            : b >= 0xF0 && b < 0xF5 ? 4
                                    : 0;
    if (n == 0 || end - s < n)
        return 0;
    for (int i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

void
diag_verror(Diag *d, Loc loc, const char *fmt, va_list ap)
{
    if (d->unclosed_msg && d->nerrors == 0 &&
        strcmp(fmt, "invalid syntax") == 0 &&
        loc.line > d->unclosed_loc.line) {
        const char *msg = d->unclosed_msg;
        d->unclosed_msg = NULL;
        diag_error(d, d->unclosed_loc, "%s", msg);
        return;
    }
    d->nerrors++;
    if (d->max_errors && d->nerrors > d->max_errors)
        return;
    const char *path = d->file ? d->file->path : "<input>";
    if (loc.line <= 0) {
        fprintf(d->out, "%s: error: ", path);
        vfprintf(d->out, fmt, ap);
        fputc('\n', d->out);
        return;
    }
    fprintf(d->out, "%s:%d:%d: error: ", path, loc.line, loc.col);
    vfprintf(d->out, fmt, ap);
    fputc('\n', d->out);
    if (!d->file || !d->file->text)
        return;
    /* Find the line and print it with a caret under the column. */
    const char *p = d->file->text, *end = p + d->file->len;
    for (int l = 1; l < loc.line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    /* The line as the terminal should show it: control characters and
     * bytes that are not UTF-8 (a binary file) as '?'. Columns are byte
     * offsets; the caret goes under the character, one place per
     * character. */
    fputs("    ", d->out);
    for (const char *c = p; c < q;) {
        int n = diag_char_len(c, q);
        unsigned char b = (unsigned char)*c;
        bool ctrl = n == 0 || (b < 0x20 && b != '\t') || b == 0x7f ||
                    (n == 2 && b == 0xC2 && (unsigned char)c[1] < 0xA0);
        if (ctrl)
            fputc('?', d->out);
        else
            fwrite(c, 1, (size_t)n, d->out);
        c += n ? n : 1;
    }
    fputs("\n    ", d->out);
    const char *at = p + (loc.col > 1 ? loc.col - 1 : 0);
    for (const char *c = p; c < at && c < q;) {
        int n = diag_char_len(c, q);
        fputc(*c == '\t' ? '\t' : ' ', d->out);
        c += n ? n : 1;
    }
    fputc('^', d->out);
    /* Underline the rest of the node when it stays on this line. */
    if (loc.end_line == loc.line && loc.end_col > loc.col + 1 && at < q) {
        const char *stop = p + (loc.end_col - 1);
        const char *c = at + (diag_char_len(at, q) ? diag_char_len(at, q) : 1);
        for (; c < stop && c < q;) {
            int n = diag_char_len(c, q);
            fputc('~', d->out);
            c += n ? n : 1;
        }
    }
    fputc('\n', d->out);
}

void
diag_error(Diag *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(d, loc, fmt, ap);
    va_end(ap);
}

bool
util_read_file(const char *path, char **out, size_t *len, const char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = strerror(errno);
        return false;
    }
    StrBuf sb;
    sb_init(&sb);
    char buf[65536];
    size_t n;
    /* A device (/dev/zero) or a runaway file would fill the memory: no
     * source is that large (the parser takes at most 2 GB). */
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        sb_putn(&sb, buf, n);
        if (sb.len > UTIL_MAX_FILE) {
            *err = "file too large (more than 512 MB)";
            fclose(f);
            sb_free(&sb);
            return false;
        }
    }
    if (ferror(f)) {
        *err = strerror(errno);
        fclose(f);
        sb_free(&sb);
        return false;
    }
    fclose(f);
    *len = sb.len;
    *out = sb_steal(&sb);
    return true;
}
