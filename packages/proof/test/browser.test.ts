import { keepVerdicts } from '@iterlings/run'
import { describe, expect, it } from 'vitest'
import { compareWithBrowser } from '../src/browser.ts'

const vitest = keepVerdicts([
  {
    target: 'solution',
    tests: [
      { name: '1. a › 1.1 x', status: 'passed' },
      { name: '1. a › 1.2 y', status: 'passed' },
    ],
  },
  {
    target: 'mistakes/m.ts',
    tests: [
      { name: '1. a › 1.1 x', status: 'passed' },
      { name: '1. a › 1.2 y', status: 'failed' },
    ],
  },
])

describe('the browser column', () => {
  it('agrees where every verdict of every target is the same', () => {
    expect(compareWithBrowser('01-x', vitest, vitest)).toEqual({
      agreed: 2,
      targets: 2,
      needNode: 0,
      problems: [],
    })
  })

  it('names the target and the test where a verdict differs, a target not run, a test too many', () => {
    const browser = keepVerdicts([
      {
        target: 'solution',
        tests: [
          { name: '1. a › 1.1 x', status: 'passed' },
          { name: '1. a › 1.2 y', status: 'passed' },
          { name: '1. a › 1.3 z', status: 'passed' },
        ],
      },
      {
        target: 'mistakes/other.ts',
        tests: [{ name: '1. a › 1.1 x', status: 'passed' }],
      },
    ])
    const { agreed, targets, problems } = compareWithBrowser('01-x', vitest, browser)
    expect({ agreed, targets }).toEqual({ agreed: 0, targets: 2 })
    expect(problems).toEqual([
      "exercises/01-x: on solution, the browser (the site's exercise panel) ran `1. a › 1.3 z`, which vitest did not",
      "exercises/01-x: mistakes/m.ts did not run in the browser (the site's exercise panel); make the panel agree (docs/.vitepress/theme/exercise/worker.ts), then run the docs tests",
    ])
    const flipped = keepVerdicts([
      { target: 'solution', tests: [{ name: '1. a › 1.1 x', status: 'failed' }] },
    ])
    expect(compareWithBrowser('01-x', vitest, flipped).problems[0]).toBe(
      "exercises/01-x: on solution, `1. a › 1.1 x` is passed under vitest but failed in the browser (the site's exercise panel); make the panel agree (docs/.vitepress/theme/exercise/worker.ts), then run the docs tests",
    )
  })

  it('says once that a target ran no test, and leaves out the targets that need Node', () => {
    const browser = {
      ...keepVerdicts([
        { target: 'solution', tests: [] },
        { target: 'mistakes/other.ts', tests: [] },
      ]),
      needNode: { 'mistakes/m.ts': 'node:readline' },
    }
    expect(compareWithBrowser('01-x', vitest, browser)).toEqual({
      agreed: 0,
      targets: 1,
      needNode: 1,
      problems: [
        "exercises/01-x: on solution, the browser (the site's exercise panel) ran no test where vitest ran 2; make the panel agree (docs/.vitepress/theme/exercise/worker.ts), then run the docs tests",
      ],
    })
  })
})
