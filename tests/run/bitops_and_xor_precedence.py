"""& binds tighter than ^ (tree-sitter-python parses them the other way round)."""
a = {1, 2, 3}
b = {2, 3}
c = {3, 4}
print([*a & b ^ c])
print(sorted(a ^ b & c), sorted(a & b ^ c & a))
def f(x, y, z):
    return x & y ^ z, x ^ y & z, x | y ^ z & x, (x ^ y) & z, x & (y ^ z)
for t in [(1, 3, 2), (255, 15, 240), (-7, 12, 5), (2**70, 2**70 + 5, 3)]:
    print(f(*t))
try:
    print(1 ^ "a" & 2)
except TypeError as e:
    print(e)
try:
    print(1 & "a" ^ 2)
except TypeError as e:
    print(e)
