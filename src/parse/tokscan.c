/*
 * tokscan.c: a pass over the raw source that follows CPython 3.11's
 * tokenizer (Parser/tokenizer.c) far enough to find the errors
 * tree-sitter-python tolerates silently or reports vaguely.
 *
 * Tokenizer errors (CPython raises these even when the parser failed
 * earlier in the file, so they are reported alone): unterminated strings,
 * unmatched or mismatched closing brackets, too deep bracket nesting, a bad
 * line continuation, an inconsistent dedent, TabError, too many indentation
 * levels.
 *
 * Block-structure errors (CPython's parser reports these; the caller lets a
 * tree-sitter error that starts before the issue's anchor win): unexpected
 * indent, a missing indented block after a header line ending in ':', a
 * compound statement header without ':', and a bracket never closed.
 *
 * Assumes: the text is valid UTF-8 without NUL bytes (parse.c checks that
 * first) and f-strings are single tokens, as in 3.11's tokenizer.
 */
#include "lower.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOK_TABSIZE 8
#define TOK_MAXINDENT 100 /* CPython's MAXINDENT: at most 99 indents */
#define TOK_MAXLEVEL 200  /* CPython's MAXLEVEL (bracket nesting) */

typedef struct TokBracket {
    char c;
    int line;
    size_t off;
} TokBracket;

/* A token's extent; only the first two and the last of each logical line
 * are kept. */
typedef struct TokTok {
    size_t off, end;
    int line, end_line;
    bool colon; /* a ':' operator (not ':=') */
} TokTok;

typedef struct TokScan {
    const Lower *L;
    const char *s;
    size_t n;
    size_t i;
    int line;   /* 1-based line of s[i] */
    size_t bol; /* offset of the start of that line */
    TokBracket br[TOK_MAXLEVEL];
    int nbr;
    int ind[TOK_MAXINDENT + 1], alt[TOK_MAXINDENT + 1];
    int nind; /* ind[0] == 0 is the module level */
    TokIssue *out;
    bool done; /* a tokenizer error ended the scan */
} TokScan;

static int
tok_col(const TokScan *S, size_t off, size_t bol, int line)
{
    return (int)(off - bol) + 1 + (line == 1 ? S->L->bom : 0);
}

/* Start of the line holding off. */
static size_t
tok_bol(const TokScan *S, size_t off)
{
    while (off > 0 && S->s[off - 1] != '\n')
        off--;
    return off;
}

static Loc
tok_loc_at(const TokScan *S, size_t off, int line, size_t len)
{
    size_t bol = tok_bol(S, off);
    Loc loc;
    loc.line = loc.end_line = line;
    loc.col = tok_col(S, off, bol, line);
    loc.end_col = loc.col + (int)(len ? len : 1);
    return loc;
}

static void tok_issue(TokScan *S,
                      int kind,
                      Loc loc,
                      size_t anchor,
                      const char *fmt,
                      ...) __attribute__((format(printf, 5, 6)));

static void
tok_issue(TokScan *S, int kind, Loc loc, size_t anchor, const char *fmt, ...)
{
    if (kind == TOKI_ERROR)
        S->done = true;
    /* A tokenizer error replaces an earlier block-structure issue; of the
     * block-structure issues only the first is kept. */
    if (S->out->kind == TOKI_ERROR ||
        (S->out->kind == TOKI_STRUCT && kind == TOKI_STRUCT))
        return;
    S->out->kind = kind;
    S->out->loc = loc;
    S->out->anchor = anchor;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(S->out->msg, sizeof S->out->msg, fmt, ap);
    va_end(ap);
}

/* TabError: an indentation whose tab and space counts disagree with the
 * enclosing levels. */
static void
tok_tab_error(TokScan *S, Loc loc)
{
    tok_issue(S,
              TOKI_ERROR,
              loc,
              S->i,
              "inconsistent use of tabs and spaces in indentation");
}

