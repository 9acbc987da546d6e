import json


def greetings():
    yield "hello"
    yield from ["bonjour", "hallo"]  # every value of another iterable, in place
    yield "ciao"


print(json.dumps(list(greetings()), separators=(",", ":")))
