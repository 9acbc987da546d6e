import json


def greetings():
    yield "hello"
    # every value of another iterable, in place
    yield from ["bonjour", "hallo"]
    yield "ciao"


print(json.dumps(list(greetings()), separators=(",", ":")))
