"""Simple tokenizer + word frequency count with dicts over generated text."""

WORDS = ("the quick brown fox jumps over lazy dog and then runs away from "
         "angry farmer who shouts loudly at every animal in his field while "
         "rain falls softly on old wooden barn roof").split()


def make_text(nlines, seed):
    lines = []
    x = seed
    for i in range(nlines):
        parts = []
        for j in range(12):
            x = (x * 69069 + 1) & 0xFFFFFFFF
            w = WORDS[(x >> 8) % len(WORDS)]
            if (x >> 4) % 7 == 0:
                w = w.capitalize()
            if (x >> 3) % 11 == 0:
                w = w + ","
            elif (x >> 5) % 17 == 0:
                w = w + "."
            parts.append(w)
        lines.append(" ".join(parts))
    return "\n".join(lines)


def tokenize(text):
    tokens = []
    cur = []
    for ch in text:
        if ch.isalpha():
            cur.append(ch.lower())
        else:
            if cur:
                tokens.append("".join(cur))
                cur = []
            if ch in ",.;:!?":
                tokens.append(ch)
    if cur:
        tokens.append("".join(cur))
    return tokens


def count_words(tokens):
    counts = {}
    for t in tokens:
        if t.isalpha():
            counts[t] = counts.get(t, 0) + 1
    return counts


def bigrams(tokens):
    pairs = {}
    prev = None
    for t in tokens:
        if prev is not None:
            key = prev + " " + t
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = t
    return pairs


def main():
    text = make_text(100000, 12345)
    tokens = tokenize(text)
    counts = count_words(tokens)
    pairs = bigrams(tokens)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(text), len(tokens), len(counts), len(pairs))
    for w, c in top:
        print(f"{w:>10} {c}")
    h = 0
    for k in sorted(pairs):
        h = (h * 31 + pairs[k] + len(k)) % 1000000007
    print("checksum", h)


if __name__ == "__main__":
    main()
