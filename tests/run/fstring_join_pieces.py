# f-strings of a few pieces are joined without a tuple, a constant format
# spec is used as it is; values of every kind format as CPython does.
# expect-c: AotStr_JoinArgs(3, 


def show(i, x, s):
    return f"[{i:5d}|{x:.2f}|{s!r:>6}|{i:#x}|{x:{'>'}8}]"


for args in [(1, 2.5, "a"), (-42, -0.0, "é"), (10**20, float("inf"), "")]:
    print(show(*args), f"{args[0]}-{args[2]}")
try:
    print(f"{'x':5d}")
except ValueError as e:
    print("ValueError", e)
