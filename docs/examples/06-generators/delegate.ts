function* greetings() {
  yield 'hello'
  yield* ['bonjour', 'hallo'] // every value of another iterable, in place
  yield 'ciao'
}
console.log(JSON.stringify([...greetings()]))
