// Breaks 4.5: `if (!guess)` takes a guess of 0 for no guess at all.
export * from '../solution/index.ts'
export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  let hint = 'guess a number'
  while (true) {
    const guess = yield hint
    if (!guess) {
      hint = 'guess a number'
      continue
    }
    guesses++
    if (guess === secret) return guesses
    hint = guess < secret ? 'higher' : 'lower'
  }
}
