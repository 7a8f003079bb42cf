# A list display that is never closed, with more statements after it.
# error: 4:10: '[' was never closed
y = 1
values = [1, 2
print(values)
z = 3
