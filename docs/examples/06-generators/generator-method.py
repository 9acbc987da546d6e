class Countdown:
    def __init__(self, start):
        self.start = start

    # A generator __iter__: every call starts a new walk of its own.
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


countdown = Countdown(3)
print(" ".join(str(n) for n in countdown))
print(" ".join(str(n) for n in countdown))
for n in countdown:
    print(f"{n}...")


# Python has no object literals: a small class does the same job.
class Vowels:
    def __iter__(self):
        yield from "aeiou"


print(",".join(Vowels()))
