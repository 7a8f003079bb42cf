# A string literal that runs to the end of the line.
# error: 4:5: unterminated string literal (detected at line 4)
x = 1
s = 'abc
print(s)
