/** Watch mode's state machine: every key in every mode, results, file changes, the start. */
import { describe, expect, it } from 'vitest'
import pc from 'picocolors'
import { update, visibleRows, type Mode, type State } from '../src/watch/state.ts'
import { screenLines } from '../src/watch/view.ts'
import {
  clean,
  EXERCISES,
  failingFrom,
  fresh,
  info,
  loadError,
  passing,
  press,
  step,
  stopped,
  test,
  typeError,
  watching,
} from './watch-fixtures.ts'

describe('starting', () => {
  it('opens the exercise it is told to, watches it and remembers it', () => {
    const { state, effects } = update(fresh(), { type: 'start', open: '02-b' })
    expect(state.current).toBe('02-b')
    expect(state.phase).toBe('watching')
    expect(effects).toEqual([
      { type: 'watch', slug: '02-b' },
      { type: 'remember', slug: '02-b' },
      { type: 'run-tests', slug: '02-b', changed: [] },
      { type: 'check-types', slug: '02-b' },
    ])
  })

  it('runs nothing that its cached result already answers', () => {
    const { effects } = update(watching(1), { type: 'start', open: '01-a' })
    expect(effects.map(({ type }) => type)).toEqual(['watch', 'remember'])
  })

  it('without one, checks exercises in order and opens the first that fails', () => {
    let next = update(fresh(), { type: 'start' })
    expect(next.state.phase).toBe('checking')
    expect(next.state.checking).toBe('01-a')
    next = step(
      next.state,
      { type: 'tests-done', slug: '01-a', outcome: passing, entryMissing: false },
      { type: 'types-done', slug: '01-a', report: clean },
    )
    expect(next.state.checking, 'finished, so on to the next').toBe('02-b')
    next = update(next.state, {
      type: 'tests-done',
      slug: '02-b',
      outcome: failingFrom(2),
      entryMissing: false,
    })
    expect(next.state.current).toBe('02-b')
    expect(next.state.phase).toBe('watching')
    expect(next.state.runs.typesRunning, "its type check is still this exercise's").toBe(true)
  })

  it('opens an exercise whose tests pass but whose types do not', () => {
    const next = step(update(fresh(), { type: 'start' }).state, {
      type: 'types-done',
      slug: '01-a',
      report: typeError,
    })
    expect(next.state.current).toBe('01-a')
  })

  it('waits for both answers when the types come first', () => {
    const next = step(
      update(fresh(), { type: 'start' }).state,
      { type: 'types-done', slug: '01-a', report: clean },
      { type: 'tests-done', slug: '01-a', outcome: passing, entryMissing: false },
    )
    expect(next.state.checking).toBe('02-b')
  })

  it('skips exercises not in this copy, and is all done after the last', () => {
    const results = Object.fromEntries(
      ['01-a', '02-b', '04-d'].map((slug) => [slug, { tests: passing, types: clean }]),
    )
    const { state, effects } = update(fresh({ results }), { type: 'start' })
    expect(state.phase).toBe('all-done')
    expect(state.current).toBeUndefined()
    expect(effects).toEqual([{ type: 'watch' }])
  })
})

