function* fruits() {
  try {
    yield 'apple'
    yield 'banana'
  } finally {
    console.log('  finally: cleaned up')
  }
}

console.log('return() after a next():')
const started = fruits()
started.next()
started.return()

console.log('return() before any next():')
const unstarted = fruits()
unstarted.return()
// The generator never started, so there is no finally to run.
console.log('  (nothing: its finally never ran)')
