# Keyword-only parameters.
def f(a, *, b, c=3):
    return (a, b, c)


def g(*, key="k", value):
    return key + "=" + str(value)


print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=9, b=8))
print(g(value=5), g(key="x", value=[1]))
print(f.__kwdefaults__, g.__kwdefaults__, f.__defaults__)
for call in range(3):
    try:
        if call == 0:
            f(1, 2)
        elif call == 1:
            f(1)
        else:
            g()
    except TypeError as e:
        print("TypeError:", e)
