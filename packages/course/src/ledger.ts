/**
 * The rules ledger: every rule an exercise's README states, the tests that name it and the
 * mistakes that break it. A README numbers its rules under each task:
 *
 *     ### 3. find
 *     - **3.1** returns the first value the predicate accepts
 *     - **3.2** closes the source when it stops early, also when the predicate throws
 *
 * a test names the rules it checks at the start of its title, inside its task's describe block:
 * `describe('3. find', …)` and `it('3.2 closes the source when the predicate throws', …)`; a
 * mistake's first line says the one rule it breaks: `// Breaks 3.2: closes only on break`.
 *
 * Pure, so the browser's exercise runner can use it too (`@iterlings/course/ledger`).
 */

export interface Rule {
  /** "3.2": the task's number, then the rule's. */
  id: string
  task: number
  /** The rule as the README states it, one line. */
  text: string
}

export interface Task {
  number: number
  /** The heading without its number: "find". */
  title: string
  rules: Rule[]
}

const TASK_HEADING = /^###\s+(\d+)\.\s+(.+?)\s*$/
const RULE_ITEM = /^-\s+\*\*(\d+)\.(\d+)\*\*\s+(.*)$/
const CONTINUATION = /^\s{2,}\S/

/** The tasks of a README's "## Tasks" section, in order, each with its numbered rules. */
export function parseLedger(readme: string): Task[] {
  const tasks: Task[] = []
  let inTasks = false
  let rule: Rule | undefined
  for (const line of readme.split(/\r?\n/)) {
    if (/^##\s/.test(line)) {
      inTasks = /^##\s+Tasks\s*$/.test(line)
      rule = undefined
      continue
    }
    if (!inTasks) continue
    const heading = TASK_HEADING.exec(line)
    if (heading) {
      tasks.push({ number: Number(heading[1]), title: heading[2] as string, rules: [] })
      rule = undefined
      continue
    }
    const task = tasks.at(-1)
    const item = RULE_ITEM.exec(line)
    if (task && item) {
      const [, taskPart, rulePart, text] = item as unknown as [string, string, string, string]
      const id = `${Number(taskPart)}.${Number(rulePart)}`
      if (Number(taskPart) !== task.number)
        throw new Error(`rule ${id} sits under task ${task.number}: number it ${task.number}.<n>`)
      if (task.rules.some((existing) => existing.id === id))
        throw new Error(`rule ${id} is stated twice`)
      rule = { id, task: task.number, text: text.trim() }
      task.rules.push(rule)
    } else if (rule && CONTINUATION.test(line)) {
      rule.text += ` ${line.trim()}`
    } else {
      rule = undefined
    }
  }
  return tasks
}

export interface TestPlace {
  /** From the top-level describe block, "3. find". */
  task?: number
  /** The rule ids that start the test's own title: "3.2" or "3.2, 3.3". */
  rules: string[]
}

const TASK_NAME = /^(\d+)\.\s/
const RULE_IDS = /^(\d+\.\d+(?:,\s*\d+\.\d+)*)\s/

/**
 * Where a test sits in the ledger, from its full name: the describe blocks and the title, joined
 * by " › " (or vitest's " > ").
 */
export function placeOfTest(fullName: string): TestPlace {
  const parts = fullName.split(/ › | > /)
  const taskMatch = parts.length > 1 ? TASK_NAME.exec(parts[0] as string) : null
  const title = parts.at(-1) as string
  const ids = RULE_IDS.exec(title)
  return {
    ...(taskMatch && { task: Number(taskMatch[1]) }),
    rules: ids ? (ids[1] as string).split(/,\s*/) : [],
  }
}

/** The rule a mistake breaks, from its first line: `// Breaks 3.2: what the learner wrote`. */
export function ruleOfMistake(source: string): string | undefined {
  return /^\/\/\s*Breaks\s+(\d+\.\d+):/.exec(source)?.[1]
}

/**
 * Orders tests as the README reads: by task, then by rule, then as they ran. Tests outside any
 * task (a load error) come first, since nothing else can pass until they are fixed.
 */
export function byTaskOrder<T extends { name: string }>(tests: readonly T[]): T[] {
  const key = (test: T) => {
    const place = placeOfTest(test.name)
    const [rule = ''] = place.rules
    return [place.task ?? -1, Number(rule.split('.')[1] ?? -1)]
  }
  return tests
    .map((test, index) => ({ test, index, key: key(test) }))
    .sort(
      (a, b) =>
        (a.key[0] as number) - (b.key[0] as number) ||
        (a.key[1] as number) - (b.key[1] as number) ||
        a.index - b.index,
    )
    .map(({ test }) => test)
}
