# error: 2:7: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-34: unknown Unicode character name
print("\N{LATIN SMALL LETTER R WITH TILDE}")
