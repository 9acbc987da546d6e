import json


# Python's itertools.repeat, with a check on its argument: but the check
# is inside the body.
def repeat_late(value, times):
    if not isinstance(times, int) or times < 0:
        raise ValueError(f"bad times: {times}")
    for _ in range(times):
        yield value


late = repeat_late("x", -1)  # no error here: the body has not started
print("repeatLate returned without complaint")
try:
    next(late)  # the error surfaces here, far from the bad call
except ValueError as error:
    print(f"first next() threw: {error}")


# The fix: a plain function checks, then returns the generator.
def repeat(value, times):
    if not isinstance(times, int) or times < 0:
        raise ValueError(f"bad times: {times}")
    return repeat_values(value, times)


def repeat_values(value, times):
    for _ in range(times):
        yield value


try:
    repeat("x", -1)
except ValueError as error:
    print(f"repeat threw at once: {error}")
print(json.dumps(list(repeat("x", 3)), separators=(",", ":")))
