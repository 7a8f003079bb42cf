"""bench_except.py: exceptions raised and caught inside loops."""


def parse_all(tokens):
    # int() raising ValueError for half of the tokens
    total = 0
    bad = 0
    for t in tokens:
        try:
            total += int(t)
        except ValueError:
            bad += 1
    return total, bad


def check(x):
    if x % 3 == 0:
        raise ValueError("multiple of three")
    return x


def validate(n):
    # raised one call deeper than it is caught
    ok = 0
    rejected = 0
    for i in range(n):
        try:
            ok += check(i)
        except ValueError:
            rejected += 1
    return ok, rejected


def lookups(n):
    # KeyError from a dict miss, the EAFP style
    cache = {}
    hits = 0
    for i in range(n):
        k = i % 50000
        try:
            hits += cache[k]
        except KeyError:
            cache[k] = 1
    return hits, len(cache)


def main():
    tokens = [str(i) if i % 2 else "n/a" for i in range(1600000)]
    a = parse_all(tokens)
    b = validate(2800000)
    c = lookups(2800000)
    print(f"parse {a}, validate {b}, lookups {c}")


if __name__ == "__main__":
    main()
