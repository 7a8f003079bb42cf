/*
 * test_parse.c: unit tests for the front end: util (arena, StrBuf,
 * interner, diagnostics), parse + lowering (checked through ast_dump
 * fragments), syntax errors, sema/check.c's CPython errors and
 * check_supported's "unsupported: ..." reports.
 *
 * Assumes: ast_dump's format "(Kind@LINE:COL field=... )"; each expected
 * fragment below is one line of that dump, so the tests do not depend on
 * indentation. Diagnostics go to a memstream per test.
 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/parse.h"
#include "sema/sema.h"

/* ---- fixture ---- */

static Arena arena;
static Interner interner;
static Diag diag;
static FILE *diag_file;
static char *diag_text;
static size_t diag_len;
static SrcFile src_file;
static StrBuf dump_buf;

static void
parse_setup(void)
{
    arena_init(&arena);
    intern_init(&interner, &arena);
    diag_file = open_memstream(&diag_text, &diag_len);
    sb_init(&dump_buf);
}

static void
parse_teardown(void)
{
    fclose(diag_file);
    free(diag_text);
    diag_text = NULL;
    sb_free(&dump_buf);
    intern_free(&interner);
    arena_free(&arena);
}

/* Parses src (length n, may hold NULs); returns the module or NULL. */
static Node *
parse_n(const char *src, size_t n)
{
    src_file.path = "t.py";
    src_file.text = src;
    src_file.len = n;
    diag_init(&diag, &src_file, diag_file);
    return parse_module(&src_file, &arena, &interner, &diag, NULL, NULL, NULL);
}

/* The ast_dump of src; fails the test on a parse error. */
static const char *
dump(const char *src)
{
    Node *m = parse_n(src, strlen(src));
    fflush(diag_file);
    ck_assert_msg(m != NULL, "parse failed: %s", diag_text);
    dump_buf.len = 0;
    ast_dump(m, &dump_buf);
    return dump_buf.data;
}

/* All diagnostics for src after parse, check_module and check_supported. */
static const char *
errors(const char *src, size_t n)
{
    Node *m = parse_n(src, n);
    if (m && check_module(m, &diag))
        check_supported(m, &diag);
    fflush(diag_file);
    return diag_text ? diag_text : "";
}

static const char *
errs(const char *src)
{
    return errors(src, strlen(src));
}

#define ck_has(hay, needle)                                                   \
    ck_assert_msg(strstr((hay), (needle)) != NULL,                            \
                  "expected to find\n%s\nin\n%s",                             \
                  (needle),                                                   \
                  (hay))

/* ---- util ---- */

START_TEST(test_arena)
{
    char *p = arena_alloc(&arena, 10);
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(p[i], 0);
    ck_assert_int_eq((uintptr_t)p % 16, 0);
    char *big = arena_alloc(&arena, 200000); /* larger than a block */
    big[199999] = 1;
    ck_assert_str_eq(arena_strndup(&arena, "hello", 4), "hell");
    ck_assert_str_eq(arena_printf(&arena, "%d-%s", 7, "x"), "7-x");
}
END_TEST

START_TEST(test_strbuf_escape)
{
    StrBuf sb;
    sb_init(&sb);
    sb_put_cstr_escaped(&sb, "a\"\\\n\xff?1", 7);
    ck_assert_str_eq(sb.data, "a\\\"\\\\\\012\\377\\?1");
    sb_printf(&sb, "%d", 42);
    ck_assert_uint_eq(sb.len, strlen(sb.data));
    char *s = sb_steal(&sb);
    ck_assert_ptr_null(sb.data);
    free(s);
}
END_TEST

START_TEST(test_interner)
{
    const char *a = intern_cstr(&interner, "spam");
    const char *b = intern(&interner, "spamming", 4);
    ck_assert_ptr_eq(a, b);
    ck_assert_ptr_ne(a, intern_cstr(&interner, "eggs"));
    /* Survives growth. */
    char name[16];
    for (int i = 0; i < 2000; i++) {
        snprintf(name, sizeof name, "n%d", i);
        intern_cstr(&interner, name);
    }
    ck_assert_ptr_eq(a, intern_cstr(&interner, "spam"));
}
END_TEST

