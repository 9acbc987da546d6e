/**
 * Submissions that cannot be taken as they are, one per problem, graded beside an honest student:
 * each problem is that student's alone (a clear reason in their feedback and their row), grading
 * goes on, and the honest student gets every point.
 */
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { grade, type Gradebook } from '../src/grade.ts'
import { writeGradebook } from '../src/output.ts'
import { listSubmissions } from '../src/submissions.ts'
import { copyOf, course, exercise, SLUG } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-intake-'))
const submissions = path.join(root, 'submissions')
const out = path.join(root, 'gradebook')
const solution = readFileSync(path.join(exercise.dir, 'solution', 'index.ts'), 'utf8')
const src = `exercises/${SLUG}/src`

async function zip(
  name: string,
  entries: Array<[string, string | Buffer]>,
  edit?: (bytes: Buffer) => Buffer,
) {
  const archive = new yazl.ZipFile()
  for (const [entry, content] of entries) archive.addBuffer(Buffer.from(content), entry)
  archive.end()
  const chunks: Buffer[] = []
  archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await once(archive.outputStream, 'end')
  const bytes = Buffer.concat(chunks)
  writeFileSync(path.join(submissions, `${name}.zip`), edit ? edit(bytes) : bytes)
}

/** Replaces a placeholder in the zip's names (yazl refuses to write some names itself). */
const rename = (from: string, to: string) => (bytes: Buffer) =>
  Buffer.from(bytes.toString('latin1').replaceAll(from, to), 'latin1')

let book: Gradebook
const student = (name: string) => {
  const found = book.students.find((each) => each.student === name)
  if (!found) throw new Error(`no student ${name} in the gradebook`)
  return found
}
const reason = (name: string) => student(name).exercises[0]?.message ?? ''

beforeAll(async () => {
  copyOf(submissions, 'honest', 'solution')
  writeFileSync(path.join(submissions, 'corrupt.zip'), 'PK\u0003\u0004 this is not really a zip')
  await zip('file and folder of one name', [
    [`${src}/index.ts`, solution],
    [`${src}/index.ts/inner.ts`, 'export const x = 1'],
  ])
  await zip('long name', [
    [`${src}/index.ts`, solution],
    [`${src}/${'n'.repeat(300)}.ts`, 'export const x = 1'],
  ])
  await zip(
    'nul in a name',
    [
      [`${src}/index.ts`, solution],
      [`${src}/aXb.ts`, 'x'],
    ],
    rename('aXb', 'a\u0000b'),
  )
  await zip('too deep', [
    [`${src}/index.ts`, solution],
    [`${src}/${Array.from({ length: 40 }, () => 'd').join('/')}/x.ts`, 'export const x = 1'],
  ])
  await zip('zip bomb', [
    [`${src}/index.ts`, solution],
    [`${src}/bomb.ts`, Buffer.alloc(64 * 1024 * 1024, 0x20)],
  ])
  const many = copyOf(submissions, 'tens of thousands of files', 'solution')
  for (let file = 0; file < 2_100; file += 1) writeFileSync(path.join(many, `f${file}.ts`), '')
  copyOf(submissions, 'Alice', 'solution')
  await zip('alice', [[`${src}/index.ts`, 'export function iter() { throw new Error("alice") }']])
  // Links on the way to src/, as git clones keep them: into another student's folder.
  mkdirSync(path.join(submissions, 'linked exercises'))
  symlinkSync(
    path.join(submissions, 'honest', 'exercises'),
    path.join(submissions, 'linked exercises', 'exercises'),
  )
  mkdirSync(path.join(submissions, 'linked exercise', 'exercises'), { recursive: true })
  symlinkSync(
    path.join(submissions, 'honest', 'exercises', SLUG),
    path.join(submissions, 'linked exercise', 'exercises', SLUG),
  )
  // A link that stays inside the submission is its own business.
  mkdirSync(path.join(submissions, 'link inside', 'course'), { recursive: true })
  copyOf(path.join(submissions, 'link inside'), 'course', 'solution')
  symlinkSync(path.join('course', 'exercises'), path.join(submissions, 'link inside', 'exercises'))

  book = await grade({
    course,
    exercises: [exercise],
    submissions: listSubmissions(submissions),
    testTimeoutMs: 5000,
    memoryMb: 128,
    jobs: 2,
  })
  writeGradebook(out, book, course.title, [])
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('each intake problem is that student alone', () => {
  it('the honest student gets every point', () => {
    expect(student('honest').total).toBe(exercise.points)
  })

  it.each([
    ['corrupt', /corrupt\.zip is not a zip that can be read/],
    ['nul in a name', /control character \(such as NUL\)/],
    ['too deep', /nested too deep/],
    ['zip bomb', /bomb\.ts is larger than 1 MB/],
    ['tens of thousands of files', /more than 2000 files/],
    ['linked exercises', /src is a link to a folder outside the submission/],
    ['linked exercise', /exercises\/01-iterables-and-iterators\/src is a link to a folder outside/],
  ])('%s: refused, with the reason in their feedback and a 0 in their row', (name, message) => {
    expect(student(name).total).toBe(0)
    expect(reason(name)).toMatch(message)
    const folder = path.join(out, name)
    expect(readFileSync(path.join(folder, 'feedback.md'), 'utf8')).toContain('refused')
  })

  it.each(['file and folder of one name', 'long name', 'link inside'])(
    '%s: nothing a file system would trip on is written, so it is graded',
    (name) => {
      expect(student(name).total).toBe(exercise.points)
    },
  )

  it('Alice and alice.zip are two students with two folders, on any file system', () => {
    expect(student('Alice').total).toBe(exercise.points)
    expect(student('alice').total).toBe(0)
    const info = JSON.parse(readFileSync(path.join(out, 'grading.json'), 'utf8'))
    expect(info.folders).toEqual({ alice: 'alice (2)' })
    expect(readFileSync(path.join(out, 'alice (2)', 'feedback.md'), 'utf8')).toContain('alice')
  })
})
