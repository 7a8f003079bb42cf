# A lone comma in braces is not a display.
# error: 3:6: invalid syntax
x = {,}