START_TEST(test_diag_format)
{
    SrcFile f = { "x.py", "a = 1\nbad line\n", 15 };
    Diag d;
    diag_init(&d, &f, diag_file);
    Loc loc = { 2, 5, 2, 9 };
    diag_error(&d, loc, "oops %d", 3);
    fflush(diag_file);
    ck_assert_str_eq(diag_text,
                     "x.py:2:5: error: oops 3\n    bad line\n        ^~~~\n");
    ck_assert_int_eq(d.nerrors, 1);
}
END_TEST

START_TEST(test_diag_excerpt_chars)
{
    /* The caret counts characters, not bytes; control characters and
     * bytes that are not UTF-8 print as '?'. */
    static const char text[] = "s\xc3\xa9 = \xce\xbb + $\x1b[0m\xff\n";
    SrcFile f = { "u.py", text, sizeof text - 1 };
    Diag d;
    diag_init(&d, &f, diag_file);
    Loc loc = { 1, 12, 1, 13 }; /* the '$' (byte column 12) */
    diag_error(&d, loc, "bad");
    fflush(diag_file);
    ck_assert_str_eq(diag_text,
                     "u.py:1:12: error: bad\n"
                     "    s\xc3\xa9 = \xce\xbb + $?[0m?\n"
                     "             ^\n");
}
END_TEST

/* ---- lowering ---- */

START_TEST(test_int_literals)
{
    const char *d = dump("0x_1F; 0o17; 0B1_0; 1_000; 0; 00; "
                         "123456789012345678901234567890\n");
    ck_has(d, "(Constant@1:1 ckind=4 value=\"0x1f\")");
    ck_has(d, "(Constant@1:8 ckind=4 value=\"0o17\")");
    ck_has(d, "(Constant@1:14 ckind=4 value=\"0b10\")");
    ck_has(d, "(Constant@1:21 ckind=4 value=\"1000\")");
    ck_has(d, "(Constant@1:28 ckind=4 value=\"0\")");
    ck_has(d, "(Constant@1:31 ckind=4 value=\"00\")");
    ck_has(d, "value=\"123456789012345678901234567890\"");
}
END_TEST

START_TEST(test_float_complex_literals)
{
    const char *d = dump("1.; .5; 1e10; 1_000.5; 3j; 1.5J; 0777j\n");
    ck_has(d, "(Constant@1:1 ckind=5 value=\"1.\")");
    ck_has(d, "(Constant@1:5 ckind=5 value=\".5\")");
    ck_has(d, "(Constant@1:9 ckind=5 value=\"1e10\")");
    ck_has(d, "(Constant@1:15 ckind=5 value=\"1000.5\")");
    ck_has(d, "(Constant@1:24 ckind=6 value=\"3\")");
    ck_has(d, "(Constant@1:28 ckind=6 value=\"1.5\")");
    ck_has(d, "(Constant@1:34 ckind=6 value=\"0777\")");
}
END_TEST

START_TEST(test_string_escapes)
{
    const char *d = dump("'a\\tb\\x41\\u00e9\\U0001F600\\101\\d\\\n"
                         "c' r'\\n' '\\ud800'\n");
    /* \d stays a backslash + d; \<newline> disappears; r'\n' is raw;
     * the lone surrogate is its 3-byte generalized UTF-8 form. */
    ck_has(d,
           "value=\"a\\011bA\\303\\251\\360\\237\\230\\200A\\\\dc\\\\n"
           "\\355\\240\\200\"");
    d = dump("b'\\xff\\0' b'x\\777\\u1234'\n");
    ck_has(d, "ckind=9 value=\"\\377\\000x\\377\\\\u1234\"");
    d = dump("'''a\r\nb'''\n");
    ck_has(d, "ckind=7 value=\"a\\012b\"");
}
END_TEST

