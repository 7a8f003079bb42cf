# int <-> str conversion digit limit (3.11: 4300 digits) on every formatting path.
import sys
big = 10 ** 5000
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print(label, "ValueError:", str(e)[:60])

attempt("str", lambda: str(big))
attempt("repr", lambda: repr(big))
attempt("fstring", lambda: f"{big}")
attempt("fstring_d", lambda: f"{big:d}")
attempt("format", lambda: format(big, ","))
attempt("percent", lambda: "%d" % big)
attempt("percent_s", lambda: "%s" % big)
attempt("hex", lambda: hex(big))
attempt("bin_fmt", lambda: f"{big:x}")
attempt("int_parse", lambda: int("7" * 5000))
attempt("int_parse_hex", lambda: int("f" * 5000, 16).bit_length())
attempt("str_4300", lambda: str(10 ** 4299))
attempt("str_4301", lambda: str(10 ** 4300))
attempt("neg", lambda: str(-(10 ** 4299)))
attempt("list_repr", lambda: str([big]))
attempt("join", lambda: "".join(map(str, [big])))
def local_fmt(n):
    s = 0
    for i in range(n):
        s = s * 10 + 9
    return str(s)
attempt("local", lambda: local_fmt(4301))
sys.set_int_max_str_digits(0)
attempt("unlimited", lambda: str(big))
sys.set_int_max_str_digits(5000)
attempt("raised", lambda: f"{10 ** 4999}")
attempt("raised2", lambda: f"{10 ** 5000}")
sys.set_int_max_str_digits(4300)
