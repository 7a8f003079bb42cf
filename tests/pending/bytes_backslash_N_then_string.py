# A bytes literal containing \N, \u or \U (not escapes in bytes) followed by
# another string literal on the same line is rejected at compile time.
# Expected (CPython): b'\\Ny' / (b'\\u', b'x')
# Got (pyaot): "error: invalid syntax" at the second literal.
# (b"\N" alone, or followed by a non-string token, is fine.)  Suspected cause:
# the tree-sitter-python external scanner's bytes branch
# (build/grammar-fetch/package/src/scanner.c: "In bytes string, \N{...},
# \uXXXX and \UXXXXXXXX are not escape sequences") advances past "\N" after
# mark_end() without setting has_content, which leaves the scanner's
# delimiter stack/token boundaries wrong for the next string on the line.
x = b"\N" + b"y"
print(x)
print((b"\u", b"x"))