START_TEST(test_string_named_escape)
{
    const char *d = dump("x = '\\N{EM DASH}\xc3\xa9\\\\\\n\\ud800'\n");
    ck_has(d,
           "ckind=8 value=\"\\\\N{EM DASH}\\\\U000000e9\\\\\\\\\\\\n"
           "\\\\U0000d800\"");
}
END_TEST

START_TEST(test_fstring_debug_and_spec)
{
    const char *d = dump("f'a{x=}b{y = !r:>{w}}c{{}}{z:}' 'd'\n");
    ck_has(d, "(Constant@1:1 ckind=7 value=\"ax=\")");
    ck_has(d, "value=(Name@1:5 id=x ctx=0) conversion=114)");
    ck_has(d, "(Constant@1:1 ckind=7 value=\"by = \")");
    ck_has(d, "value=(Name@1:10 id=y ctx=0) conversion=114");
    ck_has(d, "(Constant@1:1 ckind=7 value=\">\")");
    ck_has(d, "value=(Name@1:19 id=w ctx=0) conversion=-1)]))");
    ck_has(d, "(Constant@1:1 ckind=7 value=\"c{}\")");
    ck_has(d, "value=(Name@1:28 id=z ctx=0) conversion=-1");
    ck_has(d, "format_spec=(JoinedStr@1:29))");
    ck_has(d, "(Constant@1:33 ckind=7 value=\"d\")");
    /* With a spec and no conversion, `=` keeps conversion -1. */
    d = dump("f'{x=:>4}{y!a}'\n");
    ck_has(d, "value=(Name@1:4 id=x ctx=0) conversion=-1");
    ck_has(d, "conversion=97");
}
END_TEST

START_TEST(test_implicit_concat)
{
    const char *d = dump("x = 'a' \"b\" '''c'''\n");
    ck_has(d, "(Constant@1:5 ckind=7 value=\"abc\")");
    d = dump("x = 'a' f'{y}' 'b'\n");
    ck_has(d, "(JoinedStr@1:5");
    ck_has(d, "(Constant@1:5 ckind=7 value=\"a\")");
    ck_has(d, "(Constant@1:16 ckind=7 value=\"b\")");
    d = dump("x = b'a' rb'\\d' Br'c'\n");
    ck_has(d, "ckind=9 value=\"a\\\\dc\"");
}
END_TEST

START_TEST(test_compare_and_boolop)
{
    const char *d = dump("a < b not in c is not d\n");
    ck_has(d, "(CmpOp@1:3 op=2)");
    ck_has(d, "(CmpOp@1:7 op=9)");
    ck_has(d, "(CmpOp@1:16 op=7)");
    ck_has(d, "(Name@1:23 id=d ctx=0)]))");
    d = dump("a and b and c or d\n");
    ck_has(d, "(BoolOp@1:1 op=1");
    ck_has(d, "(BoolOp@1:1 op=0\n");
    ck_has(d, "(Name@1:13 id=c ctx=0)])");
    /* Parentheses keep nesting. */
    d = dump("a and (b and c)\n");
    ck_has(d, "(BoolOp@1:8 op=0");
    d = dump("not a\n");
    ck_has(d, "(UnaryOp@1:1 op=1");
}
END_TEST

START_TEST(test_params)
{
    const char *d = dump("def f(a, b: int = 1, /, c=2, *args: int, d, e=3, "
                         "**kw) -> int:\n    pass\n");
    ck_has(d,
           "posonlyargs=[\n          (Arg@1:7 arg=a)\n"
           "          (Arg@1:10 arg=b\n");
    ck_has(d, "args=[\n          (Arg@1:25 arg=c)]");
    ck_has(d, "vararg=(Arg@1:30 arg=args");
    ck_has(d,
           "kw_defaults=[\n          None\n"
           "          (Constant@1:47 ckind=4 value=\"3\")]");
    ck_has(d, "kwarg=(Arg@1:50 arg=kw)");
    ck_has(d, "returns=(Name@1:59 id=int ctx=0) is_async=0)");
    d = dump("lambda x, *, y=1: 0\n");
    ck_has(d, "kwonlyargs=[\n            (Arg@1:14 arg=y)]");
    d = dump("@dec\n@d2(1)\nasync def g(): pass\n");
    ck_has(d, "(FunctionDef@3:1 name=g");
    ck_has(d, "is_async=1)");
}
END_TEST

