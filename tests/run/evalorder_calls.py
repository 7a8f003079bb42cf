# Argument evaluation order with *args, **kwargs and keywords.
log = []

def t(tag, v):
    log.append(tag)
    return v

def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f(t("a", 1), *t("star", [2, 3]), t("b", 4), k=t("k", 5), **t("dd", {"z": 6})))
print(log)
log.clear()

print(f(t("a", 1), x=t("x", 2), *t("s", (3,)), y=t("y", 4)))
print(log)
log.clear()

print(f(**t("d1", {"a": 1}), b=t("b", 2), **t("d2", {"c": 3})))
print(log)
log.clear()

# callee expression is evaluated before arguments
def getf(tag):
    log.append(tag)
    return f

print(getf("callee")(t("arg", 1)))
print(log)
log.clear()

# duplicate keyword via ** raises TypeError after all args evaluated
try:
    f(a=t("a", 1), **t("d", {"a": 2}))
except TypeError as e:
    print("TypeError:", e, log)
log.clear()

try:
    f(**t("d1", {"q": 1}), **t("d2", {"q": 2}))
except TypeError as e:
    print("TypeError:", e, log)
log.clear()

# method call: object evaluated, then attribute, then args
lst = []
t("obj", lst).append(t("arg", 3))
print(lst, log)
log.clear()

# nested calls
def g(a, b):
    log.append(("g", a, b))
    return a + b

print(g(g(t("1", 1), t("2", 2)), g(t("3", 3), t("4", 4))))
print(log)
