function* readLines(): Generator<string> {
  console.log('open the file')
  try {
    for (let n = 1; n <= 1000; n += 1) yield `line ${n}`
  } finally {
    console.log('close the file')
  }
}

function* upper(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line.toUpperCase()
}

// The consumer stops after two lines. Its break closes upper(), whose
// for...of closes readLines().
for (const line of upper(readLines())) {
  console.log(line)
  if (line === 'LINE 2') break
}
console.log('done')
