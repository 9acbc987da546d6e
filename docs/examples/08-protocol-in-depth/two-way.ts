function* runningTotal(): Generator<number, never, number> {
  let total = 0
  for (;;) {
    const amount = yield total
    total += amount
  }
}

const totals = runningTotal()
// the 100 goes nowhere: nothing is waiting for it yet
console.log(totals.next(100).value)
console.log(totals.next(5).value)
console.log(totals.next(10).value)
