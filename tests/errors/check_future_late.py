"""A docstring and future imports may come first, nothing else."""
from __future__ import annotations
import os
# error: 5:1: from __future__ imports must occur at the beginning of the file
from __future__ import division
