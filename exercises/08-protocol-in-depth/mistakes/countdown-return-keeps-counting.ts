// Breaks 2.5: return() answers done but does not remember it, so after a for...of breaks, the next
// next() carries on counting as if the loop had never closed the countdown.
import { Countdown as FinishingCountdown } from '../solution/index.ts'
export * from '../solution/index.ts'

export class Countdown extends FinishingCountdown {
  override return(value?: string): IteratorResult<number, string | undefined> {
    return { done: true, value }
  }
}