START_TEST(test_targets_ctx)
{
    const char *d = dump("(a, [b, *c]), d.e, f[1] = x = g\n");
    ck_has(d, "(Name@1:2 id=a ctx=1)");
    ck_has(d, "(Name@1:6 id=b ctx=1)");
    ck_has(d, "value=(Name@1:10 id=c ctx=1) ctx=1)] ctx=1)] ctx=1)");
    ck_has(d, "value=(Name@1:15 id=d ctx=0) attr=e ctx=1)");
    ck_has(d, "(Name@1:27 id=x ctx=1)]");
    d = dump("del a, (b, c), d[1:2, ::3]\n");
    ck_has(d, "(Name@1:5 id=a ctx=2)");
    ck_has(d, "(Name@1:12 id=c ctx=2)] ctx=2)");
    ck_has(d, "(Slice@1:23\n");
    ck_has(d, "step=(Constant@1:25 ckind=4 value=\"3\"))] ctx=0) ctx=2)");
    d = dump("x: int = 3\n(y): int\nfor i, j in k: pass\n");
    ck_has(d, "value=(Constant@1:10 ckind=4 value=\"3\") simple=1)");
    ck_has(d, "annotation=(Name@2:6 id=int ctx=0) simple=0)");
    ck_has(d, "(Name@3:8 id=j ctx=1)] ctx=1)");
}
END_TEST

START_TEST(test_statements)
{
    const char *d = dump("import a.b as c, d\nfrom ..e.f import (g as h, i)\n"
                         "from . import j\nfrom m import *\n");
    ck_has(d, "(Alias@1:8 name=a.b asname=c)");
    ck_has(d, "(ImportFrom@2:1 module=e.f");
    ck_has(d, "(Alias@2:20 name=g asname=h)");
    ck_has(d, "level=2)");
    ck_has(d, "(Alias@4:15 name=*)");
    d = dump("if a: pass\nelif b: pass\nelse: pass\n");
    ck_has(d, "orelse=[\n        (If@2:1\n");
    d = dump("with (open(x) as f, g as (h, i)): pass\n");
    ck_has(d, "optional_vars=(Name@1:18 id=f ctx=1))");
    ck_has(d, "(Name@1:30 id=i ctx=1)] ctx=1))]");
    d = dump("try: pass\nexcept (A, B) as e: pass\nexcept: pass\n"
             "else: pass\nfinally: pass\n");
    ck_has(d, "(Name@2:12 id=B ctx=0)] ctx=0) name=e");
    ck_has(d, "finalbody=[");
    d = dump("x += 1\nf(*a, k=1, **b)\ng(x for x in y)\n");
    ck_has(d, "(AugAssign@1:1\n");
    ck_has(d, "(Keyword@2:12\n");
    ck_has(d, "(GeneratorExp@3:2");
    d = dump("{**a, b: c}\n");
    ck_has(d, "keys=[\n          None\n");
}
END_TEST

/* ---- syntax errors ---- */

START_TEST(test_syntax_error)
{
    const char *e = errs("x = 1\ny = (2 +\n");
    ck_has(e, "t.py:2:");
    ck_has(e, "error: ");
    e = errs("x = [1, (2,\ny = 3\n");
    ck_has(e, "t.py:1:9: error: '(' was never closed");
}
END_TEST

