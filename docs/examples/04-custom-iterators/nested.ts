// Its own iterator: one position, shared by every loop.
class SharedTeam implements IterableIterator<string> {
  readonly names: string[]
  position = 0

  constructor(...names: string[]) {
    this.names = names
  }

  next(): IteratorResult<string, undefined> {
    const name = this.names[this.position]
    if (name === undefined) return { done: true, value: undefined }
    this.position += 1
    return { done: false, value: name }
  }

  // As built-in iterators do: return itself, change nothing.
  [Symbol.iterator](): this {
    return this
  }
}

// Hands every loop a new iterator, with a position of its own.
class Team implements Iterable<string> {
  readonly names: string[]

  constructor(...names: string[]) {
    this.names = names
  }

  [Symbol.iterator](): IterableIterator<string> {
    const names = this.names
    let position = 0
    return {
      next(): IteratorResult<string, undefined> {
        const name = names[position]
        if (name === undefined) return { done: true, value: undefined }
        position += 1
        return { done: false, value: name }
      },
      // The iterator is iterable too, like an array's.
      [Symbol.iterator]() {
        return this
      },
    }
  }
}

function matches(team: Iterable<string>): void {
  for (const home of team) {
    for (const away of team) {
      if (home !== away) console.log(`  ${home} vs ${away}`)
    }
  }
}

console.log('shared position:')
matches(new SharedTeam('ana', 'ben', 'cy'))
console.log('a new iterator per loop:')
matches(new Team('ana', 'ben', 'cy'))
