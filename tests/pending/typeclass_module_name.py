# Classes made with type() (and namedtuple) in compiled code get the wrong
# __module__: type() reads __name__ from the calling Python frame's globals,
# and compiled code has no frame, so the nearest interpreted frame (importlib)
# is used.
# Expected (CPython): "__main__ <class '__main__.MyErr'>", "__main__", and the
# uncaught error printed as "__main__.MyErr: boom" -> shown as "MyErr: boom".
# Got: "importlib._bootstrap <class 'importlib._bootstrap.MyErr'>",
# "importlib._bootstrap", and "importlib._bootstrap.MyErr: boom".
import collections
MyErr = type("MyErr", (Exception,), {})
print(MyErr.__module__, repr(MyErr))
P = collections.namedtuple("P", "a b")
print(P.__module__)
raise MyErr("boom")
