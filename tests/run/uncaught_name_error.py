# NameError from an undefined global inside a function.
def greet(name):
    return "hello " + name + punctuation


print("before")
for name in ["a", "b"]:
    print(name.upper())
punct = "!"
print("hello " + "y" + punct)
print(greet("x"))
