# error: 2:9: invalid syntax
price = $5
