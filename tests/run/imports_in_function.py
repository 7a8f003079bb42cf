# Imports inside functions bind local names.
def use_json(obj):
    import json
    return json.dumps(obj)


def use_from():
    from itertools import chain, repeat as rep
    return list(chain([1, 2], rep(0, 3)))


def use_alias():
    import collections as c
    return c.Counter("abracadabra").most_common(2)


print(use_json({"k": [True, None]}), use_from(), use_alias())
try:
    json
except NameError as e:
    print("NameError:", e)


def bad_import():
    import no_such_module_for_pyaot_tests
    return no_such_module_for_pyaot_tests


try:
    bad_import()
except ImportError as e:
    print(type(e).__name__, e)
