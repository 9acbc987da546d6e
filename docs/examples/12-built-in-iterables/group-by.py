# Python has no groupBy over a whole input (itertools.groupby groups
# neighbours only); a dict of lists does the same work.
files = ["a.md", "b.ts", "c.md", "toString.toString"]
by_type = {}
for name in files:
    by_type.setdefault(name.split(".")[1], []).append(name)
print(" ".join(by_type), "|", " ".join(by_type["md"]))

words = ["three", "a", "to", "four", "an"]
by_length = {}
for word in words:
    by_length.setdefault(len(word), []).append(word)
print(" ".join(map(str, by_length)), "|", " ".join(by_length[2]))
