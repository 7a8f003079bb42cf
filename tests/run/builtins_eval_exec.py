# eval() and exec() see the module's globals when called without arguments.
base = 10
print(eval("1 + 2"), eval("base * 2"), eval("x + 1", {"x": 41}))
exec("exec_var = base + 5")
print(exec_var)
exec("def made(v):\n    return v * 3")
print(made(4), made.__module__ == __name__)


def local_eval(n):
    return eval("n * n + base", {"n": n, "base": base})


print(local_eval(7))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
code = compile("3 * 7", "<expr>", "eval")
print(eval(code), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
