# Uncaught exception raised from __exit__ while another exception propagates.
def enter(self):
    return self

def exit_(self, et, ev, tb):
    raise KeyError("from exit while handling %s" % et.__name__)

CM = type("CM", (), {"__enter__": enter, "__exit__": exit_})

def work():
    with CM():
        raise ValueError("body")

work()
