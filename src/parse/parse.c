/*
 * parse.c: source text -> tree-sitter CST -> AST (DESIGN.md §2, "parse").
 *
 * Checks the raw bytes first (valid UTF-8, no NUL, a UTF-8 coding cookie),
 * runs tree-sitter-python, reports ERROR and MISSING nodes as CPython-style
 * syntax errors, and only then hands the tree to the lowering in
 * lower_stmt.c / lower_expr.c / lower_str.c. Also holds the small CST helpers
 * the lowering files share (lower.h).
 *
 * Assumes: tree-sitter-python 0.23.6 (ABI 14) and the 0.20 runtime API.
 * tree-sitter never fails on bad input (it builds ERROR nodes), so every
 * rejection here is a diagnostic, never an abort.
 */
#include "lower.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

const TSLanguage *tree_sitter_python(void);

/* Stop listing syntax errors after this many: later ones are usually
 * consequences of the first. */
#define PARSE_MAX_SYNTAX_ERRORS 5

/* Nesting limit for the recursive lowering and the passes after it
 * (compile.c gives them a large stack); deeper input is rejected. CPython
 * 3.11 compiles a chain of about 3,000 binary operators and fails with
 * RecursionError beyond (its AST optimizer allows 3 x the recursion
 * limit); bracket nesting stops at 200 in its tokenizer (tokscan.c). */
#define LOWER_MAX_DEPTH 3000

/* ---- helpers shared by the lowering files ---- */

void
lower_kids(TSNode n, bool named_only, LowerKids *out)
{
    out->len = 0;
    if (ts_node_is_null(n))
        return;
    /* A cursor walks siblings in O(1) each; ts_node_child(n, i) is O(i). */
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(&c);
            if (ts_node_is_extra(k))
                continue;
            if (named_only && !ts_node_is_named(k))
                continue;
            LowerKid kid = { k, ts_tree_cursor_current_field_name(&c) };
            vec_push(out, kid);
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
}

TSNode
lower_nth(TSNode n, int i)
{
    TSNode null = { 0 };
    if (ts_node_is_null(n))
        return null;
    uint32_t cnt = ts_node_named_child_count(n);
    for (uint32_t j = 0; j < cnt; j++) {
        TSNode k = ts_node_named_child(n, j);
        if (ts_node_is_extra(k))
            continue;
        if (i-- == 0)
            return k;
    }
    return null;
}

int
lower_nnamed(TSNode n)
{
    if (ts_node_is_null(n))
        return 0;
    int c = 0;
    uint32_t cnt = ts_node_named_child_count(n);
    for (uint32_t j = 0; j < cnt; j++)
        if (!ts_node_is_extra(ts_node_named_child(n, j)))
            c++;
    return c;
}

TSNode
lower_field(TSNode n, const char *field)
{
    return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
}

bool
lower_is(TSNode n, const char *type)
{
    return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

/* 1-based line and byte column of offset off in L->text. */
static void
lower_line_col(const Lower *L, size_t off, int *line, int *col)
{
    int lo = 0, hi = L->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (L->lines[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    size_t bol = L->nlines ? L->lines[lo] : 0;
    *line = lo + 1;
    /* Columns count bytes of the file, BOM included. */
    *col = (int)(off - bol) + 1 + (lo == 0 ? L->bom : 0);
}

Loc
lower_loc_bytes(const Lower *L, size_t a, size_t b)
{
    Loc loc;
    lower_line_col(L, a, &loc.line, &loc.col);
    lower_line_col(L, b, &loc.end_line, &loc.end_col);
    return loc;
}

Loc
lower_loc(const Lower *L, TSNode n)
{
    return lower_loc_bytes(L, ts_node_start_byte(n), ts_node_end_byte(n));
}

const char *
lower_text(const Lower *L, TSNode n, size_t *len)
{
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (b > L->len)
        b = (uint32_t)L->len;
    if (a > b)
        a = b;
    *len = b - a;
    return L->text + a;
}

const char *
lower_ident(Lower *L, TSNode n)
{
    size_t len;
    const char *s = lower_text(L, n, &len);
    const char *r = intern(L->in, s, len);
    if (L->nfkc_from.len)
        for (size_t i = 0; i < len; i++)
            if ((unsigned char)s[i] >= 0x80) {
                for (int j = 0; j < L->nfkc_from.len; j++)
                    if (L->nfkc_from.items[j] == r)
                        return L->nfkc_to.items[j];
                break;
            }
    return r;
}

void
lower_error(Lower *L, TSNode n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(L->d, lower_loc(L, n), fmt, ap);
    va_end(ap);
    L->nerrors++;
}

NodeList
lower_vec_list(Lower *L, NodeVec *v)
{
    NodeList l = ast_list(L->a, v->items, v->len);
    vec_free(v);
    return l;
}

bool
lower_enter(Lower *L, TSNode n)
{
    if (++L->depth > LOWER_MAX_DEPTH) {
        /* Report once: the unwinding calls would repeat it. */
        if (L->depth == LOWER_MAX_DEPTH + 1)
            lower_error(
              L, n, "too many nested levels (over %d)", LOWER_MAX_DEPTH);
        L->depth--;
        return false;
    }
    return true;
}

void
lower_leave(Lower *L)
{
    L->depth--;
}

/* ---- raw source checks ---- */

static Loc
parse_loc_at(const Lower *L, size_t off)
{
    Loc loc = { 1, 1, 0, 0 };
    size_t bol = 0;
    for (size_t i = 0; i < off; i++)
        if (L->src->text[i] == '\n') {
            loc.line++;
            bol = i + 1;
        }
    loc.col = (int)(off - bol) + 1;
    loc.end_line = loc.line;
    loc.end_col = loc.col + 1;
    return loc;
}

/* Length of the valid UTF-8 sequence at s (strict: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 if invalid. */
static int
parse_utf8_len(const unsigned char *s, size_t avail)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    }
    else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    }
    else
        return 0;
    if (avail < (size_t)n)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (int i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return n;
}

/* ---- source encodings (PEP 263) ---- */

/* Finds a "coding: NAME" comment on line 1 or 2 (CPython's rule: the
 * line holds only a comment and, for line 2, line 1 is a comment or blank).
 * Stores the name lowered with '_' read as '-' and returns the offset of
 * the name in text, or returns SIZE_MAX when there is none. */
static size_t
parse_find_cookie(const char *text, size_t len, char *name, size_t cap)
{
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < eol && *q == '#') {
            for (const char *k = q; k + 6 < eol; k++) {
                if (memcmp(k, "coding", 6) != 0 ||
                    (k[6] != ':' && k[6] != '='))
                    continue;
                const char *v = k + 7;
                while (v < eol && (*v == ' ' || *v == '\t'))
                    v++;
                const char *ve = v;
                while (ve < eol && (isalnum((unsigned char)*ve) ||
                                    *ve == '-' || *ve == '_' || *ve == '.'))
                    ve++;
                size_t n = (size_t)(ve - v);
                if (n == 0)
                    break; /* "coding:" with no name: not a cookie */
                if (n >= cap)
                    n = cap - 1;
                for (size_t i = 0; i < n; i++)
                    name[i] =
                      v[i] == '_' ? '-' : (char)tolower((unsigned char)v[i]);
                name[n] = '\0';
                return (size_t)(v - text);
            }
        }
        else if (q < eol && *q != '\r')
            break; /* the cookie must come before any code */
        p = eol + 1;
    }
    return SIZE_MAX;
}

