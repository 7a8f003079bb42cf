# __debug__ cannot be bound by an import either.
# error: 3:1: cannot assign to __debug__
import os as __debug__