START_TEST(test_garbage_and_nul)
{
    static const char bin[] = "x = 1\n\x7f\x45\x4c\x46\x02\x01\x00\x00";
    const char *e = errors(bin, sizeof bin - 1);
    ck_has(e, "t.py:2:7: error: source code cannot contain null bytes");
    parse_teardown();
    parse_setup();
    e = errs("x = 'abc\xff'\n");
    ck_has(e, "t.py:1:9: error: invalid UTF-8 in source (byte 0xff)");
    parse_teardown();
    parse_setup();
    e = errs("# -*- coding: koi8-r -*-\nx = 1\n");
    ck_has(e, "unsupported: source encoding 'koi8-r'");
    parse_teardown();
    parse_setup();
    /* A cookie after a line of code is no cookie. */
    e = errs("x = 1\n# coding: koi8-r\n");
    ck_assert_str_eq(e, "");
    parse_teardown();
    parse_setup();
    e = errs("#!/usr/bin/env python3\n# coding=ascii\nx = 'caf\xc3\xa9'\n");
    ck_has(e, "t.py:3:9: error: encoding problem: ascii");

    /* What the driver does to the bytes of a file before parsing. */
    char *t = xstrdup("a\rb\r\nc\r");
    size_t n = strlen(t);
    parse_prepare_source(&t, &n);
    ck_assert_str_eq(t, "a\nb\r\nc\n");
    free(t);
    t = xstrdup("# coding: iso-8859-1\nx = '\xe9\xff'\n");
    n = strlen(t);
    parse_prepare_source(&t, &n);
    ck_assert_str_eq(t, "# coding: iso-8859-1\nx = '\xc3\xa9\xc3\xbf'\n");
    ck_assert_uint_eq(n, strlen(t));
    free(t);
    /* With a BOM the file is UTF-8 whatever the cookie says: untouched,
     * and parse_module reports the conflict. */
    t = xstrdup("\xef\xbb\xbf# coding: latin-1\nx = '\xe9'\n");
    n = strlen(t);
    parse_prepare_source(&t, &n);
    ck_assert_str_eq(t, "\xef\xbb\xbf# coding: latin-1\nx = '\xe9'\n");
    free(t);
}
END_TEST

START_TEST(test_literal_errors)
{
    ck_has(errs("x = 0123\n"),
           "t.py:1:5: error: leading zeros in decimal integer literals are "
           "not permitted; use an 0o prefix for octal integers");
}
END_TEST

START_TEST(test_literal_errors2)
{
    ck_has(errs("x = 0o8\n"), "invalid digit '8' in octal literal");
}
END_TEST

START_TEST(test_literal_errors3)
{
    ck_has(errs("x = 1e\n"), "invalid decimal literal");
}
END_TEST

START_TEST(test_literal_errors4)
{
    ck_has(errs("x = 'a' b'b'\n"), "cannot mix bytes and nonbytes literals");
}
END_TEST

START_TEST(test_literal_errors5)
{
    ck_has(errs("x = b'\xc3\xa9'\n"),
           "bytes can only contain ASCII literal characters");
}
END_TEST

START_TEST(test_literal_errors6)
{
    ck_has(errs("x = '\\x1'\n"),
           "(unicode error) 'unicodeescape' codec can't decode bytes in "
           "position 0-2: truncated \\xXX escape");
}
END_TEST

/* Programs tree-sitter-python accepts without an ERROR node (or reports
 * vaguely), with CPython 3.11's message and position. */
