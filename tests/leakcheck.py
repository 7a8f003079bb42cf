#!/usr/bin/env python3
"""Reference-leak probe for one compiled module (used by run_tests.py leaks).

Usage:
    PY tests/leakcheck.py EXTENSION SOURCE.py MODNAME [--iters N] [--warmup N]

Runs, in this one interpreter process, the module body of SOURCE.py again and
again in two ways:

  compiled     a fresh module object made from EXTENSION (a pyaot build of
               SOURCE.py) by importlib's ExtensionFileLoader; PEP 489
               multi-phase init lets the Py_mod_exec slot run once per module
               object, so every iteration re-executes the compiled body;
  interpreted  exec() of compile(SOURCE) in a fresh module's namespace (the
               baseline).

Each execution has stdout/stderr redirected to a fresh io.StringIO and stdin
set to an empty io.StringIO; the module is in sys.modules (under MODNAME)
only while its body runs.  After warm-up executions, every execution is
followed by gc.collect() and a reading of sys.getallocatedblocks() (and of
sys.gettotalrefcount() on a debug interpreter).  The per-execution growth of
each counter is what the runner judges (see run_tests.py, leaks_verdict).

Prints one line "LEAKCHECK {json}" to the real stdout (file descriptor 1 as
it was at startup) with, per mode ("compiled", "interpreted"):
    blocks   [readings after each measured execution] (block-count deltas
             are computed by the caller)
    refs     the same for sys.gettotalrefcount(), or null
    secs     the time of one execution (the first warm-up one)
    error    null, or "ExcType: message" if an execution raised
"""

import array
import gc
import importlib.machinery
import importlib.util
import io
import json
import os
import sys
import time
import types


def make_compiled_runner(ext_path, name):
    def run():
        loader = importlib.machinery.ExtensionFileLoader(name, ext_path)
        spec = importlib.util.spec_from_file_location(name, ext_path, loader=loader)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        try:
            loader.exec_module(mod)
        finally:
            sys.modules.pop(name, None)
        # Drop the module's globals the way interpreter shutdown would not:
        # nothing of this execution may survive except real leaks.
        mod.__dict__.clear()
    return run


def make_interpreted_runner(src_path, name):
    with open(src_path, "rb") as f:
        code = compile(f.read(), src_path, "exec")

    def run():
        mod = types.ModuleType(name)
        mod.__file__ = src_path
        sys.modules[name] = mod
        try:
            exec(code, mod.__dict__)
        finally:
            sys.modules.pop(name, None)
        mod.__dict__.clear()
    return run


def execute(run):
    """One execution with the standard streams replaced; returns error text."""
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout = io.StringIO()
    sys.stderr = io.StringIO()
    sys.stdin = io.StringIO("")
    err = None
    try:
        run()
    except BaseException as e:     # SystemExit too: the case is unusable
        err = "%s: %s" % (type(e).__name__, e)
        e = None
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return err


def watched_objects():
    """Shared objects whose reference counts should not drift.

    A reference leaked on an object that lives forever anyway (None, True,
    a small int, a one-character string, a builtin) frees nothing and so
    never shows in the block count; its reference count does.  The refcounts
    of these objects, read after every settled execution, are the second
    measurement (on a debug interpreter sys.gettotalrefcount covers them).
    """
    import builtins
    objs = [None, True, False, Ellipsis, NotImplemented, (), "", b""]
    objs += list(range(-5, 257))
    objs += [chr(i) for i in range(256)]
    seen = {id(o) for o in objs}
    for name, o in sorted(vars(builtins).items()):
        if name.startswith("_") or id(o) in seen:
            continue
        seen.add(id(o))
        objs.append(o)
    return tuple(objs)


WATCHED = watched_objects()


def describe(o):
    r = repr(o)
    return r if len(r) <= 40 else r[:37] + "..."


def settle():
    # The type attribute cache holds strong references to the attribute
    # names it has seen (CPython 3.11); names made afresh by compiled code
    # (PyObject_GetAttrString and friends) would look like a slow leak.
    sys._clear_type_cache()
    # Several passes: finalizers run by one collection can free more.
    for _ in range(3):
        gc.collect()


def read_into(row, has_refs):
    """Fill one reading: refcounts of WATCHED, then blocks, then total refs.

    No int object is referenced while the counts are read (a loop counter
    holding the small int k would raise k's count), and nothing read is
    kept as an object (an int per reading would itself grow the block
    count): everything goes into a preallocated C array.
    """
    row[:len(WATCHED)] = array.array("q", map(sys.getrefcount, WATCHED))
    row[-2] = sys.getallocatedblocks()
    if has_refs:
        row[-1] = sys.gettotalrefcount()


def measure(run, warmup, iters, budget):
    res = {"blocks": [], "refs": None, "watched": [], "drifted": [],
           "iters": 0, "secs": None, "error": None}
    t0 = time.perf_counter()
    err = execute(run)
    secs = time.perf_counter() - t0
    res["secs"] = secs
    if err:
        res["error"] = err
        return res
    # Fewer measured executions for slow bodies (never fewer than 4).
    if secs > 0 and (warmup + iters) * secs > budget:
        iters = max(4, int(budget / secs) - warmup)
    for _ in range(warmup - 1):
        err = execute(run)
        if err:
            res["error"] = err
            return res
    has_refs = hasattr(sys, "gettotalrefcount")
    nw = len(WATCHED)
    rows = [array.array("q", [-1] * (nw + 2)) for _ in range(iters + 1)]
    settle()
    read_into(rows[0], has_refs)
    for row in rows[1:]:
        err = execute(run)
        if err:
            res["error"] = err
            break
        settle()
        read_into(row, has_refs)
    rows = [r.tolist() for r in rows if r[-2] != -1]
    res["iters"] = len(rows) - 1
    res["blocks"] = [r[-2] for r in rows]
    if has_refs:
        res["refs"] = [r[-1] for r in rows]
    # Watched refcounts: the sum per reading, and the objects that drifted
    # between the first and the last reading (description, readings).
    res["watched"] = [sum(r[:nw]) for r in rows]
    res["drifted"] = [[describe(WATCHED[w]), [r[w] for r in rows]]
                      for w in range(nw) if rows[-1][w] != rows[0][w]][:8]
    return res


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("extension")
    ap.add_argument("source")
    ap.add_argument("modname")
    ap.add_argument("--iters", type=int, default=8)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--budget", type=float, default=0.4,
                    help="seconds of executions per mode (lowers --iters)")
    ap.add_argument("--only", choices=("compiled", "interpreted"))
    args = ap.parse_args(argv)
    out_fd = os.dup(1)
    result = {"allocatedblocks": sys.getallocatedblocks() > 0}
    runners = [("interpreted", make_interpreted_runner(args.source, args.modname)),
               ("compiled", make_compiled_runner(os.path.abspath(args.extension),
                                                 args.modname))]
    for mode, run in runners:
        if args.only and mode != args.only:
            continue
        result[mode] = measure(run, args.warmup, args.iters, args.budget)
    with os.fdopen(out_fd, "w") as out:
        out.write("LEAKCHECK " + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
