/*
 * lower_str.c: literal decoding. Numbers become CONST_INT/FLOAT/COMPLEX with
 * CPython's validity rules; string literals of every prefix become CONST_STR,
 * CONST_STR_ESCAPED or CONST_BYTES, and f-strings JoinedStr/FormattedValue.
 *
 * The tree-sitter string node is used only for its boundaries (string_start,
 * interpolation, string_end): the text between them is decoded here from the
 * source bytes, so raw strings, line continuations and f-string `{{` are
 * handled in one place with CPython's rules.
 *
 * Assumes: the source is valid UTF-8 (parse.c checked), so a multi-byte
 * sequence can be copied through. Decoded str values are kept in
 * "generalized UTF-8" (surrogates D800-DFFF as 3-byte sequences); a \N{NAME}
 * escape is held as 0xFF NAME 0xFF inside the buffer (0xFF never occurs in
 * UTF-8) until the final form is chosen.
 */
#include "lower.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* String prefix flags. */
enum { STR_RAW = 1, STR_BYTES = 2, STR_F = 4 };

#define STR_NAME_MARK '\xFF'

/* ---- numbers ---- */

static bool
lower_is_digit_in(char c, int base)
{
    switch (base) {
    case 2:
        return c == '0' || c == '1';
    case 8:
        return c >= '0' && c <= '7';
    case 10:
        return c >= '0' && c <= '9';
    default:
        return isxdigit((unsigned char)c) != 0;
    }
}

/* Digits with single '_' separators between digits: "1_000". */
static bool
lower_digits_ok(const char *s, size_t n, int base)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == n || s[i + 1] == '_')
                return false;
        }
        else if (!lower_is_digit_in(s[i], base))
            return false;
    }
    return true;
}

/* A decimal float body (no j): digits[.digits][e[+-]digits] forms. */
static bool
lower_float_ok(const char *s, size_t n)
{
    size_t i = 0, st = 0;
    while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '_'))
        i++;
    bool intpart = i > st;
    if (intpart && !lower_digits_ok(s + st, i - st, 10))
        return false;
    bool frac = false;
    if (i < n && s[i] == '.') {
        i++;
        st = i;
        while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '_'))
            i++;
        frac = i > st;
        if (frac && !lower_digits_ok(s + st, i - st, 10))
            return false;
    }
    if (!intpart && !frac)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        st = i;
        while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '_'))
            i++;
        if (!lower_digits_ok(s + st, i - st, 10))
            return false;
    }
    return i == n;
}

static char *
lower_strip_underscores(Lower *L,
                        const char *s,
                        size_t n,
                        bool lower,
                        int *outlen)
{
    char *p = arena_alloc(L->a, n + 1);
    int k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            p[k++] = lower ? (char)tolower((unsigned char)s[i]) : s[i];
    p[k] = '\0';
    *outlen = k;
    return p;
}

/* CPython accepts a keyword glued to a number (`1if x else y`); any other
 * identifier character right after a number is an error. */
static bool
lower_number_end_ok(const Lower *L, TSNode n)
{
    uint32_t end = ts_node_end_byte(n);
    if (end >= L->len)
        return true;
    unsigned char c = (unsigned char)L->text[end];
    if (!(isalnum(c) || c == '_' || c >= 0x80))
        return true;
    size_t w = 0;
    while (end + w < L->len && (isalnum((unsigned char)L->text[end + w]) ||
                                L->text[end + w] == '_'))
        w++;
    static const char *const kws[] = { "and", "else", "for", "if",
                                       "in",  "is",   "not", "or" };
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
        if (strlen(kws[i]) == w && memcmp(kws[i], L->text + end, w) == 0)
            return true;
    return false;
}

/* Validates a number token s[0..n) with CPython's tokenizer rules. Returns
 * NULL if valid (and sets *kind), else an error message written to msg. */
const char *lower_number_check(const char *s,
                               size_t n,
                               int *kind,
                               char *msg,
                               size_t msgsize);
