# f-strings with objects from the standard library.
import datetime
import decimal
import fractions

d = datetime.date(2024, 2, 29)
print(f"{d}", f"{d:%Y/%m/%d}", f"{d:%A %B}", f"{d!r}")
t = datetime.datetime(2001, 9, 9, 1, 46, 40)
print(f"{t:%H:%M:%S}", f"{t.isoformat()}", f"{t + datetime.timedelta(days=1):%j}")
dec = decimal.Decimal("1.2345")
print(f"{dec}", f"{dec:.2f}", f"{dec * 2}", f"{dec!r}")
fr = fractions.Fraction(3, 4)
print(f"{fr}", f"{fr + 1}", f"{float(fr):.3f}", f"{fr!r}")
