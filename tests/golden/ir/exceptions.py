def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error", e)
        r = 0.0
    else:
        r += 1
    finally:
        print("done")
    return r


with open(__file__) as f:
    first = f.readline()
