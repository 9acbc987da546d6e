// Breaks 2.6: throw(error) answers done instead of throwing. The caller asked the iterator to fail
// with that error; swallowing it hides the failure.
import { Countdown as ThrowingCountdown } from '../solution/index.ts'
export * from '../solution/index.ts'

export class Countdown extends ThrowingCountdown {
  override throw(): IteratorResult<number, string | undefined> {
    return this.return()
  }
}
