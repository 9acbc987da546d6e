// Node 22+: Array.fromAsync came to Node in version 22.
async function* pages() {
  for (const page of [1, 2, 3]) {
    await null // as if each page came over the network
    yield page
  }
}

// Array.fromAsync collects an async iterable, or a sync iterable of
// promises, awaiting each value in turn.
console.log((await Array.fromAsync(pages())).join(' '))
const mixed = [Promise.resolve('a'), 'b']
console.log((await Array.fromAsync(mixed)).join(' '))

// With a function, each result is awaited before the next is read.
const tens = await Array.fromAsync(pages(), async (n) => n * 10)
console.log(tens.join(' '))
