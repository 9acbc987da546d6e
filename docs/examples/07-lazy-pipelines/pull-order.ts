function* count(): Generator<number> {
  for (let n = 1; ; n += 1) {
    console.log(`count gives ${n}`)
    yield n
  }
}

function* squares(values: Iterable<number>): Generator<number> {
  for (const value of values) {
    console.log(`  squares turns ${value} into ${value * value}`)
    yield value * value
  }
}

// Nothing runs yet: this only builds the pipeline.
const pipeline = squares(count())

for (const square of pipeline) {
  if (square > 10) break
  console.log(`    the loop gets ${square}`)
}
