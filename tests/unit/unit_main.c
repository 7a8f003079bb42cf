/*
 * unit_main.c: the check runner for all unit tests. Each test_*.c file
 * defines one or more `Suite *suite_xxx(void)` functions; list them below.
 *
 * To add a suite: declare it in the block of prototypes and add it to the
 * `suites` array (one line each). Run `pyaot_unit` with no arguments for
 * all suites, or `pyaot_unit NAME` to run only the named suite (the
 * name given to suite_create). CK_FORK=no helps when debugging a crash.
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- suite prototypes: add yours here ---- */
Suite *suite_util(void);
Suite *suite_lower(void);
Suite *suite_parse_errors(void);
Suite *suite_check(void);
Suite *suite_scope(void);
Suite *suite_infer(void);

/* ---- and here ---- */
static Suite *(*const suites[])(void) = {
    suite_util,         /* test_parse.c */
    suite_lower,        /* test_parse.c */
    suite_parse_errors, /* test_parse.c */
    suite_check,        /* test_parse.c */
    suite_scope,        /* test_scope.c */
    suite_infer,        /* test_infer.c */
};

int
main(int argc, char **argv)
{
    SRunner *sr = NULL;
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        Suite *s = suites[i]();
        if (!sr)
            sr = srunner_create(s);
        else
            srunner_add_suite(sr, s);
    }
    /* check's own filter: `pyaot_unit lower` runs only suite "lower". */
    if (argc >= 2)
        setenv("CK_RUN_SUITE", argv[1], 1);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
