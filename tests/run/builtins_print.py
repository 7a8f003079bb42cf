# print() options and repr/str of values.
import sys

print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- continued")
print()
print("x", 1, 2.0, None, True, [1], {"k": "v"}, (1,), sep="|", end="!\n")
print(*range(5))
print(*[], sep="x")
print("to stdout", file=sys.stdout)
print("flush", flush=True)
print(repr("quotes ' \""), str("plain"), 1e-5, 1e16, 123.0)
sys.stdout.write("direct write\n")
print("%s %r" % ("s", "r"))
