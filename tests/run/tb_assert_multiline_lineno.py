# An assert split over lines reports the test expression's line.
v = 1
try:
    assert (
        v > 10
    ), "too small"
except AssertionError as e:
    print(e.__traceback__.tb_lineno)
