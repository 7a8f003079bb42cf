# error: 3:7: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-8: unknown Unicode character name
x = 1
print(f"{x} \N{NOPE} {x}")
