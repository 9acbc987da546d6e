// Breaks 4.4: counting every next() as a guess, even one sent no value. `undefined < 7` and
// `undefined > 7` are both false, so the game answers nonsense and the count is off.
export * from '../solution/index.ts'

export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  let guess = yield 'guess a number'
  for (;;) {
    guesses += 1
    if (guess === secret) return guesses
    guess = yield guess < secret ? 'higher' : 'lower'
  }
}
