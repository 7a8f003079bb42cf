# An if statement whose body is not indented.
# error: 4:1: expected an indented block after 'if' statement on line 3
if True:
pass
