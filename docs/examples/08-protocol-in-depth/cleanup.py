def lines():
    print("open the file")
    try:
        yield "first line"
        yield "second line"
        yield "third line"
    finally:
        print("close the file")


reader = lines()
for line in reader:
    print(line)
    if line == "second line":
        break
# Python's for loop does not close the generator on break: close() does
reader.close()
print("after the loop")
