# Re-raising: bare raise, raise e, raise inside except.
def inner():
    raise ValueError("inner problem")


def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise


try:
    middle()
except ValueError as e:
    print("outer got:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
        raise
except ZeroDivisionError as e2:
    print(e2 is err, e2)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def reraise_later():
    try:
        {}["a"]
    except KeyError as e:
        saved = e
    raise saved


try:
    reraise_later()
except KeyError as e:
    print("KeyError again:", e)