/* Blanks a byte of the copy tree-sitter parses (see TokIssue.text). */
static void
tok_blank(TokScan *S, size_t off)
{
    if (S->out->text && off < S->n)
        S->out->text[off] = ' ';
}

static int
tok_peek(const TokScan *S, size_t k)
{
    return S->i + k < S->n ? (unsigned char)S->s[S->i + k] : -1;
}

/* At a '\n' (or "\r\n"): steps past it onto the next line. */
static void
tok_newline(TokScan *S)
{
    if (S->s[S->i] == '\r')
        S->i++;
    S->i++;
    S->line++;
    S->bol = S->i;
}

static bool
tok_at_newline(const TokScan *S)
{
    return tok_peek(S, 0) == '\n' ||
           (tok_peek(S, 0) == '\r' && tok_peek(S, 1) == '\n');
}

/* The length of the line holding off, without its line break. */
static size_t
tok_line_len(const TokScan *S, size_t bol)
{
    size_t e = bol;
    while (e < S->n && S->s[e] != '\n')
        e++;
    if (e > bol && S->s[e - 1] == '\r')
        e--;
    return e - bol;
}

/* At a backslash outside a string: must end the line. Returns false after
 * reporting an error. */
static bool
tok_continuation(TokScan *S)
{
    size_t at = S->i;
    int line = S->line;
    S->i++;
    if (tok_peek(S, 0) == -1) {
        Loc loc = tok_loc_at(S, at + 1, line, 1);
        tok_issue(S, TOKI_ERROR, loc, at, "unexpected EOF while parsing");
        return false;
    }
    if (!tok_at_newline(S)) {
        Loc loc = tok_loc_at(S, S->i, line, 1);
        tok_issue(S,
                  TOKI_ERROR,
                  loc,
                  at,
                  "unexpected character after line continuation character");
        return false;
    }
    tok_newline(S);
    if (tok_peek(S, 0) == -1) {
        Loc loc = tok_loc_at(S, at + 1, line, 1);
        tok_issue(S, TOKI_ERROR, loc, at, "unexpected EOF while parsing");
        return false;
    }
    return true;
}

/* Scans a string literal whose prefix starts at start and whose opening
 * quote is at S->i. */
static void
tok_string(TokScan *S, size_t start)
{
    int sline = S->line;
    char q = S->s[S->i];
    bool triple = tok_peek(S, 1) == q && tok_peek(S, 2) == q;
    S->i += triple ? 3 : 1;
    for (;;) {
        int c = tok_peek(S, 0);
        if (c == -1 || (!triple && (c == '\n' || c == '\r'))) {
            int at = S->line;
            if (c == -1 && triple && S->n > 0 && S->s[S->n - 1] == '\n')
                at--; /* CPython counts the line the last byte is on */
            Loc loc = tok_loc_at(S, start, sline, 1);
            loc.end_col = loc.col;
            tok_issue(S,
                      TOKI_ERROR,
                      loc,
                      start,
                      "unterminated %sstring literal (detected at line %d)",
                      triple ? "triple-quoted " : "",
                      at < sline ? sline : at);
            return;
        }
        if (c == '\\') {
            S->i++;
            if (tok_peek(S, 0) == -1)
                continue;
            if (tok_at_newline(S))
                tok_newline(S);
            else
                S->i++;
            continue;
        }
        if (c == '\n') {
            tok_newline(S);
            continue;
        }
        if (c == q &&
            (!triple || (tok_peek(S, 1) == q && tok_peek(S, 2) == q))) {
            S->i += triple ? 3 : 1;
            return;
        }
        S->i++;
    }
}

