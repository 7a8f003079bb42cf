# error: 2:2: invalid non-printable character U+007F
x = 1
