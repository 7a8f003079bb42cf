# Names with non-ASCII letters and digits (XID_Start / XID_Continue) are
# ordinary names: locals, globals, parameters, keyword arguments.
π = 3.14159
été = "summer"
x١ = 7


def aire(rayon, *, facteur=1):
    résultat = π * rayon * rayon * facteur
    return résultat


def 计算(数字):
    总和 = 0
    for i in range(数字):
        总和 += i
    return 总和


print(aire(2), aire(rayon=1, facteur=2))
print(été, x١ * 6, 计算(10))
print(sorted(["π", "été", "x١"]))
print([n for n in globals() if not n.startswith("__")][:5])
