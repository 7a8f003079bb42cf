import sys
MODE = len(sys.argv) > 5
if MODE:
    def choose(x):
        return "big " + str(x)
else:
    def choose(x):
        "small variant"
        return "small " + str(x)
print(choose(1), choose.__doc__)
def factory(kind):
    if kind == "add":
        def op(a, b):
            return a + b
    elif kind == "mul":
        def op(a, b):
            return a * b
    else:
        op = None
    return op
for kind in ("add", "mul", "other"):
    op = factory(kind)
    print(kind, op(3, 4) if op else op, op.__qualname__ if op else "-")
try:
    def risky(): return 1
    raise ValueError
except ValueError:
    def risky(): return 2
print(risky())
for i in range(2):
    if i:
        def per(): return "one"
    else:
        def per(): return "zero"
    print(per())
while True:
    def inloop(): return "while"
    break
print(inloop())
