// Breaks 1.1: pairs surrogates by hand, taking the unit after every high half without checking
// that it is a low half, so a lone high half swallows the letter after it ('\uD83Da' is one item).
export * from '../solution/index.ts'

export function chars(text: string): string[] {
  const result: string[] = []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const isHighHalf = unit >= 0xd800 && unit <= 0xdbff
    result.push(text.slice(i, isHighHalf ? i + 2 : i + 1))
    if (isHighHalf) i++
  }
  return result
}
