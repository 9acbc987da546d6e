// Breaks 4.4: a next() with no guess repeats the last hint instead of the prompt.
export * from '../solution/index.ts'
export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  let hint = 'guess a number'
  while (true) {
    const guess = yield hint
    if (guess === undefined) continue
    guesses++
    if (guess === secret) return guesses
    hint = guess < secret ? 'higher' : 'lower'
  }
}
