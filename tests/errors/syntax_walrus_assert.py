# error: 4:14: invalid syntax
import sys
if sys:
    assert x := 1, "x"