describe('results', () => {
  it('a save runs the tests and the types; a save during a run runs them once more after', () => {
    const start = watching(1)
    let next = update(start, { type: 'files-changed', slug: '01-a', files: ['/x.ts'] })
    expect(next.effects).toEqual([
      { type: 'run-tests', slug: '01-a', changed: ['/x.ts'] },
      { type: 'check-types', slug: '01-a' },
    ])
    next = update(next.state, { type: 'files-changed', slug: '01-a', files: ['/y.ts'] })
    expect(next.effects, 'both still running').toEqual([])
    next = update(next.state, {
      type: 'tests-done',
      slug: '01-a',
      outcome: failingFrom(2),
      entryMissing: false,
    })
    expect(next.effects).toEqual([{ type: 'run-tests', slug: '01-a', changed: ['/y.ts'] }])
    next = update(next.state, { type: 'types-done', slug: '01-a', report: clean })
    expect(next.effects).toEqual([{ type: 'check-types', slug: '01-a' }])
  })

  it('runs what a save still wanted for the exercise it leaves', () => {
    let next = update(watching('none'), { type: 'files-changed', slug: '01-a', files: ['/x.ts'] })
    next = update(next.state, { type: 'files-changed', slug: '01-a', files: ['/y.ts'] })
    next = update(next.state, { type: 'key', key: 'n' })
    expect(next.state.current).toBe('02-b')
    expect(next.effects.slice(0, 2)).toEqual([
      { type: 'run-tests', slug: '01-a', changed: ['/y.ts'] },
      { type: 'check-types', slug: '01-a' },
    ])
  })

  it("ignores changes to another exercise's files, and saves in manual mode", () => {
    expect(update(watching(1), { type: 'files-changed', slug: '02-b', files: [] }).effects).toEqual(
      [],
    )
    const manual = { ...watching(1), config: { ...watching(1).config, manual: true } }
    expect(update(manual, { type: 'files-changed', slug: '01-a', files: [] }).effects).toEqual([])
  })

  it('keeps a result for another exercise without making it current', () => {
    const { state } = update(watching(1), {
      type: 'tests-done',
      slug: '02-b',
      outcome: passing,
      entryMissing: false,
    })
    expect(state.current).toBe('01-a')
    expect(state.results['02-b']?.tests).toBe(passing)
  })

  it('shows the first type error as soon as it is found', () => {
    const { state } = update(watching('none'), {
      type: 'types-early',
      slug: '01-a',
      report: { ...typeError, complete: false },
    })
    expect(state.results['01-a']?.types?.first?.message).toBe('bad type')
  })

  it('drops a notice once every test passes, and a hint once its task passes', () => {
    let { state } = press(watching(1), 'h')
    expect(state.hint).toBe(1)
    state = press(state, 'n').state
    expect(state.notice).toMatch(/Not done yet/)
    state = update(state, {
      type: 'tests-done',
      slug: '01-a',
      outcome: failingFrom(3),
      entryMissing: false,
    }).state
    expect(state.hint, 'task 3 fails now, and no hint of it was seen').toBeUndefined()
    state = update(state, {
      type: 'tests-done',
      slug: '01-a',
      outcome: passing,
      entryMissing: false,
    }).state
    expect(state.notice).toBeUndefined()
  })

  it('says a runner failure, and can run again', () => {
    const running = update(watching(1), { type: 'files-changed', slug: '01-a', files: [] }).state
    const { state } = update(running, {
      type: 'run-failed',
      slug: '01-a',
      what: 'tests',
      message: 'the test runner stopped',
    })
    expect(state.notice).toBe('the test runner stopped')
    expect(state.runs.testsRunning).toBe(false)
  })

  it('notes a missing src/index.ts', () => {
    const { state } = update(watching(1), {
      type: 'tests-done',
      slug: '01-a',
      outcome: loadError,
      entryMissing: true,
    })
    expect(state.entryMissing).toBe(true)
  })
})

