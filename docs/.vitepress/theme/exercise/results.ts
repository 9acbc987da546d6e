/**
 * What a run of the exercise's tests says, as the panel shows it: the count, why the run stopped
 * or the first failure in task order (the CLI's order: an error outside the tests first), then
 * the tests of each task, passed and failed, so a student sees which tasks are behind them.
 */
import { firstFailure, isDone, tasksOf, type RunOutcome } from '@iterlings/run'
import type { Diagnostic } from '../try-it/messages.ts'
import { element } from '../try-it/element.ts'

export function summary(outcome: RunOutcome): string {
  const count = (status: string) => outcome.tests.filter((test) => test.status === status).length
  const notRun = outcome.stop?.notRun.length ?? 0
  return `${count('passed')} passed, ${count('failed')} failed${notRun ? `, ${notRun} not run` : ''}`
}

// A long message scrolls inside its box: the keyboard must reach it too.
const text = (message: string) =>
  Object.assign(element('pre', 'exercise-panel-message', message), { tabIndex: 0 })

/** The stop, or the first failure and its message; nothing when every test passes. */
export function failureLines(outcome: RunOutcome): HTMLElement[] {
  const lines: HTMLElement[] = []
  if (outcome.stop) lines.push(element('p', 'exercise-panel-stop', outcome.stop.detail))
  const failure = firstFailure(outcome)
  if (failure?.kind === 'error') {
    const { file, message } = failure.error
    lines.push(text(file ? `${file}: ${message}` : message))
  } else if (failure && failure.test.message !== outcome.stop?.detail) {
    const { task, name, message = '' } = failure.test
    lines.push(
      element('p', 'exercise-panel-failure', `First failure, task ${task ?? '?'}: ${name}`),
      text(message),
    )
  }
  return lines
}

/** Where the exercise stands once the tests passed: waiting for the types, or done. */
export function doneLine(outcome: RunOutcome, types: Diagnostic[] | 'checking' | 'unavailable') {
  if (!isDone(outcome)) return []
  const words =
    types === 'checking'
      ? 'Every test passes. Checking the types…'
      : types === 'unavailable'
        ? 'Every test passes. The types could not be checked here: run pnpm typecheck to be sure.'
        : types.length === 0
          ? 'Every test passes and the types check: the exercise is done.'
          : 'Every test passes: the type error below is what is left.'
  return [element('p', 'exercise-panel-done', words)]
}

/** The first type error, as the CLI shows it after the test results: its line and message. */
export function typeErrorLines(diagnostics: Diagnostic[]): HTMLElement[] {
  const [first] = diagnostics
  if (!first) return []
  const count = diagnostics.length > 1 ? ` (1 of ${diagnostics.length})` : ''
  return [
    element('p', 'exercise-panel-type-title', `Type error${count}:`),
    text(`src/index.ts:${first.line}:${first.column}: ${first.message} (TS${first.code})`),
  ]
}

/** Each task's passed and failed tests, in task order, named by its describe block ("2. next"). */
export function taskList(outcome: RunOutcome): HTMLElement[] {
  const tallies = tasksOf(outcome)
  if (tallies.length === 0) return []
  const titles = new Map(outcome.tests.map((test) => [test.task, test.name.split(' › ')[0]]))
  const list = element('ul', 'exercise-panel-tasks')
  list.setAttribute('aria-label', 'Tests by task')
  for (const { task, passed, failed, skipped } of tallies) {
    const state = failed > 0 ? 'failed' : passed > 0 ? 'passed' : 'skipped'
    const mark = element(
      'span',
      'exercise-task-mark',
      state === 'passed' ? '✓' : state === 'failed' ? '✗' : '–',
    )
    mark.setAttribute('aria-hidden', 'true')
    const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
    const item = element(
      'li',
      'exercise-task',
      mark,
      element('span', 'exercise-task-title', titles.get(task) ?? `Task ${task}`),
      element('span', 'exercise-task-counts', counts),
    )
    item.dataset.state = state
    list.append(item)
  }
  return [list]
}