/* The encodings pyaot reads: UTF-8, Latin-1 (transcoded to UTF-8 when the
 * file is read) and ASCII, under the names Python's codec registry knows
 * them by (after parse_find_cookie's lowering). */
enum { PARSE_ENC_OTHER, PARSE_ENC_UTF8, PARSE_ENC_LATIN1, PARSE_ENC_ASCII };

static bool
parse_name_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return true;
    return false;
}

static int
parse_encoding_kind(const char *name)
{
    static const char *const utf8[] = { "utf-8", "utf8",    "u8",
                                        "utf",   "cp65001", NULL };
    static const char *const latin1[] = {
        "latin-1",    "latin1",      "latin",       "iso-8859-1",
        "iso8859-1",  "8859",        "cp819",       "l1",
        "iso-ir-100", "csisolatin1", "iso-latin-1", NULL
    };
    static const char *const ascii[] = {
        "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", NULL
    };
    /* CPython's tokenizer reads "utf-8-*" as UTF-8 and "latin-1-*",
     * "iso-8859-1-*", "iso-latin-1-*" as Latin-1 (get_normal_name). */
    if (parse_name_in(name, utf8) || strncmp(name, "utf-8-", 6) == 0)
        return PARSE_ENC_UTF8;
    if (parse_name_in(name, latin1) || strncmp(name, "latin-1-", 8) == 0 ||
        strncmp(name, "iso-8859-1-", 11) == 0 ||
        strncmp(name, "iso-latin-1-", 12) == 0)
        return PARSE_ENC_LATIN1;
    if (parse_name_in(name, ascii))
        return PARSE_ENC_ASCII;
    return PARSE_ENC_OTHER;
}

