# error: 2:10: invalid non-printable character U+00A0
total = 1 + 2
