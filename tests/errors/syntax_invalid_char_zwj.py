# error: 2:2: invalid non-printable character U+200D
x‍ = 1
