def count():
    n = 1
    while True:
        print(f"count gives {n}")
        yield n
        n += 1


def squares(values):
    for value in values:
        print(f"  squares turns {value} into {value * value}")
        yield value * value


# Nothing runs yet: this only builds the pipeline.
pipeline = squares(count())

for square in pipeline:
    if square > 10:
        break
    print(f"    the loop gets {square}")
