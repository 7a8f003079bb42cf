# error: 3:5: invalid non-printable character U+FEFF
s = (
    ﻿1 +