describe('keys while watching an exercise', () => {
  it('h shows one more hint of the first failing task, and saves the count', () => {
    let next = press(watching(2), 'h')
    expect(next.state.hint).toBe(2)
    expect(next.effects).toEqual([{ type: 'save-hints', slug: '01-a', task: '2. two', seen: 1 }])
    next = press(next.state, 'h')
    expect(next.effects, 'no more than there are').toEqual([
      { type: 'save-hints', slug: '01-a', task: '2. two', seen: 1 },
    ])
  })

  it.each([
    ['a load error', loadError],
    ['a run stopped by the time limit', stopped],
  ])('h spends no hint on %s', (_, outcome) => {
    const state = watching(1, { results: { '01-a': { tests: outcome, types: clean } } })
    const next = press(state, 'h')
    expect(next.effects).toEqual([])
    expect(next.state.hint).toBeUndefined()
    expect(next.state.notice).toMatch(/No hint yet: the tests could not run/)
  })

  it('h has no hint for a finished exercise, nor before the first result', () => {
    expect(press(watching('none'), 'h').state.notice).toBe('Every test passes: no hint needed.')
    const early = watching(1, { results: {} })
    expect(press(early, 'h').state.notice).toMatch(/still running/)
  })

  it('h says only the type error is left when the tests pass', () => {
    const state = watching(1, { results: { '01-a': { tests: passing, types: typeError } } })
    expect(press(state, 'h').state.notice).toMatch(/type error above is what is left/)
  })

  it('n refuses while tests fail or types do not hold, and opens the next unfinished one', () => {
    expect(press(watching(1), 'n').state.notice).toBe(
      'Not done yet: make every test pass, then press n.',
    )
    const typed = watching(1, { results: { '01-a': { tests: passing, types: typeError } } })
    expect(press(typed, 'n').state.notice).toBe('Not done yet: fix the type errors, then press n.')
    const next = press(watching('none'), 'n')
    expect(next.state.current).toBe('02-b')
    expect(next.effects.map(({ type }) => type)).toEqual([
      'watch',
      'remember',
      'run-tests',
      'check-types',
    ])
  })

  it('n after the last unfinished one is all done', () => {
    const results = Object.fromEntries(
      ['01-a', '02-b', '04-d'].map((slug) => [slug, { tests: passing, types: clean }]),
    )
    const { state } = press(watching('none', { results }), 'n')
    expect(state.phase).toBe('all-done')
  })

  it('l opens the list at the current exercise', () => {
    const { state } = press(watching(1, { current: '02-b' }), 'l')
    expect(state.mode).toEqual({
      name: 'list',
      cursor: 1,
      filter: 'all',
      search: '',
      typing: false,
    })
  })

  it('r asks before it resets', () => {
    const { state, effects } = press(watching(1), 'r')
    expect(state.mode).toEqual({ name: 'confirm-reset', slug: '01-a', from: 'exercise' })
    expect(effects).toEqual([])
  })

  it('s shows the solution only once the exercise is done, and only where there is one', () => {
    expect(press(watching(1), 's').state.notice).toMatch(/once every test passes/)
    expect(press(watching('none'), 's').effects).toEqual([{ type: 'show-solution', slug: '01-a' }])
    const without = watching('none', {
      exercises: [info('01-a', { hasSolution: false }), ...EXERCISES.slice(1)],
    })
    expect(press(without, 's').state.notice).toMatch(/no model solutions/)
  })

  it('e opens the editor at the first failure, or says how to set one', () => {
    const failing = watching(1, {
      results: {
        '01-a': {
          tests: {
            ...failingFrom(1),
            tests: [
              {
                ...test('1. t › a', 'failed', 1),
                where: { file: '/c/a.ts', line: 4, column: 2 },
              },
            ],
          },
          types: clean,
        },
      },
    })
    expect(press(failing, 'e').effects).toEqual([
      { type: 'edit', slug: '01-a', file: '/c/a.ts', line: 4, column: 2 },
    ])
    const typed = watching(1, { results: { '01-a': { tests: passing, types: typeError } } })
    expect(press(typed, 'e').effects).toEqual([
      { type: 'edit', slug: '01-a', file: '/c/exercises/a/src/index.ts', line: 3, column: 7 },
    ])
    const noEditor = { ...failing, config: { ...failing.config, editor: false } }
    expect(press(noEditor, 'e').state.notice).toMatch(/Set \$EDITOR/)
  })

  it('Enter reruns in manual mode only', () => {
    expect(press(watching(1), 'enter').effects).toEqual([])
    const manual = { ...watching(1), config: { ...watching(1).config, manual: true } }
    expect(press(manual, 'enter').effects.map(({ type }) => type)).toEqual([
      'run-tests',
      'check-types',
    ])
  })

  it('q and Ctrl-C quit', () => {
    for (const key of ['q', 'ctrl-c']) {
      const { state, effects } = press(watching(1), key)
      expect(state.phase).toBe('quit')
      expect(effects).toEqual([{ type: 'watch' }, { type: 'quit' }])
    }
  })

  it('a key clears the last notice', () => {
    const noticed = press(watching(1), 'n').state
    expect(press(noticed, 'x').state.notice).toBeUndefined()
  })
})

describe('keys in the reset question', () => {
  const asking = (from: 'exercise' | 'list') =>
    press(watching(1), ...(from === 'list' ? ['l', 'j', 'r'] : ['r'])).state

  it('y resets the exercise asked about and goes back where it came from', () => {
    let next = press(asking('exercise'), 'y')
    expect(next.effects).toEqual([{ type: 'reset', slug: '01-a' }])
    expect(next.state.mode.name).toBe('exercise')
    next = press(asking('list'), 'y')
    expect(next.effects).toEqual([{ type: 'reset', slug: '02-b' }])
    expect(next.state.mode.name).toBe('list')
  })

  it.each(['n', 'q', 'escape', 'enter', 'x'])('%s keeps the code and says so', (key) => {
    const { state, effects } = press(asking('exercise'), key)
    expect(effects).toEqual([])
    expect(state.phase, 'q answers the question, it does not quit').toBe('watching')
    expect(state.notice).toBe('Reset cancelled: your code is as it was.')
  })

  it('reports the reset, and reruns in manual mode', () => {
    const done = update(asking('exercise'), {
      type: 'reset-done',
      slug: '01-a',
      files: ['exercises/01-a/src/index.ts'],
    })
    expect(done.state.notice).toBe('Reset exercises/01-a/src/index.ts to the starter.')
    expect(done.effects, 'the file watcher sees the change').toEqual([])
    const manual = { ...asking('exercise'), config: { ...watching(1).config, manual: true } }
    expect(
      update(manual, { type: 'reset-done', slug: '01-a', files: ['a', 'b'] }).effects.map(
        ({ type }) => type,
      ),
    ).toEqual(['run-tests', 'check-types'])
  })
})

