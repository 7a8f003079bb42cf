# Unary operators on ints and bools.
def neg(x):
    return -x


def inv(x):
    return ~x


# expect: neg(int) -> int native
# expect: inv(int) -> int native
vals = [0, 1, -1, 42, 4611686018427387903, -4611686018427387904,
        9223372036854775807, -9223372036854775808]
for v in vals:
    print(v, neg(v), inv(v), +v, not v)
print(neg(neg(5)), inv(inv(5)), - - 3, ~~7, not not 0)
print(-True, +False, ~False, not True)
