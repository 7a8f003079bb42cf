# del on names, globals and locals.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)


def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_del())
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
z = 3
del (z)
print("z" in globals())
