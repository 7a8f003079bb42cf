# A def inside a loop starts a new scope: 'break' there is outside any loop.
# error: 5:9: 'break' outside loop
for i in range(3):
    def f():
        break
