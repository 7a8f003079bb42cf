# A while loop inside a for loop with int arithmetic.
def longest(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n * 1000 + best


# expect: longest(int) -> int native
print(longest(10), longest(100), longest(3000))
