def classify(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 50:
            break
        total += i
    else:
        total = -total
    while total > 100 and n:
        total //= 2
    return "big" if total > 10 else "small"
