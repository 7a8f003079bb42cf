# error: 2:1: future feature nested_loops is not defined
from __future__ import annotations, nested_loops
