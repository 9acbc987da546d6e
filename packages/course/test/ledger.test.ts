import { describe, expect, it } from 'vitest'
import { byTaskOrder, parseLedger, placeOfTest, ruleOfMistake } from '../src/index.ts'

const readme = `# 03 · Looping

Some prose, and a list that is not a rule:

- **1.1** outside the tasks, so not a rule

## Tasks

### 1. sum

\`sum(values)\` adds them up.

- **1.1** returns 0 for an empty iterable
- **1.2** works on a one-shot iterator, and
  on an infinite one it never returns

### 2. first

- **2.1** pulls at most one value

## Next

- **2.2** after the tasks, so not a rule
`

describe('parseLedger', () => {
  it('reads the tasks and their rules, joining continued lines', () => {
    expect(parseLedger(readme)).toEqual([
      {
        number: 1,
        title: 'sum',
        rules: [
          { id: '1.1', task: 1, text: 'returns 0 for an empty iterable' },
          {
            id: '1.2',
            task: 1,
            text: 'works on a one-shot iterator, and on an infinite one it never returns',
          },
        ],
      },
      {
        number: 2,
        title: 'first',
        rules: [{ id: '2.1', task: 2, text: 'pulls at most one value' }],
      },
    ])
  })

  it('refuses a rule numbered for another task', () => {
    expect(() => parseLedger('## Tasks\n\n### 2. first\n\n- **3.1** wrong task\n')).toThrow(
      'rule 3.1 sits under task 2: number it 2.<n>',
    )
  })

  it('refuses a rule stated twice', () => {
    expect(() => parseLedger('## Tasks\n\n### 1. a\n\n- **1.1** x\n- **1.1** y\n')).toThrow(
      'rule 1.1 is stated twice',
    )
  })
})

describe('placeOfTest', () => {
  it('reads the task from the describe block and the rules from the title', () => {
    expect(placeOfTest('3. find › 3.2 closes the source')).toEqual({ task: 3, rules: ['3.2'] })
    expect(placeOfTest('3. find > 3.2, 3.4 closes it')).toEqual({ task: 3, rules: ['3.2', '3.4'] })
  })

  it('finds no rule in a title that does not start with one', () => {
    expect(placeOfTest('3. find › closes the source after 3.2 s')).toEqual({ task: 3, rules: [] })
    expect(placeOfTest('test/a.test.ts could not load')).toEqual({ rules: [] })
  })
})

describe('ruleOfMistake', () => {
  it('reads the rule from the first line only', () => {
    expect(ruleOfMistake('// Breaks 3.2: closes only on break\nexport {}')).toBe('3.2')
    expect(ruleOfMistake('// Mistake: something\n// Breaks 3.2: later')).toBeUndefined()
  })
})

describe('byTaskOrder', () => {
  it('orders by task, then rule, then as the tests ran; tests outside a task first', () => {
    const names = [
      '3. c › 3.2 x',
      '1. a › 1.3 y',
      '3. c › 3.1 z',
      'a file could not load',
      '1. a › 1.3 w',
    ]
    expect(byTaskOrder(names.map((name) => ({ name }))).map(({ name }) => name)).toEqual([
      'a file could not load',
      '1. a › 1.3 y',
      '1. a › 1.3 w',
      '3. c › 3.1 z',
      '3. c › 3.2 x',
    ])
  })
})
