class Countdown implements Iterable<number> {
  readonly from: number

  constructor(from: number) {
    this.from = from
  }

  // A generator method: every call starts a new walk of its own.
  *[Symbol.iterator](): Generator<number> {
    for (let n = this.from; n > 0; n -= 1) yield n
  }
}

const countdown = new Countdown(3)
console.log([...countdown].join(' '))
console.log([...countdown].join(' '))
for (const n of countdown) console.log(`${n}...`)

// An object literal can have one too.
const vowels = {
  *[Symbol.iterator]() {
    yield* 'aeiou'
  },
}
console.log([...vowels].join(','))
