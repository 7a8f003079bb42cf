"""__main__'s namespace under `pyaot run` is the one `python FILE.py` gives:
the same dunder names in the same order, an empty __annotations__ that
annotated module-level assignments fill in."""
names = list(globals())
print(names[:9])
print(__annotations__, __package__, __spec__, __cached__, __doc__[:12])
print(type(__builtins__).__name__, __builtins__.__name__)
count: int = 3
label: "str"
print(__annotations__)
print([k for k in globals() if not k.startswith("__")])
