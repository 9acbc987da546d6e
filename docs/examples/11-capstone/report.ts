// The capstone's shape in miniature: chunks → lines → entries → counts,
// one value at a time.
const log = `2026-11-25T10:00:00Z GET /home 200 12
2026-11-25T10:00:01Z GET /api/users 500 340

2026-11-25T10:00:02Z POST /login 302 40
2026-11-25T10:00:03Z GET /home 200 8`

async function* chunksOf(text: string, size: number) {
  // stands in for fs.createReadStream(path), which yields chunks of 64
  // KB
  for (let start = 0; start < text.length; start += size)
    yield text.slice(start, start + size)
}

async function* lines(chunks: AsyncIterable<string>) {
  let unfinished = ''
  for await (const chunk of chunks) {
    const pieces = (unfinished + chunk).split('\n')
    unfinished = pieces.pop() ?? ''
    yield* pieces
  }
  if (unfinished !== '') yield unfinished
}

const hits = new Map<string, number>()
let requests = 0
let errors = 0
for await (const line of lines(chunksOf(log, 16))) {
  if (line.trim() === '') continue
  const [, , path = '?', status = '0'] = line.split(' ')
  requests += 1
  if (Number(status) >= 500) errors += 1
  hits.set(path, (hits.get(path) ?? 0) + 1)
}
const top = [...hits]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, 2)
console.log(JSON.stringify({ requests, errors, top }))
