"""bench_string.py: string building with join, concatenation and f-strings."""


def csv_rows(n):
    rows = []
    for i in range(n):
        rows.append(f"{i},{i * i % 997},{i / 7:.3f},item{i % 13}")
    return "\n".join(rows)


def concat_digits(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return s


def words_upper(text):
    parts = text.split(",")
    out = []
    for p in parts:
        if p.startswith("item"):
            out.append(p.upper())
        else:
            out.append(p.replace("1", "one"))
    return "-".join(out)


def main():
    total = 0
    for r in range(20):
        text = csv_rows(60000)
        total += len(text)
        total += len(words_upper(text))
    tail = concat_digits(3000000)
    total += len(tail)
    h = 0
    for ch in tail:
        h = (h * 131 + ord(ch)) % 1000000007
    print(f"total length {total}, tail hash {h}")
    print(f"checksum {(total * 7 + h) % 1000000007}")


if __name__ == "__main__":
    main()
