class Inbox implements AsyncIterable<string> {
  readonly messages: string[]

  constructor(...messages: string[]) {
    this.messages = messages
  }

  // An async generator method: every for await gets a walk of its own.
  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (const message of this.messages) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      yield message
    }
  }
}

const inbox = new Inbox('hello', 'lunch at noon?')
for await (const message of inbox) console.log(message)
for await (const message of inbox) console.log(message.length)
