# A generator expression as the only argument of a call.
# error: 4:12: unsupported: generator expressions
nums = [1, 2, 3]
total = sum(n * n for n in nums)
print(total)
