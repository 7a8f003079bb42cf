# with decimal.localcontext() changes precision temporarily.
import decimal
from decimal import Decimal

print(Decimal(1) / Decimal(7))
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
    with decimal.localcontext() as inner:
        inner.prec = 2
        print(Decimal(2) / Decimal(3))
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10").quantize(Decimal("0.1")))
try:
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.DivisionByZero] = True
        Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero raised", type(e).__name__)