const char *
lower_number_check(const char *s,
                   size_t n,
                   int *kind,
                   char *msg,
                   size_t msgsize)
{
    bool imag = n > 0 && (s[n - 1] == 'j' || s[n - 1] == 'J');
    size_t body = imag ? n - 1 : n;
    const char *what = "decimal";
    bool ok;
    int base = 10;
    if (body >= 2 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] == 'x' || s[1] == 'X')   ? 16
               : (s[1] == 'o' || s[1] == 'O') ? 8
                                              : 2;
        what = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        /* "0x_1f" is valid: one '_' may follow the prefix. */
        const char *d = s + 2;
        size_t dn = body - 2;
        if (dn > 0 && d[0] == '_') {
            d++;
            dn--;
        }
        ok = !imag && lower_digits_ok(d, dn, base);
        if (!ok && !imag && base != 16) {
            for (size_t i = 0; i < dn; i++)
                if (isalnum((unsigned char)d[i]) &&
                    !lower_is_digit_in(d[i], base)) {
                    if (!isdigit((unsigned char)d[i]))
                        break;
                    snprintf(msg,
                             msgsize,
                             "invalid digit '%c' in %s literal",
                             d[i],
                             what);
                    return msg;
                }
        }
    }
    else if (!imag && lower_digits_ok(s, body, 10)) {
        /* A decimal integer: "0", "0_0" and "00" are fine, "0123" not. */
        ok = true;
        if (s[0] == '0') {
            for (size_t i = 0; i < body; i++)
                if (s[i] != '0' && s[i] != '_')
                    return "leading zeros in decimal integer literals are "
                           "not permitted; use an 0o prefix for octal "
                           "integers";
        }
        /* CPython 3.11 refuses decimal literals longer than the default
         * int/str conversion limit at compile time (PEP 651's 4300). */
        size_t ndigits = 0;
        for (size_t i = 0; i < body; i++)
            ndigits += s[i] != '_';
        if (ndigits > 4300) {
            snprintf(msg,
                     msgsize,
                     "Exceeds the limit (4300 digits) for integer string "
                     "conversion: value has %zu digits; use "
                     "sys.set_int_max_str_digits() to increase the limit - "
                     "Consider hexadecimal for huge integer literals to "
                     "avoid decimal conversion limits.",
                     ndigits);
            return msg;
        }
    }
    else
        ok = lower_float_ok(s, body);
    if (!ok) {
        snprintf(
          msg, msgsize, "invalid %s literal", imag ? "imaginary" : what);
        return msg;
    }
    if (imag)
        *kind = CONST_COMPLEX;
    else if (base != 10 || lower_digits_ok(s, body, 10))
        *kind = CONST_INT;
    else
        *kind = CONST_FLOAT;
    return NULL;
}

Node *
lower_number(Lower *L, TSNode n)
{
    size_t len;
    const char *s = lower_text(L, n, &len);
    Node *c = ast_new(L->a, AST_Constant, lower_loc(L, n));
    c->u.Constant.value = "";
    char buf[320]; /* room for the digit-limit message */
    int kind = CONST_INT;
    const char *err = lower_number_check(s, len, &kind, buf, sizeof buf);
    if (!err && !lower_number_end_ok(L, n)) {
        const char *what = "decimal";
        if (len > 0 && (s[len - 1] == 'j' || s[len - 1] == 'J'))
            what = "imaginary";
        else if (len >= 2 && s[0] == '0' && strchr("xX", s[1]))
            what = "hexadecimal";
        else if (len >= 2 && s[0] == '0' && strchr("oO", s[1]))
            what = "octal";
        else if (len >= 2 && s[0] == '0' && strchr("bB", s[1]))
            what = "binary";
        snprintf(buf, sizeof buf, "invalid %s literal", what);
        err = buf;
    }
    if (err) {
        lower_error(L, n, "%s", err);
        return c;
    }
    c->u.Constant.ckind = kind;
    size_t body = kind == CONST_COMPLEX ? len - 1 : len;
    c->u.Constant.value = lower_strip_underscores(
      L, s, body, kind == CONST_INT, &c->u.Constant.value_len);
    return c;
}

/* ---- string bodies ---- */

/* Appends code point cp as (generalized) UTF-8: surrogates are encoded like
 * any other 16-bit value, which is what "surrogatepass" decodes. */
static void
lower_put_utf8(StrBuf *out, uint32_t cp)
{
    char b[4];
    int n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    }
    else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    }
    else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    }
    else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sb_putn(out, b, (size_t)n);
}

