// matchAll yields one match per hit; the g flag is required.
const log = 'GET /a 200\nGET /b 404\nPOST /c 200'
const line = /^(\w+) (\S+) (\d+)$/gm
for (const [, method, path, status] of log.matchAll(line)) {
  console.log(method, path, status)
}
try {
  'abc'.matchAll(/b/)
} catch (error) {
  console.log((error as Error).name)
}
