# Newton's method for square roots, pure float arithmetic.
def newton_sqrt(x, iters):
    guess = x / 2.0
    for _ in range(iters):
        guess = 0.5 * (guess + x / guess)
    return guess


def poly_eval(x):
    return ((2.0 * x - 3.0) * x + 0.5) * x - 7.25


# expect: newton_sqrt(float, int) -> float native
# expect: poly_eval(float) -> float native
def main():
    for v in [2.0, 9.0, 10.0, 1e10, 0.25]:
        print(v, newton_sqrt(v, 30))
    print([poly_eval(x) for x in [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5,
                                  2.0]])


main()
