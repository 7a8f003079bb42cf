# String comparisons, membership and ordering.
words = ["banana", "Apple", "cherry", "apple", "", "Banana", "b"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, reverse=True))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "ABC", "abc".lower() == "ABC".lower())
print("ell" in "hello", "" in "abc", "x" not in "abc", "lo" in "hel" + "lo")
print(max(words), min(words), max(words, key=len))
print("é" > "z", "€" < "😀", ord("é"), chr(233), chr(0x1F600).encode("utf-8"))
print([w for w in words if w.startswith(("a", "A"))])
