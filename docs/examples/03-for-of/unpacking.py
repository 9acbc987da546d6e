fruits = ("apple", "banana", "cherry")
for index, fruit in enumerate(fruits):
    print(index, fruit)

stock = {"apple": 3, "banana": 0}
for name, count in stock.items():
    print(name, count)
