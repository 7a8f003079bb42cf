"""What someone stores on a traceback frame (f_trace, names written into
f_locals) never shows on the frame of a later exception at the same line:
compiled code reuses a traceback frame only while it is as it was made."""


def boom(i):
    raise ValueError(i)


def one(i):
    try:
        boom(i)
    except ValueError as e:
        return e


def frame_of(e):
    return e.__traceback__.tb_next.tb_frame


e = one(1)
fr = frame_of(e)
fr.f_locals["zz"] = 1
fr.f_trace = print
del fr, e
e2 = one(2)
fr2 = frame_of(e2)
print("zz" in fr2.f_locals, fr2.f_trace, fr2.f_code.co_name, e2)
del fr2, e2
# Reading f_locals alone changes nothing visible.
for i in range(5):
    e = one(i)
    print("zz" in frame_of(e).f_locals, frame_of(e).f_trace, e)
    del e
e = one(7)
fr = frame_of(e)
fr.f_trace = len
del fr, e
print(frame_of(one(8)).f_trace)
