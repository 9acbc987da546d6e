import json
from itertools import chain


def show(values):
    print(json.dumps(list(values), separators=(",", ":")))


lines = ["hello world", "hi"]
show(chain.from_iterable(line.split(" ") for line in lines))

# Python's chain.from_iterable splits a string into characters too.
show(chain.from_iterable(line for line in lines))
