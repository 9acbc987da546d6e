def worker():
    while True:
        try:
            yield "waiting"
        except Exception as error:
            print("caught:", error)


job = worker()
next(job)
print(job.throw(Exception("stop that")))


def fragile():
    yield "one"
    yield "two"


plain = fragile()
next(plain)
try:
    plain.throw(Exception("no catch inside"))
except Exception as error:
    print("came back out:", error)
print("finished:", "yes" if next(plain, None) is None else "no")
