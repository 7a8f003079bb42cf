# list methods.
lst = [3, 1, 4, 1, 5]
lst.append(9)
lst.extend([2, 6])
lst.insert(0, 0)
lst.insert(-1, 7)
lst.insert(100, 8)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.count(1), lst.count(42))
lst.reverse()
print(lst)
lst.sort()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.clear()
print(lst, len(lst))
for bad in ["pop", "remove", "index"]:
    try:
        if bad == "pop":
            [].pop()
        elif bad == "remove":
            [1].remove(2)
        else:
            [1].index(3)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, [1, 2] * 0, 2 in [1, 2], list((1, 2)), list("ab"))