static const struct {
    const char *src, *msg;
} tok_cases[] = {
    /* missing indented block, each header kind */
    { "if x:\nprint(1)\n",
      "t.py:2:1: error: expected an indented block after 'if' statement on "
      "line 1" },
    { "def f():\nx = 1\n",
      "t.py:2:1: error: expected an indented block after function "
      "definition on line 1" },
    { "@d\nasync def f():\nx\n",
      "t.py:3:1: error: expected an indented block after function "
      "definition on line 2" },
    { "class C:\nx\n",
      "expected an indented block after class definition on line 1" },
    { "try:\n  x\nexcept* E:\nx\n",
      "t.py:4:1: error: expected an indented block after 'except*' "
      "statement on line 3" },
    { "for a in b:\n  x\nelse:\nx\n",
      "expected an indented block after 'else' statement on line 3" },
    { "def f():\n    if x:\n    y = 1\n",
      "t.py:3:5: error: expected an indented block after 'if' statement "
      "on line 2" },
    { "while x: # c\n\n", "t.py:2:1: error: expected an indented block" },
    { "if (a and\n    b):\nz\n",
      "t.py:3:1: error: expected an indented block after 'if' statement "
      "on line 1" },
    /* indentation */
    { "x = 1\n   y = 2\n", "t.py:2:3: error: unexpected indent" },
    { "if x: pass\n    y\n", "t.py:2:4: error: unexpected indent" },
    { "if x:\n    a\n  b\n",
      "t.py:3:4: error: unindent does not match any outer indentation "
      "level" },
    { "if x:\n        a\n\tb\n",
      "t.py:3:1: error: inconsistent use of tabs and spaces in "
      "indentation" },
    { "if x:\n    a\n\tb\n", "inconsistent use of tabs and spaces" },
    /* tokenizer errors */
    { "x = 1)\n", "t.py:1:6: error: unmatched ')'" },
    { "x = (1,\n 2]\n",
      "t.py:2:3: error: closing parenthesis ']' does not match opening "
      "parenthesis '(' on line 1" },
    { "x = [1)\n",
      "closing parenthesis ')' does not match opening parenthesis '['" },
    { "x = = 2\ns = b'abc\n",
      "t.py:2:5: error: unterminated string literal (detected at line 2)" },
    { "x = '''abc\n\n\n",
      "t.py:1:5: error: unterminated triple-quoted string literal "
      "(detected at line 3)" },
    { "x = 1 \\ 2\n",
      "t.py:1:8: error: unexpected character after line continuation "
      "character" },
    { "x = 1\\\n", "t.py:1:7: error: unexpected EOF while parsing" },
    /* missing ':' */
    { "if x\n    pass\n", "t.py:1:5: error: expected ':'" },
    { "def f() -> int\n    pass\n", "t.py:1:15: error: expected ':'" },
    /* a NEWLINE swallowed into a statement */
    { "a = 1\nx = a +\nprint(x)\n", "t.py:2:8: error: invalid syntax" },
    /* keywords lexed as identifiers */
    { "print(from)\n", "t.py:1:7: error: invalid syntax" },
    { "x.del = 1\n", "t.py:1:3: error: invalid syntax" },
    { "async = 1\n", "t.py:1:1: error: invalid syntax" },
    /* other shapes tree-sitter tolerates */
    { "raise from x\n", "t.py:1:7: error: invalid syntax" },
    { "raise E, v\n", "t.py:1:8: error: invalid syntax" },
    { "from a import (b, c.d)\n", "t.py:1:20: error: invalid syntax" },
    { "with a, : pass\n", "t.py:1:9: error: invalid syntax" },
    { "f(,)\n", "t.py:1:3: error: invalid syntax" },
    /* the BOM shifts line-1 columns */
    { "\xEF\xBB\xBFx = 1)\n", "t.py:1:9: error: unmatched ')'" },
};

START_TEST(test_tokenizer_errors)
{
    const char *e = errs(tok_cases[_i].src);
    ck_has(e, tok_cases[_i].msg);
}
END_TEST

/* Valid programs near those shapes still parse. */
START_TEST(test_tokenizer_ok)
{
    static const char *const ok[] = {
        "if x:\n    a\nb = (1,\n  2)\n",
        "def f():\n    x = (1 +\n2)\n    return x\n",
        "def f():\n    return (a and\n(b or c))\n",
        "x = 1 + \\\n2\n",
        "if x:\n  a\n\\\n  b\n",
        "if x:\n  y\n\f  z\n",
        "x = 1\n    \n  # c\n",
        "if a:\n    pass\n  # c\nelse:\n    pass\n",
        "def f():\n  '''doc\n  '''\n",
        "x = 'a\\\nb'\n",
        "with (a, b,): pass\n",
        "print(1, *x.y(2), *a * b)\n",
        "x = lambda: 1\nd = {1: 2}\ny = x[1:2]\n",
        "match = 1\ncase = match\n",
        "if x:\r\n    y\r\n",
        "def f(x: list[int]) -> dict[str, list[int]]: pass\n",
        "y: tuple[int, ...] | None = None\n",
        "f((x for x in y), 1)\n",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        Node *m = parse_n(ok[i], strlen(ok[i]));
        fflush(diag_file);
        ck_assert_msg(m != NULL, "%s: %s", ok[i], diag_text);
    }
}
END_TEST

