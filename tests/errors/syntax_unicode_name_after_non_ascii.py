# error: 2:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-18: unknown Unicode character name
x = "é\N{BOGUS}"
