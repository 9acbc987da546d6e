import json
from itertools import islice

calls = 0


def double(n):
    global calls
    calls += 1
    return n * 2


numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

# Lists are eager: each step builds a whole new list before the next
# step starts.
eager = [n for n in [double(n) for n in numbers] if n % 3 == 0][:2]
print(json.dumps(eager, separators=(",", ":")), "calls:", calls)

# map(), generator expressions and islice() are lazy, like iterator
# helpers.
calls = 0
lazy = list(islice((n for n in map(double, numbers) if n % 3 == 0), 2))
print(json.dumps(lazy, separators=(",", ":")), "calls:", calls)
