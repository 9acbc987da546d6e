function* greetings() {
  yield 'hello'
  // every value of another iterable, in place
  yield* ['bonjour', 'hallo']
  yield 'ciao'
}
console.log(JSON.stringify([...greetings()]))
