// Node 24+: `using`, and iterators that have [Symbol.dispose]().
function* lines() {
  try {
    yield 'first'
    yield 'second'
  } finally {
    console.log('  lines closed')
  }
}

// Every native iterator is disposable: its [Symbol.dispose]() calls
// its return(), so `using` closes an iterator read by hand.
{
  using reader = lines()
  console.log(reader.next().value)
}
console.log('after the block')
