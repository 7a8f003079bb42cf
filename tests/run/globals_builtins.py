# Rebinding builtins at run time, globally and by shadowing.
import builtins


def measure(x):
    return len(x)


def fake_len(x):
    return -1


print(measure("abc"))
original = builtins.len
builtins.len = fake_len
print(measure("abc"))
builtins.len = original
print(measure("abc"))
len = lambda x: 1000
print(measure("abc"))
del len
print(measure("abcd"))
saved_print = builtins.print
builtins.print = lambda *a: saved_print("wrapped:", *a)
print("hello")
builtins.print = saved_print
print("restored")
