from itertools import islice


def powers_of_two():
    power = 1
    while True:
        yield power
        power *= 2


# Never list() an endless generator: it would never return. Stop pulling
# instead.
small = []
for power in powers_of_two():
    if power > 100:
        break
    small.append(power)
print(" ".join(map(str, small)))

# Or ask for exactly as many values as you need.
print(" ".join(map(str, islice(powers_of_two(), 3))))
