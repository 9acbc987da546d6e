function* steps() {
  console.log('  (the body starts)')
  yield 'one'
  console.log('  (resumed after one)')
  yield 'two'
  console.log('  (resumed after two, and falls off the end)')
}

const walker = steps()
console.log('called steps(): nothing has run yet')
console.log(JSON.stringify(walker.next()))
console.log(JSON.stringify(walker.next()))
console.log(JSON.stringify(walker.next()))
console.log(JSON.stringify(walker.next()))
