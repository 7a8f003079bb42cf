# if / elif / else chains.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


for s in [95, 90, 85, 70, 69, 0]:
    print(s, grade(s))
x = 0
if x:
    print("truthy")
if not x:
    pass
if []:
    print("never")
elif {}:
    print("never")
elif "s":
    print("string branch")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
