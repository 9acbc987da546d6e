import json


def pre_order(tree):
    if tree is None:
        return
    yield tree["value"]
    yield from pre_order(tree.get("left"))
    yield from pre_order(tree.get("right"))


project = {
    "value": "root",
    "left": {"value": "docs", "left": {"value": "guide"}},
    "right": {
        "value": "src",
        "left": {"value": "app"},
        "right": {"value": "lib"},
    },
}

print(json.dumps(list(pre_order(project)), separators=(",", ":")))
