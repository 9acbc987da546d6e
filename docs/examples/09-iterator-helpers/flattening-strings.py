import json
from itertools import chain

lines = ["hello world", "hi"]
print(json.dumps(list(chain.from_iterable(line.split(" ") for line in lines)), separators=(",", ":")))

# Python's chain.from_iterable splits a string into characters too.
print(json.dumps(list(chain.from_iterable(line for line in lines)), separators=(",", ":")))