static int
lower_hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Reports a str escape error the way CPython 3.11 words it (positions are
 * byte offsets inside the literal's body). */
static void
lower_unicode_error(Lower *L,
                    TSNode at,
                    size_t from,
                    size_t to,
                    const char *what)
{
    lower_error(L,
                at,
                "(unicode error) 'unicodeescape' codec can't decode bytes "
                "in position %zu-%zu: %s",
                from,
                to,
                what);
}

/* The position CPython's str-escape errors give for byte k of a literal
 * segment s: its decoder sees each non-ASCII character as a ten-character
 * \U escape. */
static size_t
lower_cpos(const char *s, size_t k)
{
    size_t p = 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b & 0xC0) != 0x80)
            p += b < 0x80 ? 1 : 10;
    }
    return p;
}

/* Decodes one literal segment s[0..n) of a string (the parts between
 * interpolations for f-strings) into out. body_off is the segment's offset
 * inside the literal body, for error positions. Returns false after an
 * error. */
static bool
lower_decode(Lower *L,
             TSNode at,
             const char *s,
             size_t n,
             int flags,
             size_t body_off,
             StrBuf *out)
{
    bool bytes = (flags & STR_BYTES) != 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        /* The tokenizer turns \r\n and \r into \n before anything else. */
        if (c == '\r') {
            sb_putc(out, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if ((flags & STR_F) && (c == '{' || c == '}')) {
            if (i + 1 < n && s[i + 1] == (char)c) {
                sb_putc(out, (char)c);
                i += 2;
                continue;
            }
            if (c == '}') {
                lower_error(L, at, "f-string: single '}' is not allowed");
                return false;
            }
            sb_putc(out, (char)c);
            i++;
            continue;
        }
        if (c >= 0x80 && bytes) {
            lower_error(
              L, at, "bytes can only contain ASCII literal characters");
            return false;
        }
        if (c != '\\' || (flags & STR_RAW) || i + 1 >= n) {
            sb_putc(out, (char)c);
            i++;
            continue;
        }
        size_t start = i;
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n':
            break; /* line continuation inside the literal */
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            break;
        case '\\':
        case '\'':
        case '"':
            sb_putc(out, e);
            break;
        case 'a':
            sb_putc(out, '\a');
            break;
        case 'b':
            sb_putc(out, '\b');
            break;
        case 'f':
            sb_putc(out, '\f');
            break;
        case 'n':
            sb_putc(out, '\n');
            break;
        case 'r':
            sb_putc(out, '\r');
            break;
        case 't':
            sb_putc(out, '\t');
            break;
        case 'v':
            sb_putc(out, '\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            uint32_t v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (uint32_t)(s[i++] - '0');
            /* Bytes keep the low 8 bits of \400-\777, as CPython does. */
            if (bytes)
                sb_putc(out, (char)(v & 0xFF));
            else
                lower_put_utf8(out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                /* \u and \U mean nothing in bytes: kept verbatim. */
                sb_putc(out, '\\');
                sb_putc(out, e);
                break;
            }
            uint32_t v = 0;
            int k = 0;
            while (k < want && i < n && lower_hexval(s[i]) >= 0) {
                v = v * 16 + (uint32_t)lower_hexval(s[i++]);
                k++;
            }
            if (k < want) {
                if (bytes)
                    lower_error(L,
                                at,
                                "(value error) invalid \\x escape at "
                                "position %zu",
                                body_off + start);
                else {
                    const char *what = e == 'x'   ? "truncated \\xXX escape"
                                       : e == 'u' ? "truncated \\uXXXX escape"
                                                  : "truncated \\UXXXXXXXX "
                                                    "escape";
                    lower_unicode_error(L,
                                        at,
                                        body_off + lower_cpos(s, start),
                                        body_off + lower_cpos(s, i) - 1,
                                        what);
                }
                return false;
            }
            if (bytes)
                sb_putc(out, (char)v);
            else if (v > 0x10FFFF) {
                lower_unicode_error(L,
                                    at,
                                    body_off + lower_cpos(s, start),
                                    body_off + lower_cpos(s, i) - 1,
                                    "illegal Unicode character");
                return false;
            }
            else
                lower_put_utf8(out, v);
            break;
        }
        case 'N':
            if (!bytes) {
                /* \N{NAME}: the name is resolved by the runtime's
                 * unicode_escape decoder; here only its shape is checked. */
                /* As CPython's decoder: any name up to the next '}'; the
                 * error's end is where its scan stopped. */
                size_t j = i;
                if (j < n && s[j] == '{') {
                    j++;
                    while (j < n && s[j] != '}')
                        j++;
                }
                if (j >= n || s[j] != '}' || j == i + 1) {
                    size_t stop = j >= n ? n : i >= n || s[i] != '{' ? i : j;
                    lower_unicode_error(L,
                                        at,
                                        body_off + lower_cpos(s, start),
                                        body_off + lower_cpos(s, stop) - 1,
                                        "malformed \\N character escape");
                    return false;
                }
                sb_putc(out, STR_NAME_MARK);
                sb_putn(out, s + i + 1, j - i - 1);
                sb_putc(out, STR_NAME_MARK);
                char *nm = arena_alloc(L->a, j - i);
                memcpy(nm, s + i + 1, j - i - 1);
                nm[j - i - 1] = '\0';
                vec_push(&L->uname, nm);
                vec_push(&L->uname_loc, lower_loc(L, at));
                vec_push(&L->uname_msg,
                         arena_printf(L->a,
                                      "(unicode error) 'unicodeescape' codec "
                                      "can't decode bytes in position "
                                      "%zu-%zu: unknown Unicode character "
                                      "name",
                                      body_off + lower_cpos(s, start),
                                      body_off + lower_cpos(s, j)));
                i = j + 1;
                break;
            }
            /* bytes keep \N verbatim, like any unknown escape */
            sb_putc(out, '\\');
            i = start + 1;
            break;
        default:
            /* Unknown escapes stay as written (CPython warns only). The
             * character after the backslash is processed normally. */
            sb_putc(out, '\\');
            i = start + 1;
            break;
        }
    }
    return true;
}

