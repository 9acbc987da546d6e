// @types: node
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'

// Chunks cut lines anywhere; readline puts them back together and
// strips \n and \r\n.
const chunks = ['first li', 'ne\r\nsecond\nth', 'ird']
const input = Readable.from(chunks, { objectMode: false })
const lines = createInterface({ input, crlfDelay: Infinity })
for await (const line of lines) console.log(JSON.stringify(line))
