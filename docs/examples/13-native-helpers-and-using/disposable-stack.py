from contextlib import ExitStack


class Handle:
    def __init__(self, name):
        if name == "bad":
            raise RuntimeError(f"cannot open {name}")
        print("open", name)
        self.name = name

    def close(self):
        print("close", self.name)


def open_all(names):
    # ExitStack is Python's DisposableStack, and pop_all() its move().
    with ExitStack() as stack:
        handles = []
        for name in names:
            handle = Handle(name)
            stack.callback(handle.close)
            handles.append(handle)
        return handles, stack.pop_all()


handles, owned = open_all(["a", "b"])
with owned:
    print("using", len(handles), "handles")
try:
    open_all(["c", "d", "bad"])
except RuntimeError as error:
    print("caught:", error)