describe('keys in the list', () => {
  const listing = (patch: Partial<State> = {}) => press(watching(1, patch), 'l').state
  const cursor = (state: State) => (state.mode as Extract<Mode, { name: 'list' }>).cursor

  it('moves with arrows and j/k, a page at a time, to either end, and stays inside', () => {
    let state = listing()
    state = press(state, 'down', 'j').state
    expect(cursor(state)).toBe(2)
    state = press(state, 'up').state
    expect(cursor(state)).toBe(1)
    state = press(state, 'k', 'k', 'k').state
    expect(cursor(state)).toBe(0)
    expect(cursor(press(state, 'page-down').state)).toBe(3)
    expect(cursor(press(state, 'end').state)).toBe(3)
    expect(cursor(press(state, 'G').state)).toBe(3)
    expect(cursor(press(state, 'end', 'page-up').state)).toBe(0)
    expect(cursor(press(state, 'end', 'home').state)).toBe(0)
    expect(cursor(press(state, 'end', 'g').state)).toBe(0)
  })

  it('Enter (or c) opens the selected exercise, and goes back for the current one', () => {
    let next = press(listing(), 'j', 'enter')
    expect(next.state.current).toBe('02-b')
    expect(next.state.mode.name).toBe('exercise')
    expect(next.effects[0]).toEqual({ type: 'watch', slug: '02-b' })
    next = press(listing(), 'j', 'c')
    expect(next.state.current).toBe('02-b')
    next = press(listing(), 'enter')
    expect(next.state.mode.name).toBe('exercise')
    expect(next.effects).toEqual([])
  })

  it('Enter on an exercise not in this copy says so', () => {
    const { state } = press(listing(), 'j', 'j', 'enter')
    expect(state.current).toBe('01-a')
    expect(state.notice).toBe('03-c is not in this copy of the course yet.')
  })

  it('d and p filter done and pending (again: all), a shows all', () => {
    const results = { '01-a': { tests: passing, types: clean } }
    const state = press(watching('none', { results }), 'l').state
    const slugs = (next: State) =>
      visibleRows(next, next.mode as Extract<Mode, { name: 'list' }>).map(({ slug }) => slug)
    expect(slugs(press(state, 'd').state)).toEqual(['01-a'])
    expect(slugs(press(state, 'p').state)).toEqual(['02-b', '03-c', '04-d'])
    expect(slugs(press(state, 'd', 'd').state)).toHaveLength(4)
    expect(slugs(press(state, 'p', 'a').state)).toHaveLength(4)
  })

  it('/ (or s) searches slugs and titles as you type; Enter keeps it, Esc clears it', () => {
    const state = listing()
    const typed = press(state, '/', '0', '4').state
    const mode = typed.mode as Extract<Mode, { name: 'list' }>
    expect(mode.typing).toBe(true)
    expect(visibleRows(typed, mode).map(({ slug }) => slug)).toEqual(['04-d'])
    expect(press(typed, 'q').state.mode, 'q is a letter while typing').toMatchObject({
      search: '04q',
    })
    expect(press(typed, 'backspace').state.mode).toMatchObject({ search: '0' })
    expect(press(typed, 'enter').state.mode).toMatchObject({ search: '04', typing: false })
    expect(press(typed, 'escape').state.mode).toMatchObject({ search: '', typing: false })
    expect(press(state, 's', 'space').state.mode).toMatchObject({ search: ' ' })
    const title = press(state, 's', ...'title of 02'.split('')).state
    expect(visibleRows(title, title.mode as Extract<Mode, { name: 'list' }>)).toHaveLength(1)
    expect(press(typed, 'down').state.mode, 'arrows still move').toMatchObject({ typing: true })
  })

  it('r asks to reset the selected exercise', () => {
    const { state } = press(listing(), 'j', 'r')
    expect(state.mode).toEqual({ name: 'confirm-reset', slug: '02-b', from: 'list' })
    expect(press(listing(), 'j', 'j', 'r').state.mode.name, 'none to reset there').toBe('list')
  })

  it.each(['q', 'escape'])('%s goes back to the exercise, without quitting', (key) => {
    const { state, effects } = press(listing(), key)
    expect(state.mode.name).toBe('exercise')
    expect(state.phase).toBe('watching')
    expect(effects).toEqual([])
  })

  it('Ctrl-C quits from the list too', () => {
    expect(press(listing(), 'ctrl-c').state.phase).toBe('quit')
  })
})

