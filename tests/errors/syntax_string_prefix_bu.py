# "u" combines with no other prefix letter.
# error: 3:7: invalid syntax
x = bu"a"
print(x)
