# error: 2:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: unknown Unicode character name
x = "\N{U+0041}"
