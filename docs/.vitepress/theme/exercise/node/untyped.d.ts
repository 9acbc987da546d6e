// readable-stream and npm's events ship no types: they are Node's modules, so they take @types/node's.
declare module 'readable-stream' {
  import stream from 'node:stream'
  export default stream
}
declare module 'readable-stream/lib/stream/promises.js' {
  import promises from 'node:stream/promises'
  export default promises
}
declare module 'readable-stream/lib/ours/errors.js' {
  export class AbortError extends Error {
    constructor(message?: string, options?: ErrorOptions)
    code: 'ABORT_ERR'
  }
}
declare module 'events/events.js' {
  import EventEmitter from 'node:events'
  export default EventEmitter
}
declare module 'string_decoder/lib/string_decoder.js' {
  import stringDecoder from 'node:string_decoder'
  export default stringDecoder
}
