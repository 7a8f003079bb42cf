# error: 2:5: expected 'else' after 'if' expression
x = 1 if y := 2 else 3
