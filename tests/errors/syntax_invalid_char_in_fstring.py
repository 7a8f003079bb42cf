# error: 3:11: invalid non-printable character U+200B
a = 1
print(f"{a​}")
