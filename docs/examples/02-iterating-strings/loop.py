for letter in "banana":
    print(letter)

print(len("banana"))
print("".join(reversed("banana")))
