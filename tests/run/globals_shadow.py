# Local names shadow globals; globals shadow builtins.
x = "global x"


def local_shadow():
    x = "local x"
    return x


def reads():
    return x


def uses_max(a, b):
    return max(a, b)


print(local_shadow(), reads())
max = min
print(uses_max(1, 2))
del max
print(uses_max(1, 2))
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def unbound():
    if False:
        y = 1
    return y


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
