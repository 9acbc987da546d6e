function* powersOfTwo(): Generator<number> {
  for (let power = 1; ; power *= 2) yield power
}

// Never spread an endless generator: [...powersOfTwo()] would never
// return. Stop pulling instead.
const small: number[] = []
for (const power of powersOfTwo()) {
  if (power > 100) break
  small.push(power)
}
console.log(small.join(' '))

// Or ask for exactly as many values as you need.
const powers = powersOfTwo()
const three = [powers.next(), powers.next(), powers.next()]
console.log(three.map((result) => result.value).join(' '))
