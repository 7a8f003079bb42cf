# Classes made with type() and namedtuple at module level belong to this
# module (the body runs inside a frame whose globals are the module's).
import collections
MyErr = type("MyErr", (Exception,), {})
print(MyErr.__module__, repr(MyErr))
P = collections.namedtuple("P", "a b")
print(P.__module__)
raise MyErr("boom")
