"""bench_dict.py: counting words with a dict."""


def make_text(n):
    syllables = ["ka", "lo", "mi", "re", "tsu", "na", "po", "e"]
    words = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = syllables[seed % 8]
        b = syllables[(seed >> 8) % 8]
        c = syllables[(seed >> 16) % 8] if seed % 3 == 0 else ""
        words.append(a + b + c)
    return " ".join(words)


def count_words(text):
    counts = {}
    for w in text.split():
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_pairs(words):
    pairs = {}
    prev = ""
    for w in words:
        key = prev + "/" + w
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


def main():
    text = make_text(2000000)
    counts = count_words(text)
    pairs = count_pairs(text.split())
    top = ""
    top_n = 0
    for w in counts:
        if counts[w] > top_n or (counts[w] == top_n and w < top):
            top = w
            top_n = counts[w]
    print(f"{len(counts)} distinct words, {len(pairs)} distinct pairs, top {top}={top_n}")
    check = 0
    for w in counts:
        check = (check + len(w) * counts[w] * 7919) % 1000000007
    print(f"checksum {check}")


if __name__ == "__main__":
    main()
