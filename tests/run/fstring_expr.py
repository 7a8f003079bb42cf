# Expressions inside f-strings.
def sq(v):
    return v * v


data = {"a": 1, "b": 2}
nums = [1, 2, 3]
print(f"{sq(4)} {sum(nums)} {max(nums)} {data['a'] + data['b']}")
print(f"{[v * 2 for v in nums]} {', '.join([str(v) for v in nums[3:]]) or 'empty'}")
print(f"{(lambda q: q + 1)(1)} {nums[-1]} {nums[::-1]}")
print(f"{'yes' if nums else 'no'} {len(data) > 1 and 'many'}")
print(f"{3 + 4 * 2} {7 // 2} {7 % 3} {2 ** 10}")
s = "abc"
print(f"{s * 2}{s[::-1]}{s.upper()!r}")
print(f"""multi
line {s}""")
print(f'{"inner double"}', f"{'inner single'}")
