# Columns are 1-based byte columns: the string before the error holds
# multi-byte UTF-8 characters.
# error: 4:22: unsupported: generator expressions
s = "é€" + str(sum(x for x in [1, 2]))