void
parse_prepare_source(char **text, size_t *len)
{
    char *s = *text;
    size_t n = *len;
    /* Universal newlines, as CPython reads source: a lone CR ends a line.
     * CRLF stays (the scanner handles it) so offsets do not move. */
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))
            s[i] = '\n';
    char name[64];
    bool bom = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
    if (bom || parse_find_cookie(s, n, name, sizeof name) == SIZE_MAX ||
        parse_encoding_kind(name) != PARSE_ENC_LATIN1)
        return;
    size_t high = 0;
    for (size_t i = 0; i < n; i++)
        high += (unsigned char)s[i] >= 0x80;
    if (high == 0)
        return;
    char *out = xmalloc(n + high + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80)
            out[j++] = (char)c;
        else {
            out[j++] = (char)(0xC0 | (c >> 6));
            out[j++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[j] = '\0';
    free(s);
    *text = out;
    *len = j;
}

/* Checks the cookie against what was read: UTF-8 and ASCII as they are,
 * Latin-1 already transcoded by parse_prepare_source. */
static bool
parse_check_cookie(Lower *L)
{
    char name[64];
    size_t at =
      parse_find_cookie(L->src->text, L->src->len, name, sizeof name);
    if (at == SIZE_MAX)
        return true;
    int kind = parse_encoding_kind(name);
    bool bom =
      L->src->len >= 3 && memcmp(L->src->text, "\xEF\xBB\xBF", 3) == 0;
    Loc loc = parse_loc_at(L, at);
    if (bom && kind != PARSE_ENC_UTF8) {
        diag_error(L->d,
                   loc,
                   "encoding problem: %s with BOM",
                   kind == PARSE_ENC_LATIN1 ? "iso-8859-1" : name);
        return false;
    }
    if (kind == PARSE_ENC_ASCII) {
        for (size_t i = 0; i < L->src->len; i++)
            if ((unsigned char)L->src->text[i] >= 0x80) {
                diag_error(
                  L->d,
                  parse_loc_at(L, i),
                  "encoding problem: ascii (byte 0x%02x is not ASCII)",
                  (unsigned char)L->src->text[i]);
                return false;
            }
    }
    if (kind == PARSE_ENC_OTHER) {
        diag_error(L->d,
                   loc,
                   "unsupported: source encoding '%s' (pyaot reads UTF-8, "
                   "Latin-1 and ASCII sources)",
                   name);
        return false;
    }
    return true;
}

static bool
parse_check_bytes(Lower *L)
{
    /* The cookie first: bytes that are not UTF-8 are best explained by an
     * encoding pyaot does not read. */
    if (!parse_check_cookie(L))
        return false;
    const unsigned char *s = (const unsigned char *)L->src->text;
    size_t n = L->src->len;
    for (size_t i = 0; i < n;) {
        if (s[i] == 0) {
            diag_error(L->d,
                       parse_loc_at(L, i),
                       "source code cannot contain null bytes");
            return false;
        }
        int k = parse_utf8_len(s + i, n - i);
        if (k == 0) {
            diag_error(L->d,
                       parse_loc_at(L, i),
                       "invalid UTF-8 in source (byte 0x%02x)",
                       s[i]);
            return false;
        }
        i += (size_t)k;
    }
    return true;
}

/* ---- syntax errors from the CST ---- */

/* Is n (a missing node) in an f-string's {...}? tree-sitter may hang it
 * under the `{` token, so look a few levels up. */
static bool
parse_in_interpolation(TSNode n)
{
    for (int i = 0; i < 4; i++) {
        n = ts_node_parent(n);
        if (ts_node_is_null(n))
            return false;
        if (strcmp(ts_node_type(n), "interpolation") == 0) {
            /* its expression is the missing one: {} or {:spec} */
            TSNode e = ts_node_named_child(n, 0);
            return ts_node_is_null(e) || ts_node_is_missing(e);
        }
    }
    return false;
}

static void
parse_report_missing(Lower *L, TSNode n)
{
    const char *t = ts_node_type(n);
    if (strcmp(t, "_indent") == 0 || strcmp(t, "block") == 0)
        lower_error(L, n, "expected an indented block");
    else if (strcmp(t, "string_end") == 0)
        lower_error(L, n, "unterminated string literal");
    else if (!ts_node_is_named(n))
        lower_error(L, n, "expected '%s'", t);
    else if (t[0] == '_')
        lower_error(L, n, "invalid syntax");
    else if (parse_in_interpolation(n))
        /* f"{}": the expression tree-sitter supplies as missing */
        lower_error(L, n, "f-string: empty expression not allowed");
    else
        lower_error(L, n, "expected %s", t);
}

/* ERROR nodes: "invalid syntax" at the first token of the bad region. */
const char *lower_number_check(const char *s,
                               size_t n,
                               int *kind,
                               char *msg,
                               size_t msgsize);

/* tree-sitter turns a malformed number (`0o8`, `1__0`, `0x`) into an ERROR;
 * CPython's tokenizer names the problem. Looks for a number-shaped token
 * starting inside the ERROR region and validates it. */
static bool
parse_number_error(Lower *L, TSNode n)
{
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    for (uint32_t i = a; i < b && i < L->len; i++) {
        unsigned char c = (unsigned char)L->text[i];
        bool prev_word = i > 0 && (isalnum((unsigned char)L->text[i - 1]) ||
                                   L->text[i - 1] == '_' ||
                                   (unsigned char)L->text[i - 1] >= 0x80);
        if (!isdigit(c) || prev_word)
            continue;
        size_t j = i;
        while (j < L->len &&
               (isalnum((unsigned char)L->text[j]) || L->text[j] == '_' ||
                L->text[j] == '.' ||
                ((L->text[j] == '+' || L->text[j] == '-') &&
                 (L->text[j - 1] == 'e' || L->text[j - 1] == 'E') &&
                 !(L->text[i] == '0' && j > i + 1 &&
                   strchr("xX", L->text[i + 1])))))
            j++;
        char msg[320];
        int kind;
        const char *err =
          lower_number_check(L->text + i, j - i, &kind, msg, sizeof msg);
        if (err) {
            Loc loc = lower_loc_bytes(L, i, j);
            diag_error(L->d, loc, "%s", err);
            L->nerrors++;
            return true;
        }
        i = (uint32_t)j;
    }
    return false;
}

/* An ERROR that runs to the end of the file with an unclosed bracket is
 * reported like CPython: "'(' was never closed" at the innermost one. */
static bool
parse_unclosed_error(Lower *L, TSNode n)
{
    uint32_t end = ts_node_end_byte(n);
    for (uint32_t i = end; i < L->len; i++)
        if (!isspace((unsigned char)L->text[i]))
            return false;
    Vec(TSNode) stack = { 0 };
    TSTreeCursor c = ts_tree_cursor_new(n);
    for (;;) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (ts_node_child_count(k) == 0 && !ts_node_is_named(k) &&
            !ts_node_is_missing(k)) {
            const char *t = ts_node_type(k);
            if (strchr("([{", t[0]) && t[1] == '\0')
                vec_push(&stack, k);
            else if (strchr(")]}", t[0]) && t[1] == '\0' && stack.len)
                stack.len--;
        }
        if (ts_tree_cursor_goto_first_child(&c))
            continue;
        bool more = true;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) {
                more = false;
                break;
            }
        if (!more)
            break;
    }
    ts_tree_cursor_delete(&c);
    bool found = stack.len > 0;
    if (found)
        lower_error(L,
                    vec_last(&stack),
                    "'%s' was never closed",
                    ts_node_type(vec_last(&stack)));
    vec_free(&stack);
    return found;
}

/* Reports t as a target CPython cannot assign to, naming it as
 * _PyPegen_get_expr_name does; in_condition: `if t = v:`, where
 * attributes and subscripts are named too and the '==' hint always
 * applies. Returns false for a node it does not name. */
