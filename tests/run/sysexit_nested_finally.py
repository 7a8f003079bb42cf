import sys
def level3():
    try:
        print("level3 exiting")
        sys.exit(3)
    finally:
        print("level3 finally")
def level2():
    try:
        level3()
    except Exception:
        print("never: SystemExit is not Exception")
    finally:
        print("level2 finally")
def level1():
    try:
        for i in range(2):
            try:
                level2()
            finally:
                print("loop finally", i)
    finally:
        print("level1 finally")
try:
    level1()
finally:
    print("module finally")
print("not reached")
