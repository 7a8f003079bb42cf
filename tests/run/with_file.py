# with open() on a temporary file: several items, exceptions inside.
import os
import tempfile

tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, "data.txt")
with open(path, "w") as f:
    f.write("line one\nline two\n")
    print("closed inside?", f.closed)
print("closed after?", f.closed)
with open(path) as f, open(path + ".copy", "w") as g:
    for line in f:
        g.write(line.upper())
print(f.closed, g.closed)
with open(path + ".copy") as h:
    print(h.read().splitlines())
try:
    with open(path) as f:
        first = f.readline()
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, "file closed:", f.closed, repr(first))
os.remove(path)
os.remove(path + ".copy")
os.rmdir(tmpdir)
print(os.path.exists(tmpdir))
