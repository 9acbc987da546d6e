// Breaks 4.1: expecting the guess from the very first next(guess). That argument goes nowhere (the
// body has not reached a yield yet), so the game must open with its prompt, and this one does not.
export * from '../solution/index.ts'

export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  for (;;) {
    const guess: number | undefined = yield guesses === 0 ? 'your first guess?' : 'try again'
    if (guess === undefined) continue
    guesses += 1
    if (guess === secret) return guesses
  }
}
