function* lines() {
  try {
    yield 'first line'
    yield 'second line'
    yield 'third line'
  } finally {
    // Runs when the loop ends, however it ends: done, break, return or
    // an error.
    console.log('file closed')
  }
}

for (const line of lines()) {
  console.log(line)
  if (line === 'second line') break
}
console.log('after the loop')
