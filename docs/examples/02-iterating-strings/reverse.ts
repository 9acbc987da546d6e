const text = 'banana 🍌'

// split('') cuts 🍌 into its two UTF-16 halves, and reversing swaps
// them: two broken pieces.
console.log(JSON.stringify(text.split('').reverse().join('')))

// The string iterator keeps 🍌 whole, so reversing code points works.
console.log(JSON.stringify([...text].reverse().join('')))
