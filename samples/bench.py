#!/usr/bin/env python3
"""bench.py: times the samples/bench_*.py programs under CPython and compiled.

    python3 samples/bench.py [--python /usr/bin/python3] [--pyaot build/pyaot]
                             [-n 5] [--programs] [NAME ...]

For each benchmark (NAME is "fib" or "bench_fib"; default: all of them) the
runner builds the module once with `pyaot build --python PY -o TMPDIR`
(untimed), then runs, n times each and alternating, the interpreted program
(`PY samples/bench_x.py`) and the compiled module (imported by PY, then its
main() called; a script without main() does its work on import). Both must print the same output (the checksum). It reports the
median wall time of each and their ratio, and ends with a Markdown table.
Uses only the standard library.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def find_benchmarks(where):
    names = []
    for fn in sorted(os.listdir(where)):
        if fn.endswith(".py") and (fn.startswith("bench_") or where != HERE):
            names.append(fn[:-3])
    return names


def timed(cmd, cwd):
    """Runs cmd; returns (seconds, stdout). Exits the runner if it fails."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"bench.py: {' '.join(cmd)} exited with {proc.returncode}")
    return elapsed, proc.stdout


def run_one(name, args, workdir):
    src = os.path.join(args.where, name + ".py")
    outdir = os.path.join(workdir, name)
    os.mkdir(outdir)
    build = [args.pyaot, "build", "--python", args.python, "-o", outdir, src]
    t0 = time.perf_counter()
    proc = subprocess.run(build, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    build_s = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout)
        sys.exit(f"bench.py: building {name} failed ({' '.join(build)})")

    interp_cmd = [args.python, src]
    # Imported, the module's __name__ is not "__main__": call main() directly.
    # cwd is the build directory so nothing else named like it shadows it.
    # A script without main() (bench_script) does its work when imported.
    with open(src, encoding="utf-8") as f:
        call = f"; {name}.main()" if "\ndef main(" in f.read() else ""
    compiled_cmd = [args.python, "-c",
                    f"import sys; sys.path.insert(0, {outdir!r}); "
                    f"import {name}{call}"]

    interp_times, compiled_times = [], []
    for i in range(args.n):
        t, out_i = timed(interp_cmd, args.where)
        interp_times.append(t)
        t, out_c = timed(compiled_cmd, outdir)
        compiled_times.append(t)
        if out_i != out_c:
            sys.exit(f"bench.py: {name}: outputs differ\n"
                     f"--- interpreted\n{out_i}--- compiled\n{out_c}")
    checksum = out_i.strip().splitlines()[-1] if out_i.strip() else ""
    cpy = statistics.median(interp_times)
    aot = statistics.median(compiled_times)
    return {"name": name, "cpython": cpy, "pyaot": aot,
            "speedup": cpy / aot if aot > 0 else float("inf"),
            "build": build_s, "checksum": checksum}


def main():
    ap = argparse.ArgumentParser(
        description="Time samples/bench_*.py: CPython vs pyaot-compiled.")
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="interpreter to compare against and build for "
                         "(default: /usr/bin/python3)")
    ap.add_argument("--pyaot", default=os.path.join(ROOT, "build", "pyaot"),
                    help="the pyaot compiler (default: build/pyaot)")
    ap.add_argument("-n", type=int, default=5,
                    help="runs of each variant (default: 5)")
    ap.add_argument("--programs", action="store_true",
                    help="time samples/programs/*.py instead: classic "
                         "benchmark programs written without pyaot in mind")
    ap.add_argument("names", nargs="*",
                    help="benchmarks to run, e.g. fib or bench_fib "
                         "(default: all)")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("-n must be at least 1")
    args.python = shutil.which(args.python) or args.python
    args.pyaot = os.path.abspath(args.pyaot)

    args.where = os.path.join(HERE, "programs") if args.programs else HERE
    available = find_benchmarks(args.where)
    names = []
    for n in args.names or available:
        n = os.path.basename(n)
        n = n[:-3] if n.endswith(".py") else n
        if not args.programs:
            n = n if n.startswith("bench_") else "bench_" + n
        if n not in available:
            ap.error(f"unknown benchmark {n!r} (have: {', '.join(available)})")
        names.append(n)

    version = subprocess.run(
        [args.python, "-c", "import sys; print(sys.version.split()[0])"],
        stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    print(f"CPython {version} ({args.python}) vs {args.pyaot}; "
          f"median of {args.n} alternating runs each")

    results = []
    with tempfile.TemporaryDirectory(prefix="pyaot-bench-") as workdir:
        for name in names:
            r = run_one(name, args, workdir)
            results.append(r)
            print(f"{name:<18} cpython {r['cpython']:7.3f}s  "
                  f"pyaot {r['pyaot']:7.3f}s  speedup {r['speedup']:6.2f}x  "
                  f"(build {r['build']:.2f}s; {r['checksum']})", flush=True)

    print()
    print("| benchmark | CPython s | pyaot s | speedup |")
    print("| --- | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r['name']} | {r['cpython']:.3f} | {r['pyaot']:.3f} | "
              f"{r['speedup']:.1f}x |")
    if len(results) > 1:
        gm = statistics.geometric_mean([r["speedup"] for r in results])
        print(f"| geometric mean | | | {gm:.1f}x |")


if __name__ == "__main__":
    main()
