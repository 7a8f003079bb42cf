# error: 3:2: invalid non-printable character U+200B
import sys
x​ = 1
print(x)