START_TEST(test_star_hoist)
{
    const char *d = dump("f(a, *g(1))\n");
    ck_has(d, "(Starred@1:6");
    ck_has(d, "value=(Call@1:7");
}
END_TEST

START_TEST(test_generic_type)
{
    const char *d = dump("x: dict[str, int]\n");
    ck_has(d, "annotation=(Subscript@1:4");
    ck_has(d, "slice=(Tuple@1:9");
}
END_TEST

START_TEST(test_print_statement)
{
    ck_has(errs("print 'x'\n"),
           "t.py:1:1: error: Missing parentheses in "
           "call to 'print'. Did you mean print(...)?");
}
END_TEST

/* ---- check_module ---- */

static const struct {
    const char *src;
    const char *msg;
} check_cases[] = {
    { "return 1\n", "t.py:1:1: error: 'return' outside function" },
    { "break\n", "'break' outside loop" },
    { "while 1:\n    def f(): break\n",
      "t.py:2:14: error: 'break' outside "
      "loop" },
    { "continue\n", "'continue' not properly in loop" },
    { "yield 1\n", "'yield' outside function" },
    { "await x\n", "'await' outside function" },
    { "def f(): await x\n",
      "t.py:1:10: error: 'await' outside async "
      "function" },
    { "class C: return 1\n", "'return' outside function" },
    { "[(yield) for x in y]\n", "'yield' inside list comprehension" },
    { "del f()\n", "t.py:1:5: error: cannot delete function call" },
    { "with a as f(): pass\n", "cannot assign to function call" },
    { "with a as 1: pass\n", "cannot assign to literal" },
    { "x = *a\n", "can't use starred expression here" },
    { "*a = 1\n", "starred assignment target must be in a list or tuple" },
    { "a, *b, *c = d\n", "multiple starred expressions in assignment" },
    { "(a, b) += 1\n",
      "'tuple' is an illegal expression for augmented "
      "assignment" },
    { "(a, b): int\n", "only single target (not tuple) can be annotated" },
    { "f(a=1, a=2)\n", "keyword argument repeated: a" },
    { "f(a=1, b)\n", "positional argument follows keyword argument" },
    { "def f(x): global x\n",
      "t.py:1:11: error: name 'x' is parameter and "
      "global" },
    { "print(x)\nglobal x\n", "name 'x' is used prior to global declaration" },
    { "def f():\n    x = 1\n    global x\n",
      "t.py:3:5: error: name 'x' is assigned to before global declaration" },
    { "def f(x, x): pass\n",
      "t.py:1:10: error: duplicate argument 'x' in "
      "function definition" },
    { "def f(a=1, b): pass\n",
      "non-default argument follows default "
      "argument" },
    { "def f(*): pass\n", "named arguments must follow bare *" },
    { "nonlocal x\n", "nonlocal declaration not allowed at module level" },
    { "__debug__ = 1\n", "cannot assign to __debug__" },
    { "async with a: pass\n", "'async with' outside async function" },
};

START_TEST(test_check_messages)
{
    const char *e = errs(check_cases[_i].src);
    ck_has(e, check_cases[_i].msg);
}
END_TEST

START_TEST(test_check_ok)
{
    const char *e = errs("def f(a, *b, c=1, **d):\n"
                         "    global g\n"
                         "    for x in b:\n"
                         "        try:\n"
                         "            continue\n"
                         "        finally:\n"
                         "            break\n"
                         "    while a:\n"
                         "        if a: break\n"
                         "    else:\n"
                         "        return [y for y in d if y]\n"
                         "    g = lambda: a\n"
                         "    a, *b = b\n"
                         "    del a, b[0]\n");
    ck_assert_str_eq(e, "");
}
END_TEST

