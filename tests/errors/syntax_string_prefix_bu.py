# "u" combines with no other prefix letter.
# error: 3:5: invalid syntax
x = bu"a"
print(x)
