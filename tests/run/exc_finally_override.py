# return/break/continue in finally override pending return or exception.
def f1():
    try:
        return "try"
    finally:
        return "finally"

def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return ("after loop", i)

def f4():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2  # does not change returned value

def f6():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)  # mutation is visible

def f7():
    try:
        try:
            return "inner"
        finally:
            raise RuntimeError("from finally")
    except RuntimeError as e:
        return "caught " + str(e)

def f8():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            if i == 3:
                i = 100
                break
    return ("broke", i)

import sys
def f9():
    try:
        raise ValueError("x")
    finally:
        return sys.exc_info()[0]

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, f())
print(sys.exc_info())