/* ---- check_supported ---- */

static const struct {
    const char *src;
    const char *msg;
} unsup_cases[] = {
    { "class C: pass\n", "t.py:1:1: error: unsupported: class definitions" },
    { "def f(): yield 1\n",
      "t.py:1:10: error: unsupported: generators "
      "('yield')" },
    { "x = (i for i in y)\n", "unsupported: generator expressions" },
    { "async def f(): pass\n", "unsupported: async functions" },
    { "match x:\n    case 1: pass\n", "unsupported: 'match' statements" },
    { "try: pass\nexcept* E: pass\n",
      "t.py:2:1: error: unsupported: 'except*'" },
    { "from m import *\n", "unsupported: 'from ... import *'" },
    { "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
      "t.py:4:9: error: unsupported: 'nonlocal'" },
};

START_TEST(test_unsupported)
{
    const char *e = errs(unsup_cases[_i].src);
    ck_has(e, unsup_cases[_i].msg);
}
END_TEST

/* ---- suites ---- */

Suite *
suite_util(void)
{
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("util");
    tcase_add_checked_fixture(tc, parse_setup, parse_teardown);
    tcase_add_test(tc, test_arena);
    tcase_add_test(tc, test_strbuf_escape);
    tcase_add_test(tc, test_interner);
    tcase_add_test(tc, test_diag_format);
    tcase_add_test(tc, test_diag_excerpt_chars);
    suite_add_tcase(s, tc);
    return s;
}

Suite *
suite_lower(void)
{
    Suite *s = suite_create("lower");
    TCase *tc = tcase_create("lower");
    tcase_add_checked_fixture(tc, parse_setup, parse_teardown);
    tcase_add_test(tc, test_int_literals);
    tcase_add_test(tc, test_float_complex_literals);
    tcase_add_test(tc, test_string_escapes);
    tcase_add_test(tc, test_string_named_escape);
    tcase_add_test(tc, test_fstring_debug_and_spec);
    tcase_add_test(tc, test_implicit_concat);
    tcase_add_test(tc, test_compare_and_boolop);
    tcase_add_test(tc, test_params);
    tcase_add_test(tc, test_targets_ctx);
    tcase_add_test(tc, test_statements);
    suite_add_tcase(s, tc);
    return s;
}

Suite *
suite_parse_errors(void)
{
    Suite *s = suite_create("parse_errors");
    TCase *tc = tcase_create("parse_errors");
    tcase_add_checked_fixture(tc, parse_setup, parse_teardown);
    tcase_add_test(tc, test_syntax_error);
    tcase_add_test(tc, test_garbage_and_nul);
    tcase_add_test(tc, test_literal_errors);
    tcase_add_test(tc, test_literal_errors2);
    tcase_add_test(tc, test_literal_errors3);
    tcase_add_test(tc, test_literal_errors4);
    tcase_add_test(tc, test_literal_errors5);
    tcase_add_test(tc, test_literal_errors6);
    tcase_add_test(tc, test_print_statement);
    tcase_add_loop_test(tc,
                        test_tokenizer_errors,
                        0,
                        (int)(sizeof tok_cases / sizeof tok_cases[0]));
    tcase_add_test(tc, test_tokenizer_ok);
    tcase_add_test(tc, test_star_hoist);
    tcase_add_test(tc, test_generic_type);
    suite_add_tcase(s, tc);
    return s;
}

Suite *
suite_check(void)
{
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("check");
    tcase_add_checked_fixture(tc, parse_setup, parse_teardown);
    tcase_add_loop_test(tc,
                        test_check_messages,
                        0,
                        (int)(sizeof check_cases / sizeof check_cases[0]));
    tcase_add_test(tc, test_check_ok);
    tcase_add_loop_test(tc,
                        test_unsupported,
                        0,
                        (int)(sizeof unsup_cases / sizeof unsup_cases[0]));
    suite_add_tcase(s, tc);
    return s;
}