/* ---- constants from decoded buffers ---- */

/* Reads one generalized UTF-8 code point at s. */
static uint32_t
lower_get_utf8(const unsigned char *s, size_t n, size_t *adv)
{
    uint32_t c = s[0];
    int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if ((size_t)k > n)
        k = 1;
    uint32_t v = k == 1   ? c
                 : k == 2 ? (c & 0x1F)
                 : k == 3 ? (c & 0x0F)
                          : (c & 0x07);
    for (int i = 1; i < k; i++)
        v = (v << 6) | (s[i] & 0x3F);
    *adv = (size_t)k;
    return v;
}

/* Makes the Constant for a decoded str buffer: CONST_STR, or when it holds
 * a \N{} marker the ASCII unicode_escape form (CONST_STR_ESCAPED). */
static Node *
lower_str_const(Lower *L, Loc loc, const StrBuf *buf)
{
    Node *c = ast_new(L->a, AST_Constant, loc);
    const char *s = buf->data ? buf->data : "";
    size_t n = buf->len;
    if (!memchr(s, STR_NAME_MARK, n)) {
        c->u.Constant.ckind = CONST_STR;
        c->u.Constant.value = arena_strndup(L->a, s, n);
        c->u.Constant.value_len = (int)n;
        return c;
    }
    StrBuf e;
    sb_init(&e);
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == 0xFF) {
            const char *end = memchr(s + i + 1, STR_NAME_MARK, n - i - 1);
            size_t nl = end ? (size_t)(end - (s + i + 1)) : 0;
            sb_puts(&e, "\\N{");
            sb_putn(&e, s + i + 1, nl);
            sb_putc(&e, '}');
            i += nl + 2;
        }
        else if (ch == '\\') {
            sb_puts(&e, "\\\\");
            i++;
        }
        else if (ch == '\n') {
            sb_puts(&e, "\\n");
            i++;
        }
        else if (ch == '\t') {
            sb_puts(&e, "\\t");
            i++;
        }
        else if (ch == '\r') {
            sb_puts(&e, "\\r");
            i++;
        }
        else if (ch < 0x20 || ch == 0x7F) {
            sb_printf(&e, "\\x%02x", ch);
            i++;
        }
        else if (ch < 0x80) {
            sb_putc(&e, (char)ch);
            i++;
        }
        else {
            size_t adv;
            uint32_t cp =
              lower_get_utf8((const unsigned char *)s + i, n - i, &adv);
            sb_printf(&e, "\\U%08x", (unsigned)cp);
            i += adv;
        }
    }
    c->u.Constant.ckind = CONST_STR_ESCAPED;
    c->u.Constant.value = arena_strndup(L->a, e.data ? e.data : "", e.len);
    c->u.Constant.value_len = (int)e.len;
    sb_free(&e);
    return c;
}

