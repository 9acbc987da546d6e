# dict views are live too: a key added after keys() still shows up.
prices = {"tea": 3, "cake": 5}
names = prices.keys()
prices["pie"] = 4
print("names:", ", ".join(names))
print("pairs:", len(list(prices.items())))
