# tree-sitter accepts a trailing comma after the last imported module.
# error: 3:10: invalid syntax
import os,
print(os)
