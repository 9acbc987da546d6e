for (const letter of 'banana') {
  console.log(letter)
}

console.log([...'banana'].length)
console.log([...'banana'].reverse().join(''))
