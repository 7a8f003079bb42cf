# String and bytes literal forms.
print('single', "double", '''triple
single''', """triple
double""")
print('tab\there', "nl\\n", 'quote\'s', "dq\"s", 'bs\\')
print('\x41\u00e9\U0001F600'.encode('utf-8'), '\101\0'.encode(), len('\N{BULLET}'))
print(r'raw\n\t', R"raw\x", rb'\d+', b'bytes\x00\xff', B"B")
print('adjacent' "concat" '''enation''')
print(len('abc' 'def'), 'a' 'b' == 'ab')
print(b'\x00\x01' + b'ab', bytes(3), bytearray(b'hi'))
print("unicode: caf\u00e9 \u03c0 \u4e2d".encode("utf-8"))
s = """line1
line2\
continued"""
print(repr(s))
print(repr('\a\b\f\v\r'), repr(b'\t'), ascii('\u00e9'))
