/**
 * The panel's hints: one at a time, for the task that fails first, as the CLI's `h` gives them
 * (@iterlings/run's nextHint chooses for both). How many of each task's hints were seen is kept per
 * exercise (progress.ts), so the ones already seen show again after a reload, and a hint is
 * never spent while the tests cannot run.
 */
import type { TaskHints } from '@iterlings/course'
import { firstFailure, hintsOfTask, nextHint, type RunOutcome } from '@iterlings/run'
import { element } from '../try-it/element.ts'
import { hintNodes } from './hint-text.ts'
import { hintsSeen, setHintsSeen } from './progress.ts'

export interface HintsView {
  readonly element: HTMLElement
  /** Shows the hints seen for the run's failing task, and the button for one more. */
  show(outcome: RunOutcome | undefined, finished: boolean): void
}

export function createHintsView(slug: string, all: TaskHints[]): HintsView {
  const container = element('div', 'exercise-panel-hints')
  const button = element('button', 'exercise-hint-button')
  const notice = element('p', 'exercise-hint-notice')
  notice.setAttribute('role', 'status')
  let current: { outcome: RunOutcome; finished: boolean } | undefined

  const seen = (task: string) => hintsSeen(slug)[task] ?? 0
  function render(): void {
    container.replaceChildren()
    if (!current) return
    const failure = firstFailure(current.outcome)
    const task = failure?.kind === 'test' ? failure.test.task : undefined
    const hints = task === undefined || current.finished ? undefined : hintsOfTask(all, task)
    if (!hints || hints.hints.length === 0) return
    const shown = Math.min(seen(hints.task), hints.hints.length)
    const total = hints.hints.length
    if (shown > 0) {
      const list = element('ol', 'exercise-hint-list')
      for (const hint of hints.hints.slice(0, shown))
        list.append(element('li', 'exercise-hint', ...hintNodes(hint)))
      container.append(
        element('p', 'exercise-hint-title', `Hints for ${hints.task} (${shown} of ${total}):`),
        list,
      )
    }
    if (shown < total) {
      button.textContent =
        shown === 0 ? `Show a hint for task ${hints.task}` : `Show hint ${shown + 1} of ${total}`
      container.append(button)
    } else {
      container.append(element('p', 'exercise-hint-last', 'That was the last hint for this task.'))
    }
  }

  button.addEventListener('click', () => {
    if (!current) return
    const answer = nextHint(all, current.outcome, seen, current.finished)
    if ('notice' in answer) {
      notice.textContent = answer.notice
      return container.replaceChildren(notice)
    }
    setHintsSeen(slug, answer.hints.task, answer.seen)
    render()
    // The focus moves to the new hint, so it is read out; the button for the next one follows it.
    const added = container.querySelector<HTMLElement>('.exercise-hint:last-child')
    added?.setAttribute('tabindex', '-1')
    added?.focus()
  })

  return {
    element: container,
    show(outcome, finished) {
      current = outcome && { outcome, finished }
      render()
    },
  }
}