static bool
parse_report_target(Lower *L, TSNode t, bool in_condition)
{
    bool paren = false;
    while (lower_is(t, "parenthesized_expression") && lower_nnamed(t) == 1) {
        t = lower_nth(t, 0);
        paren = true;
    }
    if (in_condition &&
        (lower_is(t, "attribute") || lower_is(t, "subscript"))) {
        lower_error(L,
                    t,
                    "cannot assign to %s here. Maybe you meant '==' instead "
                    "of '='?",
                    lower_is(t, "attribute") ? "attribute" : "subscript");
        return true;
    }
    static const char *const names[][3] = {
        /* tree-sitter type, CPython's name, "here" form (|-level) */
        { "call", "function call", "y" },
        { "integer", "literal", "y" },
        { "float", "literal", "y" },
        { "string", "literal", "y" },
        { "concatenated_string", "literal", "y" },
        { "true", "True", "" },
        { "false", "False", "" },
        { "none", "None", "" },
        { "ellipsis", "ellipsis", "y" },
        { "binary_operator", "expression", "y" },
        { "unary_operator", "expression", "y" },
        { "boolean_operator", "expression", "" },
        { "not_operator", "expression", "" },
        { "comparison_operator", "comparison", "" },
        { "lambda", "lambda", "" },
        { "conditional_expression", "conditional expression", "" },
        { "dictionary", "dict literal", "y" },
        { "set", "set display", "y" },
        { "list_comprehension", "list comprehension", "y" },
        { "dictionary_comprehension", "dict comprehension", "y" },
        { "set_comprehension", "set comprehension", "y" },
        { "generator_expression", "generator expression", "y" },
        { "await", "await expression", "y" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!lower_is(t, names[i][0]))
            continue;
        const char *what = names[i][1];
        if (lower_is(t, "string")) {
            for (uint32_t k = 0; k < ts_node_named_child_count(t); k++)
                if (lower_is(ts_node_named_child(t, k), "interpolation"))
                    what = "f-string expression";
        }
        /* in parentheses any of them is an atom, at the `|` level */
        bool here = names[i][2][0] == 'y' || paren;
        if (in_condition && !here)
            return false; /* `if a < b = 1:` is plain invalid syntax */
        if (here)
            lower_error(L,
                        t,
                        "cannot assign to %s here. Maybe you meant '==' "
                        "instead of '='?",
                        what);
        else
            lower_error(L, t, "cannot assign to %s", what);
        return true;
    }
    return false;
}

/* `f() = 1`: tree-sitter makes an ERROR of the target and the '=' and a
 * statement of the value. CPython names what cannot be assigned to
 * (_PyPegen_get_expr_name) and, for a target at the level of `|`
 * operands followed by one value, suggests '=='. */
static bool
parse_assign_target_error(Lower *L, TSNode n)
{
    /* the ERROR starts a line: a statement, not part of a header */
    uint32_t at = ts_node_start_byte(n);
    while (at > 0 && (L->text[at - 1] == ' ' || L->text[at - 1] == '\t'))
        at--;
    if (at > 0 && L->text[at - 1] != '\n')
        return false;
    if (ts_node_child_count(n) != 2 ||
        strcmp(ts_node_type(ts_node_child(n, 1)), "=") != 0 ||
        ts_node_has_error(ts_node_child(n, 0)))
        return false;
    /* the value: the next statement, or the first of the body that
     * tree-sitter gave the def whose first line this was */
    TSNode next = ts_node_next_sibling(n);
    if (!ts_node_is_null(next) && lower_is(next, "block"))
        next = ts_node_named_child(next, 0);
    if (ts_node_is_null(next) || !lower_is(next, "expression_statement") ||
        ts_node_named_child_count(next) != 1 ||
        lower_is(ts_node_named_child(next, 0), "assignment"))
        return false;
    return parse_report_target(L, ts_node_child(n, 0), false);
}

