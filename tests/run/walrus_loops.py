# Walrus in loop conditions and comprehensions.
import io

stream = io.StringIO("alpha\nbeta\n\ngamma\n")
lines = []
while (line := stream.readline()):
    lines.append(line.strip())
print(lines)
nums = [3, 8, 12, 5, 20]
print([r for n in nums if (r := n % 7) > 2])
chunks = []
buf = io.BytesIO(b"abcdefghij")
while chunk := buf.read(3):
    chunks.append(chunk)
print(chunks)


def first_big(values, limit):
    for v in values:
        if (sq := v * v) > limit:
            return v, sq
    return None


print(first_big(range(100), 500), first_big([1, 2], 100))
