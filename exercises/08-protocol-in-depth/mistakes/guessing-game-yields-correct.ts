// Breaks 4.3: yields 'correct!' for the right guess and finishes only at the next call.
export * from '../solution/index.ts'
export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  let hint = 'guess a number'
  while (true) {
    const guess = yield hint
    if (guess === undefined) {
      hint = 'guess a number'
      continue
    }
    guesses++
    if (guess === secret) {
      yield 'correct!'
      return guesses
    }
    hint = guess < secret ? 'higher' : 'lower'
  }
}
