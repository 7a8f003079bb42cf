# contextlib.redirect_stdout into io.StringIO.
import contextlib
import io

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print("captured text:", repr(buf.getvalue()))
buf2 = io.StringIO()
try:
    with contextlib.redirect_stdout(buf2):
        print("before error")
        raise RuntimeError("inside")
except RuntimeError as e:
    print("restored after error:", e, repr(buf2.getvalue()))
with io.StringIO() as s:
    s.write("abc")
    print(s.getvalue())
print(s.closed)
