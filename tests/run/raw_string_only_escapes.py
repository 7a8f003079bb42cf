# Raw strings whose body is only escapes (r"\\\\", r'\'') keep their text.
x = 1
print(repr(r"\\"), repr(r"\""), repr(r'\''), repr(rb"\\"), repr(rf"{x}\\"), len(r"\\"))
