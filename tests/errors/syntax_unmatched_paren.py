# A closing parenthesis without an opening one.
# error: 4:6: unmatched ')'
a = 1
x = 1)
