# An indented line where no block starts.
# error: 4:3: unexpected indent
x = 1
   y = 2
print(x, y)
