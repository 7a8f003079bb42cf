# An assertion failure that is not caught ends the program.
def validate(cfg):
    assert "name" in cfg, "config needs a name"
    return cfg["name"]


print(validate({"name": "ok"}))
for cfg in [{"name": "a"}, {"name": "b", "x": 1}]:
    print(validate(cfg))
validate({})
print("not reached")
