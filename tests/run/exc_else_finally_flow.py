# try/except/else/finally interactions: exceptions in else, returns in except, with in finally.
def else_raises():
    try:
        pass
    except ValueError:
        return "caught by own except (wrong)"
    else:
        raise ValueError("from else")
    finally:
        print("  finally runs")

try:
    else_raises()
except ValueError as e:
    print("propagated:", e)

def return_in_except():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError:
            log.append("except")
            return log
        finally:
            log.append("finally")
    finally:
        log.append("outer finally")

print(return_in_except())

def exc_in_finally_while_returning():
    try:
        return "value"
    finally:
        {}["missing"]

try:
    exc_in_finally_while_returning()
except KeyError as e:
    print("KeyError", e, repr(e.__context__))

def nested_loop_continue():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
                out.append(("try", i))
            finally:
                out.append(("fin1", i))
                if i == 2:
                    continue
            out.append(("after", i))
        except ValueError:
            out.append(("exc", i))
            continue
        finally:
            out.append(("fin2", i))
    return out

for row in nested_loop_continue():
    print(row)

def handler_raises_new():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("  inner finally")
    except TypeError as e:
        return (str(e), str(e.__context__))

print(handler_raises_new())

def while_else_break_in_finally():
    i = 0
    while i < 5:
        try:
            i += 1
        finally:
            if i == 3:
                break
    else:
        return "else"
    return ("broke at", i)

print(while_else_break_in_finally())

def for_else_with_exception():
    for x in [1, 2]:
        try:
            raise ValueError(x)
        except ValueError:
            pass
    else:
        return "else ran"

print(for_else_with_exception())

def except_var_shadow():
    e = "outer"
    try:
        raise OSError(2, "nope")
    except OSError as e:
        r = (e.errno, e.strerror, str(e))
    return r, "e" in locals()

print(except_var_shadow())
