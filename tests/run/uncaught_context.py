# Uncaught exception with an implicit context shows both tracebacks.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("conversion failed for " + repr(s))


print(convert("12"))
convert("twelve")