describe('keys in the solution view', () => {
  const lines = Array.from({ length: 100 }, (_, index) => `line ${index}`)
  const showing = () =>
    update(watching('none'), { type: 'solution', lines }).state as State & {
      mode: Extract<Mode, { name: 'solution' }>
    }
  const scroll = (state: State) => (state.mode as Extract<Mode, { name: 'solution' }>).scroll

  it('scrolls by a line and a page, within the diff', () => {
    expect(scroll(press(showing(), 'down', 'j').state)).toBe(2)
    expect(scroll(press(showing(), 'j', 'up').state)).toBe(0)
    expect(scroll(press(showing(), 'k').state)).toBe(0)
    expect(scroll(press(showing(), 'space').state)).toBe(36)
    expect(scroll(press(showing(), 'page-down', 'page-up').state)).toBe(0)
    expect(scroll(press(showing(), ...Array<string>(9).fill('space')).state)).toBe(64)
  })

  it.each(['q', 'escape', 's'])('%s goes back to the exercise', (key) => {
    expect(press(showing(), key).state.mode.name).toBe('exercise')
  })
})

describe('every key in every mode', () => {
  const context = { look: { style: pc.createColors(false), links: false, root: '/c' } }
  const KEYS = [
    ...'abcdefghijklmnopqrstuvwxyzGY/ 0'.split(''),
    ...['up', 'down', 'left', 'right', 'page-up', 'page-down', 'home', 'end'],
    ...['enter', 'escape', 'backspace', 'tab', 'space', 'ctrl-c'],
  ]
  const MODES = {
    checking: () => update(fresh(), { type: 'start' }).state,
    'all done': () =>
      update(
        fresh({
          results: Object.fromEntries(
            ['01-a', '02-b', '04-d'].map((slug) => [slug, { tests: passing, types: clean }]),
          ),
        }),
        { type: 'start' },
      ).state,
    exercise: () => watching(1),
    'exercise, done': () => watching('none'),
    'reset question': () => press(watching(1), 'r').state,
    list: () => press(watching(1), 'l').state,
    'list, searching': () => press(watching(1), 'l', '/').state,
    solution: () => update(watching('none'), { type: 'solution', lines: ['a'] }).state,
  } satisfies Record<string, () => State>
  const modes = Object.keys(MODES) as Array<keyof typeof MODES>

  it.each(modes)('in %s, each key gives a state the view can draw', (mode) => {
    for (const key of KEYS) {
      const { state, effects } = press(MODES[mode](), key)
      expect(['checking', 'watching', 'all-done', 'quit']).toContain(state.phase)
      expect(screenLines(state, context).at(-1), `${key}: the screen ends with its keys`).toMatch(
        /quit|back|keep them|search|Esc/,
      )
      if (key === 'ctrl-c') expect(effects.at(-1)).toEqual({ type: 'quit' })
      for (const effect of effects) expect(effect.type).toMatch(/^[a-z-]+$/)
    }
  })

  it.each(modes)('in %s, only q or Ctrl-C quits', (mode) => {
    const quits = KEYS.filter((key) => press(MODES[mode](), key).state.phase === 'quit')
    const expected =
      mode.startsWith('exercise') || mode === 'checking' || mode === 'all done'
        ? ['q', 'ctrl-c']
        : ['ctrl-c']
    expect(quits).toEqual(expected)
  })
})

describe('other events', () => {
  it('keeps the window size and the docs address', () => {
    let { state } = update(watching(1), { type: 'resize', columns: 60, rows: 20 })
    expect(state.size).toEqual({ columns: 60, rows: 20 })
    state = update(state, { type: 'docs', url: 'http://localhost:5173/' }).state
    expect(state.docsUrl).toBe('http://localhost:5173/')
    expect(update(state, { type: 'docs', error: 'no vitepress' }).state.notice).toBe('no vitepress')
  })

  it('a signal quits', () => {
    expect(update(watching(1), { type: 'signal' }).effects.at(-1)).toEqual({ type: 'quit' })
  })

  it('counts notices, so the same one twice is news', () => {
    const once = press(watching(1), 'n').state
    const twice = press(once, 'n').state
    expect(twice.notice).toBe(once.notice)
    expect(twice.serial).toBeGreaterThan(once.serial)
  })
})
