// Breaks 3.3: walks the code units backwards and keeps every low half together with the unit
// before it, without checking that unit is a high half: 'a\uDE00' comes back unchanged.
export * from '../solution/index.ts'

export function reverse(text: string): string {
  let result = ''
  for (let i = text.length - 1; i >= 0; i--) {
    const unit = text.charCodeAt(i)
    const isLowHalf = unit >= 0xdc00 && unit <= 0xdfff
    if (isLowHalf && i > 0) {
      result += text.slice(i - 1, i + 1)
      i--
    } else {
      result += text.slice(i, i + 1)
    }
  }
  return result
}