/* `if x = 1:`: tree-sitter makes an ERROR of `= 1` after the condition. */
static bool
parse_condition_assign_error(Lower *L, TSNode n)
{
    TSNode parent = ts_node_parent(n);
    if (ts_node_is_null(parent) || !(lower_is(parent, "if_statement") ||
                                     lower_is(parent, "elif_clause") ||
                                     lower_is(parent, "while_statement")))
        return false;
    TSNode cond = lower_field(parent, "condition");
    TSNode prev = ts_node_prev_sibling(n);
    if (ts_node_is_null(cond) || ts_node_is_null(prev) ||
        !ts_node_eq(cond, prev) || ts_node_child_count(n) != 2 ||
        strcmp(ts_node_type(ts_node_child(n, 0)), "=") != 0 ||
        ts_node_has_error(ts_node_child(n, 1)) || ts_node_has_error(cond))
        return false;
    if (lower_is(cond, "identifier")) {
        lower_error(L,
                    cond,
                    "invalid syntax. Maybe you meant '==' or ':=' instead "
                    "of '='?");
        return true;
    }
    return parse_report_target(L, cond, true);
}
static void
parse_report_error(Lower *L, TSNode n)
{
    if (parse_number_error(L, n) || parse_unclosed_error(L, n) ||
        parse_assign_target_error(L, n) || parse_condition_assign_error(L, n))
        return;
    /* (1 2), f(a b), [x y]: two expressions side by side in brackets */
    TSNode parent = ts_node_parent(n), prev = ts_node_prev_sibling(n);
    static const char *const brackets[] = { "parenthesized_expression",
                                            "argument_list",
                                            "list",
                                            "set",
                                            "tuple",
                                            NULL };
    bool in_brackets = false;
    for (int i = 0; !ts_node_is_null(parent) && brackets[i]; i++)
        in_brackets |= lower_is(parent, brackets[i]);
    if (in_brackets && !ts_node_is_null(prev) && ts_node_is_named(prev) &&
        !lower_is(prev, "ERROR") && !lower_is(prev, "comment") &&
        ts_node_child_count(n) == 1 && ts_node_is_named(ts_node_child(n, 0)) &&
        !lower_is(ts_node_child(n, 0), "comment") &&
        !(lower_is(prev, "identifier") &&
          lower_is(ts_node_child(n, 0), "string"))) {
        Loc loc =
          lower_loc_bytes(L, ts_node_start_byte(prev), ts_node_end_byte(n));
        diag_error(L->d, loc, "invalid syntax. Perhaps you forgot a comma?");
        L->nerrors++;
        return;
    }
    TSNode first = ts_node_child_count(n) ? ts_node_child(n, 0) : n;
    if (lower_is(first, "ERROR"))
        first = n;
    /* CPython points at the token it could not take. Within a statement
     * tree-sitter gave up on: a character no token starts with (`x = $`),
     * or an expression right after another one (`a b`); an operator or
     * keyword left hanging at the end of the line (`x = 1 +`, `import`)
     * is reported at the line's end. Otherwise the first token of the bad
     * region, not a whole block. */
    uint32_t nk = ts_node_child_count(n);
    for (uint32_t i = 1; i < nk; i++) {
        TSNode k = ts_node_child(n, i), pk = ts_node_child(n, i - 1);
        if (lower_is(k, "ERROR") && ts_node_child_count(k) == 0) {
            lower_error(L, k, "invalid syntax");
            return;
        }
        if (ts_node_is_named(k) && ts_node_is_named(pk) &&
            !lower_is(k, "comment") && !lower_is(pk, "comment") &&
            !lower_is(k, "ERROR") && !lower_is(pk, "ERROR") &&
            ts_node_end_byte(pk) < ts_node_start_byte(k)) {
            lower_error(L, k, "invalid syntax");
            return;
        }
    }
    /* `hello world`: tree-sitter ends the ERROR before the second name
     * and starts a statement there, on the same line */
    TSNode next = ts_node_next_sibling(n);
    if (nk > 0 && ts_node_is_named(ts_node_child(n, nk - 1)) &&
        !ts_node_is_null(next) &&
        ts_node_start_byte(next) > ts_node_end_byte(n)) {
        bool same_line = true;
        for (uint32_t b = ts_node_end_byte(n); b < ts_node_start_byte(next);
             b++)
            if (L->text[b] != ' ' && L->text[b] != '\t')
                same_line = false;
        if (same_line) {
            TSNode at = next;
            while (ts_node_child_count(at) > 0 &&
                   ts_node_start_byte(ts_node_child(at, 0)) ==
                     ts_node_start_byte(at))
                at = ts_node_child(at, 0);
            lower_error(L, at, "invalid syntax");
            return;
        }
    }
    if (nk > 0 && !ts_node_is_named(ts_node_child(n, nk - 1))) {
        uint32_t end = ts_node_end_byte(n);
        size_t e = end;
        while (e < L->len && (L->text[e] == ' ' || L->text[e] == '\t'))
            e++;
        if (e >= L->len || L->text[e] == '\n' || L->text[e] == '\r' ||
            L->text[e] == '#') {
            Loc loc = lower_loc_bytes(L, e, e + 1);
            loc.end_col = loc.col;
            diag_error(L->d, loc, "invalid syntax");
            L->nerrors++;
            return;
        }
    }
    lower_error(L, first, "invalid syntax");
}

/* Walks the tree reporting ERROR and MISSING nodes; returns how many. */
static int
parse_report_errors(Lower *L, TSNode root)
{
    if (!ts_node_has_error(root))
        return 0;
    int found = 0;
    bool skipped = false;
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        bool descend = false;
        TSNode w;
        if (lower_fstring_eq_spec(n, &w))
            skipped = true; /* f"{x:=+10.2f}": lowered from the text */
        else if (ts_node_is_missing(n)) {
            parse_report_missing(L, n);
            found++;
        }
        else if (lower_is(n, "ERROR")) {
            parse_report_error(L, n);
            found++;
        }
        else if (ts_node_has_error(n))
            descend = true;
        if (found >= PARSE_MAX_SYNTAX_ERRORS)
            break;
        if (descend && ts_tree_cursor_goto_first_child(&c))
            continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c))
                goto done;
    }
done:
    ts_tree_cursor_delete(&c);
    if (found == 0 && !skipped) {
        /* has_error without a visible ERROR/MISSING: still refuse. */
        lower_error(L, root, "invalid syntax");
        found = 1;
    }
    return found;
}

/* Start byte of the first ERROR or MISSING node, or UINT32_MAX; its end
 * byte in *end. */
static uint32_t
parse_first_error(TSNode root, uint32_t *end)
{
    *end = 0;
    if (!ts_node_has_error(root))
        return UINT32_MAX;
    uint32_t at = UINT32_MAX;
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        TSNode w;
        if (ts_node_is_missing(n) || lower_is(n, "ERROR")) {
            at = ts_node_start_byte(n);
            *end = ts_node_end_byte(n);
            break;
        }
        if (ts_node_has_error(n) && !lower_fstring_eq_spec(n, &w) &&
            ts_tree_cursor_goto_first_child(&c))
            continue;
        bool more = true;
        while (more && !ts_tree_cursor_goto_next_sibling(&c))
            more = ts_tree_cursor_goto_parent(&c);
        if (!more)
            break;
    }
    ts_tree_cursor_delete(&c);
    return at;
}

/* Does text parse without errors up to offset at (a statement's first
 * token), with that statement replaced by `pass`? Then a tree-sitter error
 * node that encloses `at` comes from the statement there, not from an earlier
 * mistake in the same enclosing block. */
