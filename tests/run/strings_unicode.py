# Non-ASCII strings: length, case, comparison, normalization-free ops.
words = ["Straße", "ÉCOLE", "naïve", "日本", "ὈΔΥΣΣΕΎΣ", "emoji😀"]
for w in words:
    print(len(w), len(w.encode("utf-8")), w.lower().encode("utf-8"), w.upper().encode("utf-8"))
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print("ß".casefold() == "ss", "Σ".lower().encode("utf-8"), "ﬁ".upper())
print(" ".join(words).encode("utf-8").decode("utf-8") == " ".join(words))
print("日本"[0] == "\u65e5", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print([w.isalpha() for w in words])
for w in words[:3]:
    print(w.encode("utf-8"), w.swapcase().encode("utf-8"), w[::-1].encode("utf-8"))
