# A stream cuts its chunks wherever it likes, often in the middle of a
# line.
import json

chunks = ["GET /ho", "me 200\nPOST /lo", "gin 302\nGET /"]


def dumps(values):
    return json.dumps(values, separators=(",", ":"))


# Splitting each chunk on its own breaks every line that crosses a
# boundary.
naive = [piece for chunk in chunks for piece in chunk.split("\n")]
print("each chunk alone:", dumps(naive))


# Carrying the unfinished end of each chunk into the next one keeps the
# lines whole.
def lines(parts):
    unfinished = ""
    for part in parts:
        *pieces, unfinished = (unfinished + part).split("\n")
        yield from pieces
    if unfinished:
        yield unfinished  # the last line may have no newline at all


print("carrying the rest:", dumps(list(lines(chunks))))