static bool
parse_prefix_clean(TSParser *p, const char *text, size_t at)
{
    StrBuf b;
    sb_init(&b);
    sb_putn(&b, text, at);
    sb_puts(&b, "pass\n");
    TSTree *t = ts_parser_parse_string(p, NULL, b.data, (uint32_t)b.len);
    bool clean = t && !ts_node_has_error(ts_tree_root_node(t));
    if (t)
        ts_tree_delete(t);
    sb_free(&b);
    return clean;
}

/* Nodes that may hold NEWLINE tokens: statement sequences and compound
 * statements. Anything else (a simple statement, a header's expression)
 * lies within one logical line. */
static bool
parse_is_container(TSNode n)
{
    static const char *const types[] = {
        "module",
        "block",
        "if_statement",
        "elif_clause",
        "else_clause",
        "for_statement",
        "while_statement",
        "try_statement",
        "except_clause",
        "except_group_clause",
        "finally_clause",
        "with_statement",
        "function_definition",
        "class_definition",
        "decorated_definition",
        "match_statement",
        "case_clause",
    };
    const char *t = ts_node_type(n);
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(t, types[i]) == 0)
            return true;
    return false;
}

/* tree-sitter's scanner drops a NEWLINE where the grammar cannot take one,
 * so `x = a +` NEWLINE `f()` parses as one statement. Returns the offset of
 * the first NEWLINE that lies inside a non-container node, or UINT32_MAX. */
static uint32_t
parse_swallowed_newline(const Lower *L, TSNode n, const TokIssue *tok)
{
    if (ts_node_is_extra(n))
        return UINT32_MAX;
    if (!parse_is_container(n)) {
        uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
        /* A decorator ends with its own NEWLINE. */
        while (b > a && strchr(" \t\r\n\f", L->text[b - 1]))
            b--;
        /* Binary search for the first NEWLINE at or after a. */
        int lo = 0, hi = tok->newlines.len;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (tok->newlines.items[mid] < a)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < tok->newlines.len && tok->newlines.items[lo] < b)
            return (uint32_t)tok->newlines.items[lo];
        return UINT32_MAX;
    }
    uint32_t best = UINT32_MAX;
    uint32_t cnt = ts_node_child_count(n);
    for (uint32_t i = 0; i < cnt && best == UINT32_MAX; i++)
        best = parse_swallowed_newline(L, ts_node_child(n, i), tok);
    return best;
}

/* tree-sitter lexes a keyword as an identifier wherever the keyword itself
 * cannot appear (`print(from)`, `x.del`, `async = 1`), without an ERROR.
 * Returns the first identifier node spelled like a hard keyword, or a null
 * node. */
static TSNode
parse_keyword_ident(const Lower *L, TSNode root)
{
    static const char *const kws[] = {
        "False",  "None",     "True",  "and",    "as",       "assert",
        "async",  "await",    "break", "class",  "continue", "def",
        "del",    "elif",     "else",  "except", "finally",  "for",
        "from",   "global",   "if",    "import", "in",       "is",
        "lambda", "nonlocal", "not",   "or",     "pass",     "raise",
        "return", "try",      "while", "with",   "yield",
    };
    TSNode found = { 0 };
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if (lower_is(n, "identifier")) {
            size_t len;
            const char *t = lower_text(L, n, &len);
            for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
                if (strlen(kws[i]) == len && memcmp(kws[i], t, len) == 0) {
                    found = n;
                    goto done;
                }
        }
        if (ts_tree_cursor_goto_first_child(&c))
            continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c))
                goto done;
    }
done:
    ts_tree_cursor_delete(&c);
    return found;
}

/* ---- entry point ---- */

/* Python's str.isprintable() is false for the categories Cc, Cf, Zs (but
 * ' '), Zl, Zp, Cs, Co and Cn; CPython's "invalid character" message
 * depends on it. These are the assigned code points of those categories
 * that a source file plausibly holds (no Unicode database here), plus
 * the private-use planes. */
static bool
parse_is_printable(uint32_t c)
{
    static const uint32_t np[][2] = {
        { 0x80, 0xA0 },        { 0xAD, 0xAD },       { 0x600, 0x605 },
        { 0x61C, 0x61C },      { 0x6DD, 0x6DD },     { 0x70F, 0x70F },
        { 0x890, 0x891 },      { 0x8E2, 0x8E2 },     { 0x1680, 0x1680 },
        { 0x180E, 0x180E },    { 0x2000, 0x200F },   { 0x2028, 0x202F },
        { 0x205F, 0x206F },    { 0x3000, 0x3000 },   { 0xD800, 0xF8FF },
        { 0xFEFF, 0xFEFF },    { 0xFFF0, 0xFFFB },   { 0xFFFE, 0xFFFF },
        { 0x110BD, 0x110BD },  { 0x110CD, 0x110CD }, { 0x13430, 0x1343F },
        { 0x1BCA0, 0x1BCA3 },  { 0x1D173, 0x1D17A }, { 0xE0000, 0xE0FFF },
        { 0xF0000, 0x10FFFF },
    };
    for (size_t i = 0; i < sizeof np / sizeof np[0]; i++)
        if (c >= np[i][0] && c <= np[i][1])
            return false;
    return true;
}

/* CPython's tokenizer takes every run of name characters and bytes >= 0x80
 * for a name and rejects it at its first character that is not
 * XID_Start/XID_Continue: "invalid character '€' (U+20AC)", or "invalid
 * non-printable character U+200B" (tree-sitter skips such a character or
 * makes an error node of it; an invisible U+200B after `x` silently made
 * the name `x`). tree-sitter's identifier token is
 * [_\p{XID_Start}][_\p{XID_Continue}]*, so a non-ASCII character that is
 * not inside an identifier leaf is one CPython rejects. Checks the tokens
 * that start before limit; reports the first bad one and returns true. */
/* The character at p (a UTF-8 lead byte >= 0x80, n bytes, before end):
 * reports it and returns true if CPython's tokenizer would reject it in a
 * name. */
