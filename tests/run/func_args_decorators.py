# Decorators that do not need closures.
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


def tag(fn):
    fn.tagged = True
    return fn


def replace_with_len(fn):
    return len


@register
def alpha():
    return "a"


@register
@tag
def beta(x):
    return x * 2


@replace_with_len
def gamma():
    return "never"


print(registry, alpha(), beta(4), beta.tagged, gamma([1, 2, 3]))
print(hasattr(alpha, "tagged"), beta.__name__)
