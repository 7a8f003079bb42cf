# Exceptions from nested comprehensions name every comprehension frame
# (3.11 tracebacks have one per comprehension).
import traceback

def f(keys):
    return [[1 // k for _ in range(1)] for k in keys]

try:
    f([0])
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    [[1 // k for _ in range(1)] for k in [0]]
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
