/* bench_intloop.c: the three loops of samples/bench_intloop.py written in
 * plain C with int64_t, as a ceiling for what compiled code can reach on
 * that benchmark (no overflow checks, no Python semantics).
 *
 *     gcc -O2 -o /tmp/ceiling samples/ceiling/bench_intloop.c && /tmp/ceiling
 *
 * Prints each function's time and the checksum line of the Python
 * program, so the results can be compared. docs/performance.md quotes the
 * ratio against `python3 samples/bench_intloop.py`. */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static double
now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* noinline: each function is timed on its own, as in the Python runs */
__attribute__((noinline)) static int64_t
mod_sum(int64_t n)
{
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++)
            total += (i * j) % 7;
    return total;
}

__attribute__((noinline)) static int64_t
collatz_max(int64_t limit, int64_t *best_start)
{
    int64_t best = 0;
    *best_start = 1;
    for (int64_t start = 1; start < limit; start++) {
        int64_t n = start, steps = 0;
        while (n != 1) {
            n = (n & 1) ? 3 * n + 1 : n >> 1;
            steps++;
        }
        if (steps > best) {
            best = steps;
            *best_start = start;
        }
    }
    return best;
}

__attribute__((noinline)) static int64_t
gcd_sum(int64_t n)
{
    int64_t total = 0;
    for (int64_t a = 1; a < n; a++)
        for (int64_t b = 1; b < n; b++) {
            int64_t x = a, y = b;
            while (y) {
                int64_t r = x % y;
                x = y;
                y = r;
            }
            total += x;
        }
    return total;
}

int
main(void)
{
    int64_t start;
    double t0 = now();
    int64_t s = mod_sum(3000);
    double t1 = now();
    int64_t steps = collatz_max(250000, &start);
    double t2 = now();
    int64_t g = gcd_sum(800);
    double t3 = now();
    printf("mod_sum %.4fs, collatz_max %.4fs, gcd_sum %.4fs, total %.4fs\n",
           t1 - t0,
           t2 - t1,
           t3 - t2,
           t3 - t0);
    printf("checksum %lld\n",
           (long long)((s ^ (start * 1000 + steps) ^ g) & 0xFFFFFFFF));
    return 0;
}
