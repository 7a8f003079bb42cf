# error: 4:5: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-15: unknown Unicode character name
bullet = "\N{BULLET}"
dash = "\N{EM DASH}"
y = "ab\N{BOGUS NAME}cd"
