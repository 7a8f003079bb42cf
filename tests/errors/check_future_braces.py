# error: 2:1: not a chance
from __future__ import braces