/* ---- f-strings ---- */

typedef struct FParts {
    NodeVec values; /* Constant and FormattedValue nodes */
    StrBuf lit;     /* literal text not yet flushed into values */
    Loc lit_loc;
    bool has_lit;
} FParts;

static void
lower_fparts_flush(Lower *L, FParts *fp)
{
    if (fp->lit.len > 0)
        vec_push(&fp->values, lower_str_const(L, fp->lit_loc, &fp->lit));
    fp->lit.len = 0;
    if (fp->lit.data)
        fp->lit.data[0] = '\0';
    fp->has_lit = false;
}

static void
lower_fparts_mark(Lower *L, FParts *fp, TSNode at)
{
    if (!fp->has_lit) {
        fp->lit_loc = lower_loc(L, at);
        fp->has_lit = true;
    }
}

static bool lower_fsegments(Lower *L,
                            TSNode str,
                            TSNode container,
                            uint32_t from,
                            uint32_t to,
                            int flags,
                            uint32_t body_start,
                            FParts *fp);

/* The format spec after ':' as a JoinedStr of literal text and nested
 * replacement fields. */
static Node *
lower_format_spec(Lower *L,
                  TSNode str,
                  TSNode spec,
                  int flags,
                  uint32_t body_start)
{
    FParts fp = { 0 };
    sb_init(&fp.lit);
    uint32_t from = ts_node_start_byte(spec);
    /* Skip the ':' that opens the spec. */
    if (ts_node_child_count(spec) > 0) {
        TSNode colon = ts_node_child(spec, 0);
        if (!ts_node_is_named(colon))
            from = ts_node_end_byte(colon);
    }
    lower_fsegments(
      L, str, spec, from, ts_node_end_byte(spec), flags, body_start, &fp);
    lower_fparts_flush(L, &fp);
    sb_free(&fp.lit);
    Node *j = ast_new(L->a, AST_JoinedStr, lower_loc(L, spec));
    j->u.JoinedStr.values = lower_vec_list(L, &fp.values);
    return j;
}

bool
lower_fstring_eq_spec(TSNode n, TSNode *walrus)
{
    if (!lower_is(n, "interpolation"))
        return false;
    TSNode e = lower_field(n, "expression");
    if (!ts_node_is_null(e) && lower_is(e, "expression_list") &&
        ts_node_named_child_count(e) > 0)
        e = ts_node_named_child(e, 0); /* {x:=,} */
    if (ts_node_is_null(e) || !lower_is(e, "named_expression"))
        return false;
    *walrus = e;
    return true;
}

/* {x:=spec}: the value x and the spec's text, which runs from after the
 * ':' up to the closing brace whatever tree-sitter made of it. */
