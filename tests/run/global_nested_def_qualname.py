# A def whose name is declared global in its function gets a top-level
# __qualname__.
def maker():
    global made
    def made():
        pass
maker()
print(made.__name__, made.__qualname__)
