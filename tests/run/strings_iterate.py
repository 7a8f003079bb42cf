# Iterating over strings and counting characters.
def vowels(s):
    n = 0
    for c in s:
        if c in "aeiouAEIOU":
            n += 1
    return n


text = "The quick brown fox jumps over the lazy dog"
print(vowels(text), vowels(""), vowels("xyz"))
counts = {}
for c in text.lower():
    if c != " ":
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items())[:10], len(counts))
print([(i, c) for i, c in enumerate("abc")])
print(list("hey"), tuple("ab"), list(reversed("abc")))
for word in text.split()[:4]:
    print(word, len(word), word[::-1])
caps = ""
for i, c in enumerate("alternating"):
    caps += c.upper() if i % 2 == 0 else c
print(caps)
