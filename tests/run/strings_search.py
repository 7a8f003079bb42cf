# Searching in strings with a hand-written loop and builtins.
def find_all(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


text = "abracadabra abracadabra"
print(find_all(text, "abra"), find_all(text, "a"), find_all(text, "zz"))
print(text.count("abra"), text.count("a", 5), text.count("a", 5, 10))
print(text.find("cad", 10), text.rfind("cad", 0, 10), text.index("d"), text.rindex("d"))
print(text.startswith("cad", 4), text.endswith("bra", 0, 11))
print(text.split("a"), text.split("a", 2), text.rsplit("a", 2))
print(text.upper().lower() == text, text.title(), text.replace("abra", ""))
