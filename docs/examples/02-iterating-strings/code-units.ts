const text = 'a😀'

// .length, text[i] and split('') count UTF-16 code units: 😀 takes two.
console.log(text.length)
console.log(JSON.stringify(text.split('')))

// The string iterator goes by code point: for...of, spread and
// Array.from keep 😀 whole.
console.log([...text].length)
for (const character of text) console.log(character)

// Neither is the size in a file or a request body: that is UTF-8
// bytes, and 😀 takes four of them.
console.log(new TextEncoder().encode(text).length)
