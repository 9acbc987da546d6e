// @types: node
import { setInterval } from 'node:timers/promises'

// An async iterable of ticks, one every 10 ms; leaving the loop
// clears the interval.
let ticks = 0
for await (const value of setInterval(10, 'tick')) {
  ticks += 1
  console.log(value, ticks)
  if (ticks === 3) break
}
console.log('stopped')
