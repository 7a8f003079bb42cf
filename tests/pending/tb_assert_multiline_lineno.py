# Traceback line for a failing assert whose test starts on a later line.
# CPython 3.11 reports line 7 (the line of the test expression); pyaot reports
# line 6 (the 'assert' keyword).
v = 1
try:
    assert (
        v > 10
    ), "too small"
except AssertionError as e:
    print(e.__traceback__.tb_lineno)
