"""Leaving the short copy inside except handlers (bare raise, __context__),
finally with pending return/exception/break, with live iterators."""
def reraise(x):
    try:
        raise ValueError("orig")
    except ValueError:
        y = x * x * x
        if y > 2**62:
            z = y + 1
        raise

def handler_big(x):
    try:
        reraise(x)
    except ValueError as e:
        return str(e), e.__context__

print(handler_big(3), handler_big(2**30))

def in_handler_reraise(x):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            k = x << 62
            raise
    except ZeroDivisionError as e:
        return k, str(e)

print(in_handler_reraise(0), in_handler_reraise(1), in_handler_reraise(-3))

def finally_pending_return(x):
    try:
        return x
    finally:
        y = x * 2**62
        print("fin", y)

print(finally_pending_return(1), finally_pending_return(0))

def finally_pending_exc(x):
    try:
        raise KeyError(x)
    finally:
        y = x * 2**62
        print("fin2", y % 1000)

for v in (0, 5):
    try:
        finally_pending_exc(v)
    except KeyError as e:
        print("KeyError", e)

def finally_pending_break(n):
    t = 1
    for i in range(n):
        try:
            if i == 3:
                break
            continue
        finally:
            t = t * 2**30
    return t

print(finally_pending_break(10), finally_pending_break(2))

def iters_live(words, nums):
    out = []
    for w in words:
        for n in nums:
            p = n * 2**61
            out.append((w, p // 2**59))
        it = iter(nums)
        first = next(it)
        q = first * 2**62
        out.append(next(it, None))
    return out

print(iters_live(["a", "b"], [1, 2, 3]), iters_live(["c"], [0, 0]))

def dict_iter(d):
    acc = 0
    for k, v in d.items():
        acc = acc * 2**20 + v
    return acc

print(dict_iter({"a": 1, "b": 2, "c": 3, "d": 4}))

def exc_var_after(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        z = x * 2**62
    try:
        print(e)
    except NameError:
        print("e unbound, z =", z)

exc_var_after(1)
exc_var_after(0)

def nested_exc_context(x):
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            y = x * 2**62
            raise ValueError(y)
    except ValueError as e:
        return repr(e), repr(e.__context__)

print(nested_exc_context(0), nested_exc_context(2))
