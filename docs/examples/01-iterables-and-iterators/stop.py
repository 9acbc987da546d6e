letters = ["a", "b"]
iterator = iter(letters)

print(next(iterator))
print(next(iterator))
print(next(iterator, "no more values"))
try:
    next(iterator)
except StopIteration:
    print("StopIteration")
