// Breaks 4.1: glues code points by hand (combining marks, skin tones, anything after a
// zero-width joiner) instead of Intl.Segmenter: flags and \r\n still come apart.
export * from '../solution/index.ts'

export function graphemes(text: string): string[] {
  const result: string[] = []
  let joinNext = false
  for (const point of text) {
    const code = point.codePointAt(0) as number
    const isMark = /\p{M}/u.test(point)
    const isSkinTone = code >= 0x1f3fb && code <= 0x1f3ff
    const isJoiner = code === 0x200d
    if (result.length > 0 && (isMark || isSkinTone || isJoiner || joinNext)) {
      result[result.length - 1] += point
    } else {
      result.push(point)
    }
    joinNext = isJoiner
  }
  return result
}
