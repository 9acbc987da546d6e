class Pair:
    def __iter__(self):
        self.a = 1
        return self

    def __next__(self):
        if self.a > 2:
            raise StopIteration
        x = self.a
        self.a += 1
        return x


myiter = iter(Pair())
for call in range(4):
    try:
        print("value", next(myiter))
    except StopIteration:
        print("done")
