#!/usr/bin/env bash
# setup.sh: prepares a Debian 12 machine for pyaot, builds it, and compiles and
# runs samples/hello.py. Idempotent: Debian packages are installed only when
# missing (apt-get update runs at most once), and the CMake build is
# incremental. Needs no input; run as root (or with sudo available).
#
#   ./setup.sh            # afterwards build/pyaot exists
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo).
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
export DEBIAN_FRONTEND=noninteractive

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo -n)
    fi
fi

installed() { # installed PKG: is the Debian package installed?
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

can_apt() { # can we run apt-get as root?
    command -v apt-get >/dev/null 2>&1 &&
        { [ "$(id -u)" -eq 0 ] || [ ${#SUDO[@]} -gt 0 ]; }
}

APT_UPDATED=0
apt_install() { # apt_install PKG...: installs the packages (updates once)
    can_apt || die "missing packages: $*; rerun as root on Debian/Ubuntu," \
        "or install them by hand"
    if [ "$APT_UPDATED" -eq 0 ]; then
        say "apt-get update"
        "${SUDO[@]}" apt-get update -q
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "$@"
}

# --- 1. system packages ---------------------------------------------------
# build-essential: gcc, make, libc headers; python3-dev pulls in
# python3.11-dev, the headers of Debian's /usr/bin/python3 (the benchmark
# target); libtree-sitter-dev and check are found by CMake via pkg-config.
say "checking system packages"
missing=()
for pkg in build-essential cmake pkg-config libtree-sitter-dev check \
           python3 python3-dev; do
    installed "$pkg" || missing+=("$pkg")
done
if [ -x /usr/bin/python3 ]; then
    pyinc=$(/usr/bin/python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
    [ -f "$pyinc/Python.h" ] || missing+=(python3-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
    # shellcheck disable=SC2207
    missing=($(printf '%s\n' "${missing[@]}" | sort -u))
    apt_install "${missing[@]}"
else
    say "all required packages present; skipping apt-get"
fi

# npm fetches the tree-sitter-python grammar during the CMake configure step.
# Any npm on PATH will do (e.g. one bundled with a NodeSource nodejs).
if ! command -v npm >/dev/null 2>&1; then
    apt_install npm
    command -v npm >/dev/null 2>&1 || die "npm still not on PATH after install"
fi

# clang-format is only for developers formatting C code: never fatal.
if ! command -v clang-format >/dev/null 2>&1; then
    if ! can_apt || ! apt_install clang-format; then
        say "clang-format not installed (optional, for formatting C); continuing"
    fi
fi

# --- 2. build ---------------------------------------------------------------
say "configuring: cmake -S . -B $BUILD_DIR -DCMAKE_BUILD_TYPE=$BUILD_TYPE"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE"
jobs=$(nproc 2>/dev/null || echo 2)
say "building: cmake --build $BUILD_DIR -j$jobs"
cmake --build "$BUILD_DIR" -j"$jobs"
[ -x "$BUILD_DIR/pyaot" ] || die "$BUILD_DIR/pyaot was not built"

# --- 3. smoke test ------------------------------------------------------------
say "compiling and running samples/hello.py: $BUILD_DIR/pyaot run samples/hello.py"
"$BUILD_DIR/pyaot" run samples/hello.py
say "done: $BUILD_DIR/pyaot is ready (run the tests with: python3 tests/run_tests.py)"
