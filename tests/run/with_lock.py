# with threading.Lock and RLock.
import threading

lock = threading.Lock()
with lock:
    print("locked:", lock.locked())
print("after:", lock.locked())
try:
    with lock:
        raise KeyError("inside lock")
except KeyError as e:
    print("KeyError:", e, "locked:", lock.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")


def guarded(n):
    with lock:
        if n > 2:
            return "big"
    return "small"


print(guarded(1), guarded(5), lock.locked())
for i in range(3):
    with lock:
        if i == 1:
            continue
        print("iteration", i)
print(lock.locked())
