# Using imported stdlib containers.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
import heapq
import bisect

c = Counter("mississippi")
print(sorted(c.items()), c.most_common(1))
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dict(dd))
q = deque([1, 2, 3], maxlen=4)
q.appendleft(0)
q.append(4)
print(list(q), q.popleft())
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), tuple(p))
h = [5, 1, 8, 3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
lst = [1, 3, 5, 7]
bisect.insort(lst, 4)
print(lst, bisect.bisect_left(lst, 5))
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(list(od))
