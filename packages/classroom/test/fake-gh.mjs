#!/usr/bin/env node
// Stands in for the `gh` command line: answers exactly the calls collect makes, from the class in
// $FAKE_GH (JSON: org, repositories, changes), and refuses any other call, so a change in how
// collect calls gh fails the tests instead of passing against a fake that guesses.
import { readFileSync } from 'node:fs'

const { org, repositories, changes } = JSON.parse(readFileSync(process.env.FAKE_GH, 'utf8'))
const args = process.argv.slice(2)
const fail = (message) => {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}
const is = (...expected) =>
  expected.length === args.length &&
  expected.every((arg, i) => arg === undefined || arg === args[i])

if (is('auth', 'setup-git')) process.exit(0)
if (is('repo', 'list', undefined, '--limit', '100000', '--json', 'name,url')) {
  if (args[2] !== org)
    fail(`GraphQL: Could not resolve to an Organization with the login of '${args[2]}'.`)
  process.stdout.write(JSON.stringify(repositories))
  process.exit(0)
}
const activity = /^repos\/([^/]+)\/([^/?]+)\/activity\?ref=refs%2Fheads%2Fmain&per_page=100$/.exec(
  args[2] ?? '',
)
if (is('api', '--paginate', undefined, '--jq', '.[] | {after, timestamp}') && activity) {
  const record = activity[1] === org ? changes[activity[2]] : undefined
  if (!record) fail('gh: Not Found (HTTP 404)')
  for (const { after, timestamp } of record)
    process.stdout.write(`${JSON.stringify({ after, timestamp })}\n`)
  process.exit(0)
}
fail(`fake gh: unexpected call: gh ${args.join(' ')}`)