static void
lower_interpolation_eq_spec(Lower *L, TSNode n, TSNode walrus, FParts *fp)
{
    TSNode name = lower_field(walrus, "name");
    uint32_t from = UINT32_MAX, to = ts_node_end_byte(n);
    for (uint32_t i = 0; i < ts_node_child_count(walrus); i++) {
        TSNode k = ts_node_child(walrus, i);
        if (!ts_node_is_named(k) && strcmp(ts_node_type(k), ":=") == 0) {
            from = ts_node_start_byte(k) + 1;
            break;
        }
    }
    uint32_t nk = ts_node_child_count(n);
    TSNode last = nk ? ts_node_child(n, nk - 1) : n;
    if (nk && strcmp(ts_node_type(last), "}") == 0)
        to = ts_node_start_byte(last);
    if (ts_node_is_null(name) || from == UINT32_MAX || from > to ||
        to > L->len) {
        lower_error(L, n, "invalid syntax");
        return;
    }
    const char *spec = L->text + from;
    size_t len = to - from;
    /* Nested fields holding a plain name ({s:=^{w}}) are read here;
     * anything else tree-sitter has not parsed for us. */
    bool ok = !memchr(spec, '\\', len) && !memchr(spec, '\n', len) &&
              !memchr(spec, '}', len) == !memchr(spec, '{', len);
    for (size_t i = 0; ok && i < len; i++) {
        if (spec[i] == '}')
            ok = false;
        if (spec[i] != '{')
            continue;
        size_t j = i + 1;
        ok = j < len && (isalpha((unsigned char)spec[j]) || spec[j] == '_');
        while (ok && j < len &&
               (isalnum((unsigned char)spec[j]) || spec[j] == '_'))
            j++;
        ok = ok && j < len && spec[j] == '}';
        i = j;
    }
    if (!ok) {
        lower_error(L,
                    n,
                    "unsupported: a format spec starting with '=' that "
                    "holds a replacement field other than a name, or an "
                    "escape");
        return;
    }
    lower_fparts_flush(L, fp);
    Node *fv = ast_new(L->a, AST_FormattedValue, lower_loc(L, n));
    fv->u.FormattedValue.value = lower_expr(L, name);
    fv->u.FormattedValue.conversion = -1;
    NodeVec parts = { 0 };
    StrBuf text;
    sb_init(&text);
    for (size_t i = 0; i < len; i++) {
        if (spec[i] != '{') {
            sb_putc(&text, spec[i]);
            continue;
        }
        if (text.len) {
            vec_push(&parts, lower_str_const(L, lower_loc(L, n), &text));
            sb_free(&text);
            sb_init(&text);
        }
        size_t j = i + 1;
        while (spec[j] != '}')
            j++;
        Node *nm = ast_new(L->a, AST_Name, lower_loc(L, n));
        nm->u.Name.id = intern(L->in, spec + i + 1, j - i - 1);
        Node *inner = ast_new(L->a, AST_FormattedValue, lower_loc(L, n));
        inner->u.FormattedValue.value = nm;
        inner->u.FormattedValue.conversion = -1;
        vec_push(&parts, inner);
        i = j;
    }
    if (text.len || parts.len == 0)
        vec_push(&parts, lower_str_const(L, lower_loc(L, n), &text));
    sb_free(&text);
    Node *j = ast_new(L->a, AST_JoinedStr, lower_loc(L, n));
    j->u.JoinedStr.values = lower_vec_list(L, &parts);
    fv->u.FormattedValue.format_spec = j;
    vec_push(&fp->values, fv);
}

/* One replacement field: `{expr [=] [!c] [:spec]}`. */
static void
lower_interpolation(Lower *L,
                    TSNode str,
                    TSNode n,
                    int flags,
                    uint32_t body_start,
                    FParts *fp)
{
    TSNode walrus;
    if (lower_fstring_eq_spec(n, &walrus)) {
        lower_interpolation_eq_spec(L, n, walrus, fp);
        return;
    }
    LowerKids kids = { 0 };
    lower_kids(n, false, &kids);
    TSNode expr = { 0 }, conv = { 0 }, spec = { 0 };
    uint32_t debug_from = 0, debug_to = 0;
    bool debug = false;
    for (int i = 0; i < kids.len; i++) {
        TSNode k = kids.items[i].node;
        const char *f = kids.items[i].field;
        if (f && strcmp(f, "expression") == 0)
            expr = k;
        else if (f && strcmp(f, "type_conversion") == 0)
            conv = k;
        else if (f && strcmp(f, "format_specifier") == 0)
            spec = k;
        else if (!ts_node_is_named(k) && strcmp(ts_node_type(k), "=") == 0) {
            debug = true;
            /* The text runs from after '{' up to the next token, so the
             * spaces around '=' are kept exactly as written. */
            debug_from = i > 0 ? ts_node_end_byte(kids.items[0].node)
                               : ts_node_start_byte(n);
            debug_to = i + 1 < kids.len
                         ? ts_node_start_byte(kids.items[i + 1].node)
                         : ts_node_end_byte(k);
        }
    }
    vec_free(&kids);
    if (debug && debug_to > debug_from && debug_to <= L->len) {
        lower_fparts_mark(L, fp, str);
        sb_putn(&fp->lit, L->text + debug_from, debug_to - debug_from);
    }
    lower_fparts_flush(L, fp);
    Node *fv = ast_new(L->a, AST_FormattedValue, lower_loc(L, n));
    fv->u.FormattedValue.value = lower_expr_or_list(L, expr);
    fv->u.FormattedValue.conversion = -1;
    if (!ts_node_is_null(conv)) {
        size_t len;
        const char *t = lower_text(L, conv, &len);
        char ch = len == 2 ? t[1] : '?';
        if (ch != 's' && ch != 'r' && ch != 'a')
            lower_error(L,
                        conv,
                        "f-string: invalid conversion character: "
                        "expected 's', 'r', or 'a'");
        fv->u.FormattedValue.conversion = ch;
    }
    if (!ts_node_is_null(spec))
        fv->u.FormattedValue.format_spec =
          lower_format_spec(L, str, spec, flags, body_start);
    /* f"{x=}" shows repr(x) unless a conversion or a spec says otherwise. */
    if (debug && ts_node_is_null(conv) && ts_node_is_null(spec))
        fv->u.FormattedValue.conversion = 'r';
    vec_push(&fp->values, fv);
}

