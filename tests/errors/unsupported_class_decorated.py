# A decorated class is reported at the 'class' keyword, not at the decorator.
# error: 7:1: unsupported: class definitions
import dataclasses


@dataclasses.dataclass
class Pair:
    a: int
    b: int
