def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount


totals = running_total()
# totals.send(100) here would raise TypeError: the generator has not
# started
print(next(totals))
print(totals.send(5))
print(totals.send(10))
