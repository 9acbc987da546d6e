from functools import reduce

empty = []

try:
    reduce(lambda total, n: total + n, empty)
except TypeError as error:
    print(type(error).__name__)
print(reduce(lambda total, n: total + n, empty, 0))
