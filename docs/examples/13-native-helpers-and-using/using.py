from contextlib import contextmanager


@contextmanager
def open_resource(name):
    print("open", name)

    class Resource:
        pass

    resource = Resource()
    resource.name = name
    try:
        yield resource
    finally:
        print("close", name)


# At the end of the with block, each resource is closed, the last
# opened first.
with open_resource("a") as a, open_resource("b") as b:
    print("work with", a.name, b.name)

# However the block ends: an error closes too, then goes on.
try:
    with open_resource("c") as c:
        raise RuntimeError(f"{c.name} failed")
except RuntimeError as error:
    print("caught:", error)
