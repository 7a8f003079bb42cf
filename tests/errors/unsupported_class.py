# Class definitions are not supported yet.
# error: 5:1: unsupported: class definitions


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
