# Non-ASCII characters in f-string fields: names, nested strings, fill
# characters of format specs, text around the fields.
x = 5
print(f"{x:é>8}", f"{'é' + str(x)}", f"{x!r}é", f"{x=}")
π = 3
print(f"{π}", f"{π=}")
