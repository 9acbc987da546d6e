import json


def steps():
    print("  (the body starts)")
    yield "one"
    print("  (resumed after one)")
    yield "two"
    print("  (resumed after two, and falls off the end)")


def step(generator):
    # Python has no { value, done } object: next() returns the value or
    # raises StopIteration.
    try:
        return {"value": next(generator), "done": False}
    except StopIteration:
        return {"done": True}


walker = steps()
print("called steps(): nothing has run yet")
print(json.dumps(step(walker), separators=(",", ":")))
print(json.dumps(step(walker), separators=(",", ":")))
print(json.dumps(step(walker), separators=(",", ":")))
print(json.dumps(step(walker), separators=(",", ":")))
