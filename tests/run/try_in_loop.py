# try inside loops, counting successes and failures.
def parse_all(items):
    good = []
    bad = 0
    for item in items:
        try:
            good.append(int(item))
        except ValueError:
            bad += 1
            continue
        finally:
            pass
    return good, bad


print(parse_all(["1", "x", "3", "", "-4", "5.5"]))
d = {"a": 1}
for key in ["a", "b", "a"]:
    try:
        print(key, d[key])
    except KeyError:
        d[key] = 0
        print("inserted", key)
print(d)
results = []
for divisor in [2, 0, -1, 0]:
    try:
        results.append(10 // divisor)
    except ZeroDivisionError:
        results.append(None)
print(results)