static bool
parse_bad_name_char(Lower *L, TSNode root, size_t p, size_t n)
{
    unsigned char b = (unsigned char)L->text[p];
    TSNode leaf =
      ts_node_descendant_for_byte_range(root, (uint32_t)p, (uint32_t)(p + n));
    uint32_t c = n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (size_t j = 1; j < n; j++)
        c = (c << 6) | ((unsigned char)L->text[p + j] & 0x3Fu);
    /* tree-sitter's tables let a few format characters (U+200D ZERO
     * WIDTH JOINER) into names; CPython does not */
    if (strcmp(ts_node_type(leaf), "identifier") == 0 &&
        ts_node_start_byte(leaf) <= p && ts_node_end_byte(leaf) >= p + n &&
        parse_is_printable(c))
        return false;
    Loc loc = lower_loc_bytes(L, p, p + n);
    if (parse_is_printable(c))
        diag_error(L->d,
                   loc,
                   "invalid character '%.*s' (U+%04X)",
                   (int)n,
                   L->text + p,
                   (unsigned)c);
    else
        diag_error(
          L->d, loc, "invalid non-printable character U+%04X", (unsigned)c);
    L->nerrors++;
    return true;
}

static size_t
parse_char_len(const Lower *L, size_t p, size_t end)
{
    unsigned char b = (unsigned char)L->text[p];
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    return p + n > end ? end - p : n;
}

static bool
parse_wide_names(Lower *L, TSNode root, const TokIssue *tok, size_t limit)
{
    for (size_t k = 0; k + 1 < (size_t)tok->wide.len; k += 2) {
        size_t off = tok->wide.items[k], end = tok->wide.items[k + 1];
        if (off >= limit)
            break;
        for (size_t p = off; p < end;) {
            size_t n = parse_char_len(L, p, end);
            if ((unsigned char)L->text[p] >= 0x80 &&
                parse_bad_name_char(L, root, p, n))
                return true;
            p += n;
        }
    }
    return false;
}

static bool
parse_has_wide(const Lower *L)
{
    for (size_t i = 0; i < L->len; i++)
        if ((unsigned char)L->text[i] >= 0x80)
            return true;
    return false;
}

/* The same for the expressions of f-string replacement fields, which the
 * token scan sees as part of one string token: a non-ASCII character
 * there must be in a name, a nested string or the format spec. */
static bool
parse_fstring_names(Lower *L, TSNode n)
{
    if (lower_is(n, "interpolation")) {
        size_t a = ts_node_start_byte(n), e = ts_node_end_byte(n);
        for (size_t p = a; p < e;) {
            size_t k = parse_char_len(L, p, e);
            if ((unsigned char)L->text[p] >= 0x80) {
                TSNode leaf = ts_node_descendant_for_byte_range(
                  n, (uint32_t)p, (uint32_t)(p + k));
                bool text = false;
                for (TSNode u = leaf; !ts_node_is_null(u) && !ts_node_eq(u, n);
                     u = ts_node_parent(u))
                    if (lower_is(u, "string") ||
                        lower_is(u, "format_specifier"))
                        text = true;
                if (!text && parse_bad_name_char(L, n, p, k))
                    return true;
            }
            p += k;
        }
    }
    for (uint32_t i = 0; i < ts_node_child_count(n); i++)
        if (parse_fstring_names(L, ts_node_child(n, i)))
            return true;
    return false;
}

/* The first \N{...} name the target interpreter does not know, as
 * CPython's compile-time SyntaxError. Returns true if one was reported. */
static bool
parse_check_unames(Lower *L, ParseNameCheck check, void *ctx)
{
    int n = L->uname.len;
    if (n == 0 || !check)
        return false;
    unsigned char *known = xmalloc((size_t)n);
    memset(known, 1, (size_t)n);
    bool bad = false;
    if (check(ctx, L->uname.items, n, known) == 0)
        for (int i = 0; i < n && !bad; i++)
            if (!known[i]) {
                diag_error(
                  L->d, L->uname_loc.items[i], "%s", L->uname_msg.items[i]);
                bad = true;
            }
    free(known);
    return bad;
}

static int
parse_ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (const char *const *)a;
    uintptr_t y = (uintptr_t) * (const char *const *)b;
    return x < y ? -1 : x > y;
}

/* Collects the identifiers of the tree that hold non-ASCII characters
 * (interned, so equal names are equal pointers) into v. */
typedef Vec(const char *) ParseNames;

static void
parse_wide_idents(Lower *L, TSNode root, ParseNames *v)
{
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if (ts_node_child_count(n) == 0 && lower_is(n, "identifier")) {
            size_t len;
            const char *s = lower_text(L, n, &len);
            bool wide = false;
            for (size_t i = 0; i < len && !wide; i++)
                wide = (unsigned char)s[i] >= 0x80;
            if (wide)
                vec_push(v, intern(L->in, s, len));
        }
        if (ts_tree_cursor_goto_first_child(&c))
            continue;
        while (!ts_tree_cursor_goto_next_sibling(&c))
            if (!ts_tree_cursor_goto_parent(&c)) {
                ts_tree_cursor_delete(&c);
                return;
            }
    }
}

/* Fills L->nfkc_from/to (see Lower). Without an answer the names stay
 * as written, which differs from CPython only for the compatibility
 * characters NFKC changes (ligatures, full-width and styled letters). */
