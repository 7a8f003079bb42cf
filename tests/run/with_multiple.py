# Several context managers in one with statement; exit order.
import contextlib
import io
import threading

lock = threading.Lock()
out = io.StringIO()
with lock, contextlib.redirect_stdout(out), contextlib.suppress(ZeroDivisionError):
    print("hidden")
    1 / 0
    print("never")
print(lock.locked(), repr(out.getvalue()))
with contextlib.ExitStack() as stack:
    a = stack.enter_context(io.StringIO("first"))
    b = stack.enter_context(io.StringIO("second"))
    print(a.read(), b.read())
print(a.closed, b.closed)
with (contextlib.nullcontext(1) as x,
      contextlib.nullcontext(2) as y):
    print(x + y)
