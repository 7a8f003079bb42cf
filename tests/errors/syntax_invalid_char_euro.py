# error: 2:6: invalid character '€' (U+20AC)
price€ = 3
