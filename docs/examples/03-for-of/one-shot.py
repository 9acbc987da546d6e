def countdown():
    yield 3
    yield 2
    yield 1


numbers = countdown()
for n in numbers:
    print("first loop", n)
for n in numbers:
    print("second loop", n)

ages = [36, 41]
for age in ages:
    print("first loop", age)
for age in ages:
    print("second loop", age)
