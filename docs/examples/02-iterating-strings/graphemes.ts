const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })
const graphemes = (text: string) =>
  Array.from(segmenter.segment(text), (piece) => piece.segment)

// e + a combining accent, a thumb with a skin tone, a flag, a family
// joined by zero-width joiners
for (const text of ['e\u0301', '👍🏽', '🇫🇷', '👨‍👩‍👧']) {
  const units = `length ${text.length}, code points ${[...text].length}`
  console.log(`${text} ${units}, graphemes ${graphemes(text).length}`)
}

console.log(JSON.stringify(graphemes('Noe\u0308l 🇫🇷')))
