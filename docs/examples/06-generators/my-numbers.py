class MyNumbers:
    def __iter__(self):
        self.a = 1
        return self

    def __next__(self):
        x = self.a
        self.a += 1
        return x


def my_numbers():
    a = 1
    while True:
        yield a
        a += 1


by_class = iter(MyNumbers())
by_generator = my_numbers()
for turn in range(5):
    print(f"{next(by_class)} {next(by_generator)}")