/* Decodes the bytes [from, to) of container: literal text between the
 * interpolation / format_expression children, which become
 * FormattedValues. */
static bool
lower_fsegments(Lower *L,
                TSNode str,
                TSNode container,
                uint32_t from,
                uint32_t to,
                int flags,
                uint32_t body_start,
                FParts *fp)
{
    LowerKids kids = { 0 };
    lower_kids(container, true, &kids);
    uint32_t pos = from;
    bool ok = true;
    for (int i = 0; i < kids.len && ok; i++) {
        TSNode k = kids.items[i].node;
        if (!lower_is(k, "interpolation") && !lower_is(k, "format_expression"))
            continue;
        uint32_t ks = ts_node_start_byte(k);
        if (ks > pos) {
            lower_fparts_mark(L, fp, str);
            /* CPython decodes each literal chunk of an f-string on its
             * own: error positions count from the chunk's start. */
            ok = lower_decode(
              L, str, L->text + pos, ks - pos, flags, 0, &fp->lit);
        }
        if (ok) {
            if (!lower_enter(L, k)) {
                ok = false;
                break;
            }
            lower_interpolation(L, str, k, flags, body_start, fp);
            lower_leave(L);
        }
        pos = ts_node_end_byte(k);
    }
    if (ok && to > pos) {
        lower_fparts_mark(L, fp, str);
        ok = lower_decode(L, str, L->text + pos, to - pos, flags, 0, &fp->lit);
    }
    vec_free(&kids);
    return ok;
}

/* ---- one string token ---- */

typedef struct StrPart {
    TSNode node;
    int flags;
    uint32_t body_start, body_end; /* source bytes between the quotes */
} StrPart;

static bool
lower_str_part(Lower *L, TSNode n, StrPart *p)
{
    p->node = n;
    p->flags = 0;
    TSNode start = { 0 }, end = { 0 };
    LowerKids kids = { 0 };
    lower_kids(n, true, &kids);
    for (int i = 0; i < kids.len; i++) {
        if (lower_is(kids.items[i].node, "string_start") &&
            ts_node_is_null(start))
            start = kids.items[i].node;
        else if (lower_is(kids.items[i].node, "string_end"))
            end = kids.items[i].node;
    }
    vec_free(&kids);
    if (ts_node_is_null(start) || ts_node_is_null(end)) {
        lower_error(L, n, "invalid syntax");
        return false;
    }
    size_t len;
    const char *s = lower_text(L, start, &len);
    size_t i = 0;
    bool u = false, twice = false;
    for (; i < len && s[i] != '\'' && s[i] != '"'; i++) {
        int bit = 0;
        switch (tolower((unsigned char)s[i])) {
        case 'r':
            bit = STR_RAW;
            break;
        case 'b':
            bit = STR_BYTES;
            break;
        case 'f':
            bit = STR_F;
            break;
        case 'u':
            twice |= u;
            u = true;
            break;
        default:
            lower_error(L, start, "invalid string prefix");
            return false;
        }
        twice |= (p->flags & bit) != 0;
        p->flags |= bit;
    }
    /* u cannot combine with anything, b and f exclude each other, and no
     * letter repeats. CPython's tokenizer then reads the prefix as a name,
     * so the error is at the string after it. */
    if ((u && (i > 1 || p->flags)) || twice ||
        ((p->flags & STR_BYTES) && (p->flags & STR_F))) {
        Loc lc = lower_loc_bytes(
          L, ts_node_start_byte(start) + i, ts_node_end_byte(n));
        diag_error(L->d, lc, "invalid syntax");
        L->nerrors++;
        return false;
    }
    /* The body ends before the closing quote, counted back from the end of
     * string_end: for a raw body made only of escapes (r"\\") the
     * grammar's scanner folds the whole body into the string_end token, so
     * its start byte is not the body's end. */
    uint32_t quote_len = (uint32_t)(len - i);
    p->body_start = ts_node_end_byte(start);
    p->body_end = ts_node_end_byte(end) >= quote_len
                    ? ts_node_end_byte(end) - quote_len
                    : ts_node_start_byte(end);
    if (p->body_end < p->body_start)
        p->body_end = p->body_start;
    return true;
}

