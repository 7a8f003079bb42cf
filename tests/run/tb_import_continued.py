"""A module missing from an import statement continued on the next line:
the traceback names the statement's line, as CPython's does."""
import sys


def load():
    import os, \
        nosuchmod_pyaot_tb
    return os


try:
    load()
except ImportError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
import os, sys, \
    also_missing_pyaot_tb
