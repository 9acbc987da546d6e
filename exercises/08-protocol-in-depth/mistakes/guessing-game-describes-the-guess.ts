// Breaks 4.2: answers from the guess's side: a guess above the secret gets 'higher' ("your guess is
// higher"), the opposite of a hint.
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
    if (guess === secret) return guesses
    hint = guess > secret ? 'higher' : 'lower'
  }
}
