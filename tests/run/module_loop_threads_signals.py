"""A module loop that keeps its globals in registers still sees what other
threads and signal handlers do to them: they are stored and loaded again
around the periodic loop check, where those run."""
import signal
# expect-c: AotLoop_Slow(
import threading
import time

done = False
count = 0


def worker():
    global done
    time.sleep(0.05)
    done = True


t = threading.Thread(target=worker)
t.start()
while not done:
    count += 1
t.join()
print("thread:", done, count > 0)

hits = 0
n = 0


def handler(signum, frame):
    global hits
    hits = n


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.02)
while hits == 0:
    n += 1
print("signal:", hits > 0, hits <= n)
