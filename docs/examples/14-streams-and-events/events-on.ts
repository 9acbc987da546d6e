// @types: node
import { EventEmitter, on } from 'node:events'

const chat = new EventEmitter()
const controller = new AbortController()

// Three messages at once: on() buffers what the loop has not read.
setImmediate(() => {
  for (const text of ['hi', 'there', 'bye']) chat.emit('message', text)
})

try {
  const { signal } = controller
  for await (const [text] of on(chat, 'message', { signal })) {
    console.log('read', text)
    if (text === 'bye') controller.abort()
  }
} catch (error) {
  console.log((error as Error).name)
}
console.log('listeners left:', chat.listenerCount('message'))
