# An f-string replacement field with no expression.
# error: 3:8: f-string: empty expression not allowed
x = f"{}"
