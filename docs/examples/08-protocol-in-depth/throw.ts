function* worker() {
  for (;;) {
    try {
      yield 'waiting'
    } catch (error) {
      console.log('caught:', (error as Error).message)
    }
  }
}

const job = worker()
job.next()
console.log(job.throw(new Error('stop that')).value)

function* fragile() {
  yield 'one'
  yield 'two'
}
const plain = fragile()
plain.next()
try {
  plain.throw(new Error('no catch inside'))
} catch (error) {
  console.log('came back out:', (error as Error).message)
}
console.log('finished:', plain.next().done ? 'yes' : 'no')
