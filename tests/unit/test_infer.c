/*
 * test_infer.c: unit tests of the inference rules (src/infer/infer.c) on
 * small sources, through the real parser and scope pass. Each test states
 * the clone signatures and local reps inference must find.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "infer/infer.h"
#include "parse/parse.h"
#include "sema/sema.h"

/* Runs parse + check + scope + infer on src; returns the --dump=types text
 * (heap, caller frees). */
static char *
infer_text(const char *src)
{
    Arena a;
    arena_init(&a);
    Interner in;
    intern_init(&in, &a);
    SrcFile f = { "t.py", src, strlen(src) };
    FILE *err = tmpfile();
    Diag d;
    diag_init(&d, &f, err);
    Node *m = parse_module(&f, &a, &in, &d, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(m);
    ck_assert(check_module(m, &d));
    ck_assert(scope_analyze(m, &a, &in, &d));
    ck_assert_int_eq(d.nerrors, 0);
    Infer *I = infer_module(m, &a, &in);
    StrBuf out;
    sb_init(&out);
    infer_dump(I, &out);
    char *s = sb_steal(&out);
    fclose(err);
    intern_free(&in);
    arena_free(&a);
    return s;
}

static void
assert_has(const char *text, const char *line)
{
    const char *p = strstr(text, line);
    ck_assert_msg(p != NULL, "missing '%s' in:\n%s", line, text);
}

static void
assert_lacks(const char *text, const char *line)
{
    ck_assert_msg(
      strstr(text, line) == NULL, "unexpected '%s' in:\n%s", line, text);
}

START_TEST(test_int_clone_from_literal_call)
{
    char *t = infer_text("def fib(n):\n"
                         "    if n < 2:\n"
                         "        return n\n"
                         "    return fib(n - 1) + fib(n - 2)\n"
                         "print(fib(20))\n");
    assert_has(t, "fib(obj) -> obj\n");
    assert_has(t, "fib(int) -> int native\n");
    free(t);
}
END_TEST

START_TEST(test_range_loop_locals_are_ints)
{
    char *t = infer_text("def s(n):\n"
                         "    t = 0\n"
                         "    for i in range(n):\n"
                         "        t += i * i\n"
                         "    return t\n"
                         "s(10)\n");
    assert_has(t,
               "s(int) -> int native\n    n: int\n    t: int\n    i: int\n");
    free(t);
}
END_TEST

START_TEST(test_rebinding_a_local_widens_to_obj)
{
    char *t = infer_text("def f(n):\n"
                         "    x = 0\n"
                         "    x = 'a'\n"
                         "    return x\n"
                         "f(1)\n");
    assert_has(t, "    x: obj  items: obj\n");
    free(t);
}
END_TEST

START_TEST(test_shadowed_range_is_not_a_counter)
{
    /* a module-level binding of `range` shadows the builtin: no C loop */
    char *t = infer_text("range = lambda n: [n]\n"
                         "def f(n):\n"
                         "    for i in range(n):\n"
                         "        pass\n"
                         "f(3)\n");
    assert_has(t, "    i: obj\n");
    free(t);
}
END_TEST

START_TEST(test_mixed_int_float_is_float)
{
    char *t = infer_text("def mean(n):\n"
                         "    total = 0.0\n"
                         "    for i in range(n):\n"
                         "        total += i * 0.5\n"
                         "    return total / n\n"
                         "mean(4)\n");
    assert_has(t, "mean(int) -> float native\n");
    assert_has(t, "    total: float\n");
    free(t);
}
END_TEST

START_TEST(test_parallel_assignment_keeps_reps)
{
    char *t = infer_text("def g(a, b):\n"
                         "    while b:\n"
                         "        a, b = b, a % b\n"
                         "    return a\n"
                         "g(12, 18)\n");
    assert_has(t, "g(int, int) -> int native\n    a: int\n    b: int\n");
    free(t);
}
END_TEST

START_TEST(test_unpacking_other_shapes_is_obj)
{
    char *t = infer_text("def g(p):\n"
                         "    a, b = p\n"
                         "    return a\n"
                         "g((1, 2))\n");
    assert_has(t, "    a: obj\n    b: obj\n");
    free(t);
}
END_TEST

START_TEST(test_literal_display_loop)
{
    char *t = infer_text("def h(x):\n"
                         "    return x * 2.0\n"
                         "def main():\n"
                         "    for v in [1.5, -2.0, 3.25]:\n"
                         "        h(v)\n"
                         "    for k in [1, -2, 3]:\n"
                         "        h(k)\n"
                         "main()\n");
    assert_has(t, "h(float) -> float native\n");
    assert_has(t, "h(int) -> float native\n");
    free(t);
}
END_TEST

START_TEST(test_rebound_def_gets_no_clones)
{
    /* bound twice at module level: calls stay generic */
    char *t = infer_text("def f(n):\n"
                         "    return n + 1\n"
                         "f(1)\n"
                         "f = print\n");
    assert_lacks(t, "native");
    free(t);
}
END_TEST

START_TEST(test_module_globals_are_objects)
{
    /* module-level names live in the module dict */
    char *t = infer_text("def f(n):\n"
                         "    return n\n"
                         "x = 1\n"
                         "f(x)\n");
    assert_lacks(t, "f(int)");
    free(t);
}
END_TEST

START_TEST(test_len_is_int)
{
    char *t = infer_text("def f(xs):\n"
                         "    n = len(xs)\n"
                         "    return n\n"
                         "f([1])\n");
    assert_has(t, "f(obj) -> int\n    xs: obj  items: int\n    n: int\n");
    free(t);
}
END_TEST

Suite *
suite_infer(void)
{
    Suite *s = suite_create("infer");
    TCase *tc = tcase_create("rules");
    tcase_add_test(tc, test_int_clone_from_literal_call);
    tcase_add_test(tc, test_range_loop_locals_are_ints);
    tcase_add_test(tc, test_rebinding_a_local_widens_to_obj);
    tcase_add_test(tc, test_shadowed_range_is_not_a_counter);
    tcase_add_test(tc, test_mixed_int_float_is_float);
    tcase_add_test(tc, test_parallel_assignment_keeps_reps);
    tcase_add_test(tc, test_unpacking_other_shapes_is_obj);
    tcase_add_test(tc, test_literal_display_loop);
    tcase_add_test(tc, test_rebound_def_gets_no_clones);
    tcase_add_test(tc, test_module_globals_are_objects);
    tcase_add_test(tc, test_len_is_int);
    suite_add_tcase(s, tc);
    return s;
}