static bool
tok_is_ident_char(int c)
{
    return c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static bool
tok_is_prefix(const char *s, size_t n)
{
    if (n == 0 || n > 2)
        return false;
    for (size_t k = 0; k < n; k++)
        if (!strchr("rRbBuUfF", s[k]))
            return false;
    return true;
}

static bool
tok_text_is(const TokScan *S, const TokTok *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->end - t->off == n && memcmp(S->s + t->off, kw, n) == 0;
}

/* How CPython's "expected an indented block after ..." names a header whose
 * first tokens are a and b, or NULL if the line is no compound statement. */
static const char *
tok_header_kind(const TokScan *S, const TokTok *a, const TokTok *b)
{
    static const char *const stmts[][2] = {
        { "if", "'if' statement" },
        { "elif", "'elif' statement" },
        { "else", "'else' statement" },
        { "while", "'while' statement" },
        { "for", "'for' statement" },
        { "with", "'with' statement" },
        { "try", "'try' statement" },
        { "finally", "'finally' statement" },
        { "match", "'match' statement" },
        { "case", "'case' statement" },
        { "except", "'except' statement" },
        { "def", "function definition" },
        { "class", "class definition" },
    };
    if (!a)
        return NULL;
    if (tok_text_is(S, a, "async")) {
        if (!b || !(tok_text_is(S, b, "def") || tok_text_is(S, b, "for") ||
                    tok_text_is(S, b, "with")))
            return NULL;
        a = b;
        b = NULL;
    }
    if (tok_text_is(S, a, "except") && b && tok_text_is(S, b, "*"))
        return "'except*' statement";
    for (size_t k = 0; k < sizeof stmts / sizeof stmts[0]; k++)
        if (tok_text_is(S, a, stmts[k][0]))
            return stmts[k][1];
    return NULL;
}

/* Computes the indentation of the line starting at S->i like CPython's
 * tokenizer. Returns false at a blank or comment-only line (consumed) or
 * after an error; *eof is set at the end of the text. */
static bool
tok_indent(TokScan *S, int *colp, int *altp, bool *eof)
{
    int col = 0, alt = 0, cont_col = 0;
    for (;;) {
        int c = tok_peek(S, 0);
        if (c == ' ') {
            col++;
            alt++;
        }
        else if (c == '\t') {
            col = (col / TOK_TABSIZE + 1) * TOK_TABSIZE;
            alt++;
        }
        else if (c == '\f')
            col = alt = 0;
        else if (c == '\\') {
            /* Indentation cannot be split with backslashes: the first
             * one found fixes the level. */
            cont_col = cont_col ? cont_col : col;
            if (!tok_continuation(S))
                return false;
            continue;
        }
        else
            break;
        S->i++;
    }
    int c = tok_peek(S, 0);
    if (c == -1) {
        *eof = true;
        return false;
    }
    if (c == '#' || tok_at_newline(S) || c == '\r') {
        while (tok_peek(S, 0) != -1 && tok_peek(S, 0) != '\n')
            S->i++;
        if (tok_peek(S, 0) == '\n')
            tok_newline(S);
        else
            *eof = true;
        return false;
    }
    *colp = cont_col ? cont_col : col;
    *altp = cont_col ? cont_col : alt;
    return true;
}

/* The position CPython gives an error at the end of the text. */
static Loc
tok_eof_loc(const TokScan *S)
{
    size_t end = S->n;
    int line = S->line;
    if (end > 0 && S->s[end - 1] == '\n') {
        end--;
        line--;
    }
    size_t bol = tok_bol(S, end);
    if (line < 1)
        line = 1;
    Loc loc;
    loc.line = loc.end_line = line;
    loc.col = tok_col(S, bol + tok_line_len(S, bol), bol, line);
    loc.end_col = loc.col + 1;
    return loc;
}

/* One logical line's tokens, from its first (S->i, after the indentation)
 * to its NEWLINE. */
static void
tok_logical_line(TokScan *S,
                 TokTok *first,
                 TokTok *second,
                 TokTok *last,
                 int *ntok,
                 bool *has_colon)
{
    *ntok = 0;
    *has_colon = false;
    while (!S->done) {
        int c = tok_peek(S, 0);
        if (c == -1)
            return;
        if (c == ' ' || c == '\t' || c == '\f' ||
            (c == '\r' && tok_peek(S, 1) != '\n')) {
            S->i++;
            continue;
        }
        if (c == '#') {
            while (tok_peek(S, 0) != -1 && !tok_at_newline(S)) {
                if (S->nbr > 0)
                    tok_blank(S, S->i);
                S->i++;
            }
            continue;
        }
        if (tok_at_newline(S)) {
            if (S->nbr == 0) {
                vec_push(&S->out->newlines, S->i);
                tok_newline(S);
                return;
            }
            tok_blank(S, S->i);
            if (S->s[S->i] == '\r')
                tok_blank(S, S->i + 1);
            tok_newline(S);
            continue;
        }
        if (c == '\\') {
            size_t at = S->i;
            if (tok_continuation(S))
                for (size_t k = at; k < S->i; k++)
                    tok_blank(S, k);
            continue;
        }
        TokTok t = { S->i, 0, S->line, 0, false };
        if (tok_is_ident_char(c) && !(c >= '0' && c <= '9')) {
            bool wide = false;
            while (tok_is_ident_char(tok_peek(S, 0))) {
                wide |= tok_peek(S, 0) >= 0x80;
                S->i++;
            }
            if (wide) {
                vec_push(&S->out->wide, t.off);
                vec_push(&S->out->wide, S->i);
            }
            int q = tok_peek(S, 0);
            if ((q == '\'' || q == '"') &&
                tok_is_prefix(S->s + t.off, S->i - t.off))
                tok_string(S, t.off);
        }
        else if ((c >= '0' && c <= '9') ||
                 (c == '.' && tok_peek(S, 1) >= '0' &&
                  tok_peek(S, 1) <= '9')) {
            for (;;) {
                int d = tok_peek(S, 0);
                if ((d == '+' || d == '-') &&
                    (S->s[S->i - 1] == 'e' || S->s[S->i - 1] == 'E') &&
                    !(S->s[t.off] == '0' && S->i > t.off + 1 &&
                      strchr("xX", S->s[t.off + 1])))
                    S->i++;
                else if (tok_is_ident_char(d) || d == '.') {
                    /* `1\u00a0+ 2`: a wide character after a number
                     * starts a name in CPython's tokenizer. */
                    if (d >= 0x80 &&
                        (S->out->wide.len == 0 ||
                         S->out->wide.items[S->out->wide.len - 1] != S->i)) {
                        size_t e = S->i;
                        while (tok_is_ident_char(tok_peek(S, e - S->i)))
                            e++;
                        vec_push(&S->out->wide, S->i);
                        vec_push(&S->out->wide, e);
                    }
                    S->i++;
                }
                else
                    break;
            }
        }
        else if (c == '\'' || c == '"')
            tok_string(S, t.off);
        else if (c == '(' || c == '[' || c == '{') {
            if (S->nbr == TOK_MAXLEVEL) {
                Loc loc = tok_loc_at(S, S->i, S->line, 1);
                loc.end_col = loc.col;
                tok_issue(
                  S, TOKI_ERROR, loc, S->i, "too many nested parentheses");
                return;
            }
            TokBracket b = { (char)c, S->line, S->i };
            S->br[S->nbr++] = b;
            S->i++;
        }
        else if (c == ')' || c == ']' || c == '}') {
            Loc loc = tok_loc_at(S, S->i, S->line, 1);
            loc.end_col = loc.col;
            if (S->nbr == 0) {
                tok_issue(S, TOKI_ERROR, loc, S->i, "unmatched '%c'", (char)c);
                return;
            }
            TokBracket *b = &S->br[S->nbr - 1];
            char want = b->c == '(' ? ')' : b->c == '[' ? ']' : '}';
            if (c != want) {
                if (b->line != S->line)
                    tok_issue(S,
                              TOKI_ERROR,
                              loc,
                              S->i,
                              "closing parenthesis '%c' does not match "
                              "opening parenthesis '%c' on line %d",
                              (char)c,
                              b->c,
                              b->line);
                else
                    tok_issue(S,
                              TOKI_ERROR,
                              loc,
                              S->i,
                              "closing parenthesis '%c' does not match "
                              "opening parenthesis '%c'",
                              (char)c,
                              b->c);
                return;
            }
            S->nbr--;
            S->i++;
        }
        else if (c == ':') {
            S->i++;
            if (tok_peek(S, 0) == '=')
                S->i++;
            else {
                t.colon = true;
                if (S->nbr == 0)
                    *has_colon = true;
            }
        }
        else if ((c < 0x20 && c != '\f' && c != '\r') || c == 0x7F) {
            /* a control character outside strings and comments */
            Loc loc = tok_loc_at(S, S->i, S->line, 1);
            tok_issue(S,
                      TOKI_ERROR,
                      loc,
                      S->i,
                      "invalid non-printable character U+%04X",
                      (unsigned)c);
            return;
        }
        else
            S->i++; /* any other operator character */
        if (S->done)
            return;
        t.end = S->i;
        t.end_line = S->line;
        if (*ntok == 0)
            *first = t;
        else if (*ntok == 1)
            *second = t;
        *last = t;
        ++*ntok;
    }
}

void
lower_scan_tokens(const Lower *L, TokIssue *out)
{
    memset(out, 0, sizeof *out);
    TokScan *S = calloc(1, sizeof *S);
    if (!S)
        return;
    S->L = L;
    S->s = L->text;
    S->n = L->len;
    S->line = 1;
    S->out = out;
    out->text = malloc(S->n + 1);
    if (out->text) {
        memcpy(out->text, S->s, S->n);
        out->text[S->n] = '\0';
    }
    S->nind = 1;
    /* Open try statements: their header's indentation and offset. A
     * try must go on with except or finally at its own level; tree-sitter
     * only says "invalid syntax" at the try. */
    int trycol[TOK_MAXINDENT + 1];
    size_t tryoff[TOK_MAXINDENT + 1];
    int ntry = 0;
    bool pending = false;            /* the last line ended in ':' */
    const char *pending_kind = NULL; /* its header, if a known one */
    int pending_line = 0;
    size_t pending_off = 0;
    while (!S->done) {
        int col = 0, alt = 0;
        bool eof = false;
        if (!tok_indent(S, &col, &alt, &eof)) {
            if (eof || S->done)
                break;
            continue;
        }
        /* CPython's indentation rules (tok_get, "Get indentation level"). */
        int top = S->ind[S->nind - 1], atop = S->alt[S->nind - 1];
        Loc tab_loc = { S->line, 1 + (S->line == 1 ? L->bom : 0), S->line, 0 };
        tab_loc.end_col = tab_loc.col;
        bool indent = false;
        if (col == top) {
            if (alt != atop) {
                tok_tab_error(S, tab_loc);
                break;
            }
        }
        else if (col > top) {
            if (S->nind >= TOK_MAXINDENT) {
                tok_issue(S,
                          TOKI_ERROR,
                          tab_loc,
                          S->i,
                          "too many levels of indentation");
                break;
            }
            if (alt <= atop) {
                tok_tab_error(S, tab_loc);
                break;
            }
            /* tree-sitter-python's scanner keeps its indentation stack in
             * bytes when it saves its state: a block at column 256 came
             * back as column 0 and gave a baffling "invalid syntax". */
            if (col > 255) {
                tok_issue(S,
                          TOKI_ERROR,
                          tab_loc,
                          S->i,
                          "unsupported: a block indented by more than 255 "
                          "columns");
                break;
            }
            S->ind[S->nind] = col;
            S->alt[S->nind] = alt;
            S->nind++;
            indent = true;
        }
        else {
            while (S->nind > 1 && col < S->ind[S->nind - 1])
                S->nind--;
            if (col != S->ind[S->nind - 1]) {
                Loc loc = tok_loc_at(S, S->i, S->line, 1);
                loc.col = tok_col(
                  S, S->bol + tok_line_len(S, S->bol), S->bol, S->line);
                loc.end_col = loc.col;
                tok_issue(S,
                          TOKI_ERROR,
                          loc,
                          S->i,
                          "unindent does not match any outer indentation "
                          "level");
                break;
            }
            if (alt != S->alt[S->nind - 1]) {
                tok_tab_error(S, tab_loc);
                break;
            }
        }
        size_t here = S->i;
        int here_line = S->line;
        TokTok first = { 0 }, second = { 0 }, last = { 0 };
        int ntok = 0;
        bool has_colon = false;
        tok_logical_line(S, &first, &second, &last, &ntok, &has_colon);
        if (S->done)
            break;
        if (indent && !pending) {
            Loc loc = tok_loc_at(S, here - 1, here_line, 1);
            loc.end_col = loc.col;
            tok_issue(S, TOKI_STRUCT, loc, here, "unexpected indent");
        }
        else if (!indent && pending && pending_kind) {
            Loc loc = tok_loc_at(S, here, here_line, 1);
            if (ntok && first.end_line == first.line)
                loc.end_col = loc.col + (int)(first.end - first.off);
            tok_issue(S,
                      TOKI_STRUCT,
                      loc,
                      pending_off,
                      "expected an indented block after %s on line %d",
                      pending_kind,
                      pending_line);
        }
        pending = false;
        if (ntok == 0)
            continue;
        while (ntry > 0 && col <= trycol[ntry - 1]) {
            if (col == trycol[ntry - 1] &&
                (tok_text_is(S, &first, "except") ||
                 tok_text_is(S, &first, "finally"))) {
                ntry--;
                break;
            }
            Loc loc = tok_loc_at(S, here, here_line, 1);
            if (first.end_line == first.line)
                loc.end_col = loc.col + (int)(first.end - first.off);
            tok_issue(S,
                      TOKI_STRUCT,
                      loc,
                      tryoff[ntry - 1],
                      "expected 'except' or 'finally' block");
            if (S->out->anchor == tryoff[ntry - 1])
                S->out->wins_inside = true;
            ntry = 0;
            break;
        }
        if (tok_text_is(S, &first, "try") && ntok > 1 &&
            second.end == second.off + 1 && S->s[second.off] == ':' &&
            ntry < TOK_MAXINDENT) {
            trycol[ntry] = col;
            tryoff[ntry++] = first.off;
        }
        const char *kind =
          tok_header_kind(S, &first, ntok > 1 ? &second : NULL);
        if (last.colon && S->nbr == 0) {
            /* An unknown header (an error tree-sitter will report) may
             * still have an indented block. */
            pending = true;
            pending_kind = kind;
            pending_line = first.line;
            pending_off = first.off;
        }
        else if (kind && !has_colon && S->nbr == 0 &&
                 strcmp(kind, "'match' statement") != 0 &&
                 strcmp(kind, "'case' statement") != 0) {
            Loc loc = tok_loc_at(S, last.end, last.end_line, 1);
            loc.end_col = loc.col;
            tok_issue(S, TOKI_STRUCT, loc, first.off, "expected ':'");
        }
    }
    if (!S->done && S->nbr > 0) {
        TokBracket *b = &S->br[S->nbr - 1];
        Loc loc = tok_loc_at(S, b->off, b->line, 1);
        tok_issue(S, TOKI_STRUCT, loc, b->off, "'%c' was never closed", b->c);
    }
    else if (!S->done && pending && pending_kind)
        tok_issue(S,
                  TOKI_STRUCT,
                  tok_eof_loc(S),
                  pending_off,
                  "expected an indented block after %s on line %d",
                  pending_kind,
                  pending_line);
    else if (!S->done && ntry > 0) {
        tok_issue(S,
                  TOKI_STRUCT,
                  tok_eof_loc(S),
                  tryoff[ntry - 1],
                  "expected 'except' or 'finally' block");
        if (S->out->anchor == tryoff[ntry - 1])
            S->out->wins_inside = true;
    }
    free(S);
}