Node *
lower_string(Lower *L, TSNode n)
{
    Vec(StrPart) parts = { 0 };
    bool ok = true;
    if (lower_is(n, "concatenated_string")) {
        LowerKids kids = { 0 };
        lower_kids(n, true, &kids);
        for (int i = 0; i < kids.len && ok; i++) {
            StrPart p;
            ok = lower_str_part(L, kids.items[i].node, &p);
            if (ok)
                vec_push(&parts, p);
        }
        vec_free(&kids);
    }
    else {
        StrPart p;
        ok = lower_str_part(L, n, &p);
        if (ok)
            vec_push(&parts, p);
    }
    if (!ok || parts.len == 0) {
        vec_free(&parts);
        return NULL;
    }
    int nbytes = 0, nf = 0;
    for (int i = 0; i < parts.len; i++) {
        nbytes += (parts.items[i].flags & STR_BYTES) != 0;
        nf += (parts.items[i].flags & STR_F) != 0;
    }
    Loc loc = lower_loc(L, n);
    Node *result = NULL;
    if (nbytes && nbytes != parts.len) {
        lower_error(L, n, "cannot mix bytes and nonbytes literals");
    }
    else if (nbytes) {
        StrBuf b;
        sb_init(&b);
        for (int i = 0; i < parts.len && ok; i++) {
            StrPart *p = &parts.items[i];
            ok = lower_decode(L,
                              p->node,
                              L->text + p->body_start,
                              p->body_end - p->body_start,
                              p->flags,
                              0,
                              &b);
        }
        if (ok) {
            result = ast_new(L->a, AST_Constant, loc);
            result->u.Constant.ckind = CONST_BYTES;
            result->u.Constant.value =
              arena_strndup(L->a, b.data ? b.data : "", b.len);
            result->u.Constant.value_len = (int)b.len;
        }
        sb_free(&b);
    }
    else {
        /* str, possibly with f-strings: literal text accumulates in fp.lit
         * across parts, so "a" f"b{x}" gives Constant("ab") then the
         * FormattedValue, as CPython merges them. */
        FParts fp = { 0 };
        sb_init(&fp.lit);
        for (int i = 0; i < parts.len && ok; i++) {
            StrPart *p = &parts.items[i];
            if (p->flags & STR_F)
                ok = lower_fsegments(L,
                                     p->node,
                                     p->node,
                                     p->body_start,
                                     p->body_end,
                                     p->flags,
                                     p->body_start,
                                     &fp);
            else {
                lower_fparts_mark(L, &fp, p->node);
                ok = lower_decode(L,
                                  p->node,
                                  L->text + p->body_start,
                                  p->body_end - p->body_start,
                                  p->flags,
                                  0,
                                  &fp.lit);
            }
        }
        if (ok && nf == 0)
            result = lower_str_const(L, loc, &fp.lit);
        else if (ok) {
            lower_fparts_flush(L, &fp);
            result = ast_new(L->a, AST_JoinedStr, loc);
            result->u.JoinedStr.values = lower_vec_list(L, &fp.values);
        }
        vec_free(&fp.values);
        sb_free(&fp.lit);
    }
    vec_free(&parts);
    return result;
}
