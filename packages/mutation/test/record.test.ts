import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { readRecord } from '../src/record.ts'

const solution = 'export const one = () => 1\n'
const test = "it('is one', () => expect(one()).toBe(1))\n"
let exerciseDir: string
let recordFile: string

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(exerciseDir, file)), { recursive: true })
  writeFileSync(path.join(exerciseDir, file), text)
}

beforeEach(() => {
  exerciseDir = mkdtempSync(path.join(tmpdir(), 'mutation-record-'))
  write('solution/index.ts', solution)
  write('test/one.test.ts', test)
  write('test/types.test-d.ts', '// type tests are not run by Stryker')
  recordFile = path.join(exerciseDir, 'record.json')
  writeFileSync(
    recordFile,
    JSON.stringify({
      files: {
        'solution/index.ts': {
          source: solution,
          mutants: [
            {
              status: 'Survived',
              mutatorName: 'ArithmeticOperator',
              replacement: '-1',
              location: { start: { line: 1, column: 25 }, end: { line: 1, column: 26 } },
            },
          ],
        },
      },
      testFiles: { 'test/one.test.ts': { source: test } },
    }),
  )
})

describe('readRecord', () => {
  it('has no record for an exercise never mutated', () => {
    expect(readRecord(path.join(exerciseDir, 'none.json'), exerciseDir)).toBeUndefined()
  })

  it('reads every mutant with its file and line, and sees nothing changed', () => {
    expect(readRecord(recordFile, exerciseDir)).toEqual({
      mutants: [
        {
          status: 'Survived',
          mutatorName: 'ArithmeticOperator',
          replacement: '-1',
          file: 'solution/index.ts',
          line: 1,
        },
      ],
      changed: [],
    })
  })

  it('names a solution or test file whose source differs from the record', () => {
    write('solution/index.ts', 'export const one = () => 2 - 1\n')
    write('test/one.test.ts', `${test}it('is still one', () => expect(one()).toBe(1))\n`)
    expect(readRecord(recordFile, exerciseDir)?.changed.sort()).toEqual([
      'solution/index.ts',
      'test/one.test.ts',
    ])
  })

  it('names a test file added since the record was made', () => {
    write('test/more.test.ts', test)
    expect(readRecord(recordFile, exerciseDir)?.changed).toEqual(['test/more.test.ts'])
  })
})
