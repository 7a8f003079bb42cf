# Without parentheses a from-import may not end in a comma.
# error: 3:20: trailing comma not allowed without surrounding parentheses
from os import path,
print(path)