static void
parse_normalize_idents(Lower *L, TSNode root, ParseNormalize norm, void *ctx)
{
    ParseNames v = { 0 };
    parse_wide_idents(L, root, &v);
    if (v.len > 1) {
        qsort(v.items, (size_t)v.len, sizeof *v.items, parse_ptr_cmp);
        int k = 1;
        for (int i = 1; i < v.len; i++)
            if (v.items[i] != v.items[k - 1])
                v.items[k++] = v.items[i];
        v.len = k;
    }
    if (v.len && v.len <= 5000) {
        char **out = xcalloc((size_t)v.len, sizeof *out);
        if (norm(ctx, v.items, v.len, out) == 0)
            for (int i = 0; i < v.len; i++)
                if (out[i]) {
                    vec_push(&L->nfkc_from, v.items[i]);
                    vec_push(&L->nfkc_to, intern_cstr(L->in, out[i]));
                }
        for (int i = 0; i < v.len; i++)
            free(out[i]);
        free(out);
    }
    vec_free(&v);
}

Node *
parse_module(const SrcFile *src,
             Arena *a,
             Interner *in,
             Diag *d,
             ParseNameCheck check,
             ParseNormalize normalize,
             void *check_ctx)
{
    Lower L = { 0 };
    L.src = src;
    L.a = a;
    L.in = in;
    L.d = d;
    L.text = src->text ? src->text : "";
    L.len = src->text ? src->len : 0;
    if (!parse_check_bytes(&L))
        return NULL;
    /* A UTF-8 BOM is allowed and ignored, as CPython does. */
    if (L.len >= 3 && memcmp(L.text, "\xEF\xBB\xBF", 3) == 0) {
        L.text += 3;
        L.len -= 3;
        L.bom = 3;
    }
    if (L.len > UINT32_MAX / 2) {
        Loc none = { 0, 0, 0, 0 };
        diag_error(d, none, "source file too large");
        return NULL;
    }

    /* Tokenizer-level errors first: CPython reports them even after an
     * earlier parser error, and tree-sitter tolerates several of them. */
    TokIssue tok;
    lower_scan_tokens(&L, &tok);

    Vec(uint32_t) lines = { 0 };
    vec_push(&lines, 0);
    for (size_t i = 0; i < L.len; i++)
        if (L.text[i] == '\n')
            vec_push(&lines, (uint32_t)(i + 1));
    L.lines = lines.items;
    L.nlines = lines.len;

    TSParser *p = ts_parser_new();
    ts_parser_set_language(p, tree_sitter_python());
    /* A tokenizer error is reported without parsing, unless a name before
     * it may hold a bad character (the parse tells which). */
    bool tok_failed = tok.kind == TOKI_ERROR;
    TSTree *tree = NULL;
    if (!tok_failed || (tok.wide.len && tok.wide.items[0] < tok.anchor))
        tree = ts_parser_parse_string(
          p, NULL, tok.text ? tok.text : L.text, (uint32_t)L.len);
    Node *mod = NULL;
    if (tree && parse_wide_names(&L,
                                 ts_tree_root_node(tree),
                                 &tok,
                                 tok_failed ? tok.anchor : SIZE_MAX))
        ;
    else if (tok_failed)
        diag_error(d, tok.loc, "%s", tok.msg);
    else if (!tree) {
        Loc none = { 0, 0, 0, 0 };
        diag_error(d, none, "parser failed");
    }
    else {
        TSNode root = ts_tree_root_node(tree);
        uint32_t ts_err_end;
        uint32_t ts_err = parse_first_error(root, &ts_err_end);
        TSNode kw = parse_keyword_ident(&L, root);
        uint32_t kw_err =
          ts_node_is_null(kw) ? UINT32_MAX : ts_node_start_byte(kw);
        uint32_t swallowed = parse_swallowed_newline(&L, root, &tok);
        uint32_t first = ts_err;
        if (kw_err < first)
            first = kw_err;
        if (swallowed < first)
            first = swallowed;
        /* A bracket open at the end of the file turns a plain "invalid
         * syntax" on a later line into "'(' was never closed", as
         * CPython's last check of the whole token stream does. */
        if (tok.kind == TOKI_STRUCT && strstr(tok.msg, "was never closed")) {
            d->unclosed_msg = tok.msg;
            d->unclosed_loc = tok.loc;
        }
        /* A block-structure error is CPython's message unless the parse
         * went wrong before it (its consequences come after its anchor). */
        if (tok.kind == TOKI_STRUCT &&
            (first >= tok.anchor ||
             (tok.wins_inside && first == ts_err && ts_err <= tok.anchor &&
              tok.anchor < ts_err_end &&
              parse_prefix_clean(
                p, tok.text ? tok.text : L.text, tok.anchor)))) {
            diag_error(d, tok.loc, "%s", tok.msg);
            L.nerrors++;
        }
        else if (ts_err == first && ts_err != UINT32_MAX)
            parse_report_errors(&L, root);
        else if (kw_err == first && kw_err != UINT32_MAX)
            lower_error(&L, kw, "invalid syntax");
        else if (swallowed != UINT32_MAX) {
            Loc loc = lower_loc_bytes(&L, swallowed, swallowed + 1);
            diag_error(d, loc, "invalid syntax");
            L.nerrors++;
        }
        else if (parse_report_errors(&L, root) == 0 &&
                 !(parse_has_wide(&L) && parse_fstring_names(&L, root))) {
            if (normalize && parse_has_wide(&L))
                parse_normalize_idents(&L, root, normalize, check_ctx);
            mod = lower_module(&L, root);
            if (L.nerrors || parse_check_unames(&L, check, check_ctx))
                mod = NULL;
        }
        d->unclosed_msg = NULL; /* it points into tok */
    }
    if (tree)
        ts_tree_delete(tree);
    ts_parser_delete(p);
    vec_free(&tok.wide);
    vec_free(&L.uname);
    vec_free(&L.uname_loc);
    vec_free(&L.uname_msg);
    vec_free(&L.nfkc_from);
    vec_free(&L.nfkc_to);
    vec_free(&tok.newlines);
    free(tok.text);
    vec_free(&lines);
    return mod;
}
