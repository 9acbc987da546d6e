mytuple = ("apple", "banana", "cherry")
for x in mytuple:
    print(x)
