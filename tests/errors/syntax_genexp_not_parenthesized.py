# error: 2:7: Generator expression must be parenthesized
print(x for x in range(3), 1)
