x = 1; y = 2; z = x + y; print(x, y, z)
if z > 2: a = 10; b = 20; print(a + b)
else: print("no")
for i in range(3): j = i * 2; print(i, j, end=";"); print()
total = 1 + \
    2 + \
    3
print(total)
s = ("abc"
     "def") + \
    "ghi"
print(s)
def f(a,
      b=\
      5): return a + \
    b
print(f(1), f(1, \
              2))
v = [1, 2,
     3][\
    1]
print(v)
cond = (x == 1 and
        y == 2) \
    or False
print(cond)
while x < 4: x += 1; print("x", x)
try: 1 / 0
except ZeroDivisionError: print("zde"); q = 3
print(q)
d = {'a': 1, \
     'b': 2}
print(sorted(d.items()))
if True: pass; print("after pass")
print(1 if \
      x else 2)
