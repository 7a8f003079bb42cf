# Augmented assignment on attributes of a module-level object.
import types

state = types.SimpleNamespace(count=0, total=0.0, items=[], name="n")


def record(v):
    state.count += 1
    state.total += v
    state.items += [v]
    state.name += str(v)


for v in [1.5, 2.5, 3]:
    record(v)
print(state.count, state.total, state.items, state.name)
state.count *= 10
state.count -= 3
state.count //= 2
print(state.count)
try:
    state.missing += 1
except AttributeError as e:
    print("AttributeError:", e)
