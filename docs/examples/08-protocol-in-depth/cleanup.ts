function* lines() {
  console.log('open the file')
  try {
    yield 'first line'
    yield 'second line'
    yield 'third line'
  } finally {
    console.log('close the file')
  }
}

for (const line of lines()) {
  console.log(line)
  if (line === 'second line') break
}
console.log('after the loop')
