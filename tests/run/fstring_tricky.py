# f-strings: nested quotes, nested format specs, = specifier with spaces, !r/!a of unicode.
name = "Zoë"
width = 10
prec = 3
val = 3.14159265
d = {"key": "vál", 'q"': 1}
print(f"{name!r} {name!a} {name!s:>{width}}|")
print(f'{d["key"]} {d["key"]!a} {d[chr(113) + chr(34)]}')
print(f"{val:{width}.{prec}f}|{val:<{width}.{prec + 2}}|{val:^{width}e}|")
print(f"{val=}", f"{val = }", f"{val = :.2f}", f"{ val =!r}", f"{name=!a}", f"{1 + 1 = }")
print(f"{'nested ' + f'{name:*^9}'}", f"{f'{val:.{prec}}'!r}")
print(f"{{literal}} {{{name}}} }}{{")
alpha = '\N{GREEK SMALL LETTER ALPHA}'
print(f"{alpha!a} {alpha!r} {alpha}")
tab = 'tab\there'
print(f"{chr(0x1F600)!a} {tab!r} {tab!a}")
print(f"{name:}", f"{42:{''}}", f"{'x':{'>'}{5}}", f"{3.0:{'.'}{'2'}{'f'}}")
fill = "*"
align = "^"
print(f"{'mid':{fill}{align}{width}}", f"{12345:{','}}", f"{-12:{'+'}05d}", f"{255:#{'x'}}")
print(f"{3+4j!r} {3+4j:.1f} {(1, 2)!s:>8} {[1, 'a']!r}")
print(f"{name.upper()!r:>8}|", f"{len(name):03}", f"{name[::-1]}", f"{d['key'][0]}")
x = 5
print(f"{x if x > 3 else 0}", f"{(lambda: 7)()}", f"{x:>{x}}", f"{'a' 'b'}")
print(f"""{'triple "quoted"'}""", f'''{"single's"}''', rf"\d{x}", fr"{x}\n")
caf = b'caf\xc3\xa9'
print(f"{b'bytes'!r} {caf.decode()!a} {'é'.encode()}")
print(f"{chr(92)}", f"{'a' * 3:.2}", f"{123.456:.2%}", f"{1e-4:.1e}")
