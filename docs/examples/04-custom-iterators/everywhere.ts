// One method, [Symbol.iterator](), and the whole language can read the
// class.
class Countdown implements Iterable<number> {
  readonly from: number

  constructor(from: number) {
    this.from = from
  }

  [Symbol.iterator](): IterableIterator<number> {
    let current = this.from
    return {
      next(): IteratorResult<number, undefined> {
        if (current === 0) return { done: true, value: undefined }
        current -= 1
        return { done: false, value: current + 1 }
      },
      [Symbol.iterator]() {
        return this
      },
    }
  }
}

const countdown = new Countdown(3)

console.log(JSON.stringify([...countdown]))
console.log(JSON.stringify(Array.from(countdown, (n) => n * 10)))
const [first, ...rest] = countdown
console.log(first, JSON.stringify(rest))
console.log(Math.max(...countdown), new Set(countdown).size)
for (const n of countdown) console.log(`${n}...`)
