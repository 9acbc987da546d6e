// "é" is two bytes in UTF-8. Cut the bytes between them, as a file
// stream may.
const bytes = new TextEncoder().encode('café')
const chunks = [bytes.slice(0, 4), bytes.slice(4)]
console.log(
  'bytes per chunk:',
  JSON.stringify(chunks.map((chunk) => chunk.length)),
)

// A fresh decoder per chunk sees half a character twice, and gives two
// replacement characters.
const alone = chunks
  .map((chunk) => new TextDecoder().decode(chunk))
  .join('')
console.log('each chunk alone:', alone, alone === 'café')

// One decoder with { stream: true } keeps the first half until the
// second arrives.
const decoder = new TextDecoder()
const streamed =
  chunks
    .map((chunk) => decoder.decode(chunk, { stream: true }))
    .join('') + decoder.decode()
console.log('one streaming decoder:', streamed, streamed === 'café')
