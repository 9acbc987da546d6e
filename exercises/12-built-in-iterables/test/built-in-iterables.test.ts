// Node 20 lacks Object.groupBy, Map.groupBy and the iterator helpers: this fills in, from core-js,
// what the running Node lacks (README: the exercise is the same on every Node).
import '@iterlings/platform'
import {
  infiniteSource,
  promiseState,
  settle,
  spySource,
  taskSpy,
  unhandledRejections,
} from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import {
  byExtension,
  byLength,
  firstTwo,
  formatSettings,
  loadAll,
  parseSettings,
  reachable,
} from '../src/index.ts'

/** A graph as a neighbours function that counts how often each node is asked about. */
function graph(edges: Record<string, string[]>) {
  const asked = new Map<string, number>()
  const neighbours = (node: string): string[] => {
    asked.set(node, (asked.get(node) ?? 0) + 1)
    if ((asked.get(node) ?? 0) > 50) throw new Error(`neighbours('${node}') was called 50 times`)
    return edges[node] ?? []
  }
  return { neighbours, asked }
}

/** Why reachable gave other nodes than `all`: some are missing, or every one came in another order. */
function reachedWhy(found: Iterable<string>, all: string[]) {
  const seen = new Set(found)
  return all.every((node) => seen.has(node))
    ? 'every node was found, in the wrong order: a stack (pop) goes deep first; the set itself, walked with for...of, visits its nodes in the order they were added, which is breadth-first'
    : 'the nodes two and three steps away are missing: loop over the set itself, not a copy ([...seen] is a snapshot; the live set also visits what you add to it)'
}

describe('1. reachable', () => {
  it('1.1 returns start and every node it reaches, breadth-first', () => {
    const { neighbours } = graph({ a: ['b', 'c'], b: ['d'], c: ['e'], d: ['f'] })
    const found = reachable('a', neighbours)
    expect(found instanceof Set, 'reachable returns a Set').toBe(true)
    const all = ['a', 'b', 'c', 'd', 'e', 'f']
    expect([...found], reachedWhy(found, all)).toEqual(all)
  })

  it('1.1 returns just start when it has no neighbours', () => {
    expect([...reachable(7, () => [])]).toEqual([7])
  })

  it('1.2 asks about each node once, however many paths lead to it', () => {
    // Two paths to d: a → b → d and a → c → d.
    const { neighbours, asked } = graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'] })
    const found = reachable('a', neighbours)
    const all = ['a', 'b', 'c', 'd', 'e']
    expect([...found], reachedWhy(found, all)).toEqual(all)
    expect(
      Object.fromEntries(asked),
      'a node reached twice was asked about twice: add each node to the set when you first reach it, and ask only about the set',
    ).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 1 })
  })

  it('1.2 ends on a graph with a cycle', () => {
    const { neighbours } = graph({ a: ['b'], b: ['c'], c: ['a'] })
    expect([...reachable('a', neighbours)]).toEqual(['a', 'b', 'c'])
  })

  it('1.3 takes neighbours as a Set or a generator, not only an array', () => {
    const asSet = (n: number) => new Set(n < 3 ? [n + 1] : [])
    expect(
      [...reachable(0, asSet)],
      'neighbours gave a Set: walk it with for...of, which every iterable supports (a Set has no .filter or .map)',
    ).toEqual([0, 1, 2, 3])
    function* asGenerator(n: number) {
      if (n < 2) yield n + 1
    }
    expect([...reachable(0, asGenerator)]).toEqual([0, 1, 2])
  })
})

describe('2. settings', () => {
  it('2.1 reads each setting line into a property, trimmed', () => {
    const settings = parseSettings('host = example.org\nport=80\n  user =  ada  ')
    expect(
      settings,
      settings.user !== undefined && settings.user !== 'ada'
        ? 'the value kept the spaces around it: leave them out of the value (trim it, or match them outside the group)'
        : undefined,
    ).toEqual({
      host: 'example.org',
      port: '80',
      user: 'ada',
    })
  })

  it('2.1 keeps an = inside the value', () => {
    expect(
      parseSettings('query = a=1&b=2'),
      'the value is the whole rest of the line: split only at the first =',
    ).toEqual({ query: 'a=1&b=2' })
  })

  it('2.1 reads a line with nothing after its = as an empty value, not the next line', () => {
    const settings = parseSettings('empty =\nport = 80\nblank =   \n\nhost = example.org')
    expect(
      settings,
      Object.values(settings).some((value) => value.includes('='))
        ? 'an empty value took the next line: \\s matches a newline too, so \\s* after = ran on into the next line; match only spaces and tabs there ([ \\t]*)'
        : undefined,
    ).toEqual({ empty: '', port: '80', blank: '', host: 'example.org' })
  })

  it('2.1 reads a name of letters, digits, _ and -', () => {
    const settings = parseSettings('max-size = 10\nretry_2 = yes')
    expect(
      settings,
      settings['max-size'] === undefined && settings.retry_2 === 'yes'
        ? 'the line "max-size = 10" was skipped: \\w matches letters, digits and _ but not -, so match a name with [\\w-]+'
        : undefined,
    ).toEqual({ 'max-size': '10', retry_2: 'yes' })
  })

  it('2.1 lets the later of two lines with one name win', () => {
    expect(parseSettings('mode = slow\nmode = fast')).toEqual({ mode: 'fast' })
  })

  it('2.2 ignores blank lines and comments, even a comment that looks like a setting', () => {
    expect(
      parseSettings('# port = 80\n\nport = 8080\n; old = yes'),
      'a setting starts its line: anchor the pattern with ^ and $ and the m flag, so "# port = 80" is a comment',
    ).toEqual({ port: '8080' })
  })

  it('2.2 ignores a line whose name is not letters, digits, _ and -', () => {
    const settings = parseSettings('server name = x\n= nameless\nuse.ssl = yes\nport = 80')
    expect(
      settings,
      Object.keys(settings).some((name) => !/^[\w-]+$/.test(name))
        ? `a line with another name became a setting (${Object.keys(settings)
            .filter((name) => !/^[\w-]+$/.test(name))
            .map((name) => JSON.stringify(name))
            .join(
              ', ',
            )}): a name is letters, digits, _ and - only, and any other line is not a setting; match the name with [\\w-]+ rather than taking whatever comes before the =`
        : undefined,
    ).toEqual({ port: '80' })
  })

  it('2.2 ignores a comment with no space after its # or ;', () => {
    const settings = parseSettings('#port = 80\n;debug=on\nport = 8080')
    expect(
      settings,
      Object.keys(settings).some((name) => /^[#;]/.test(name))
        ? 'a comment became a setting named "#port" or ";debug": a name is letters, digits, _ and - only, so match it with [\\w-]+, not with whatever comes before the ='
        : undefined,
    ).toEqual({ port: '8080' })
  })

  it('2.3 keeps a setting named __proto__ as an own property', () => {
    const settings = parseSettings('__proto__ = polluted\nconstructor = me')
    expect(
      Object.hasOwn(settings, '__proto__'),
      'assigning settings["__proto__"] sets the prototype (or does nothing), it adds no property: build the object with Object.fromEntries, which defines every name as its own property',
    ).toBe(true)
    expect(Object.getOwnPropertyDescriptor(settings, '__proto__')?.value).toBe('polluted')
    expect(Object.hasOwn(settings, 'constructor')).toBe(true)
  })

  it('2.4 writes one line per property, in the object’s own order', () => {
    expect(formatSettings({ port: '80', host: 'example.org', 10: 'ten', 2: 'two' })).toBe(
      '2 = two\n10 = ten\nport = 80\nhost = example.org',
    )
  })

  it('2.4 writes the object’s own properties only, never inherited ones', () => {
    const defaults = { theme: 'dark' }
    const settings = Object.assign(Object.create(defaults) as Record<string, string>, {
      port: '80',
    })
    expect(
      formatSettings(settings),
      'an inherited property was written: for...in walks the prototype too; Object.entries gives the own ones',
    ).toBe('port = 80')
  })

  it('2.4 gives back what parseSettings read', () => {
    const text = 'host = example.org\nport = 80'
    expect(formatSettings(parseSettings(text))).toBe(text)
  })
})

describe('3. grouping', () => {
  it('3.1 groups names by the text after their last dot', () => {
    const groups = byExtension(['notes.txt', 'site.tar.gz', 'todo.txt', 'Makefile', 'a.gz'])
    const why = groups.tar
      ? 'site.tar.gz went into the group "tar": its extension is the text after its last dot (lastIndexOf), "gz"'
      : groups.Makefile
        ? "Makefile went into a group of its own name: a name without a dot has no extension, but split('.').pop() gives the whole name back (and so does slice(lastIndexOf('.') + 1), since lastIndexOf gives -1); a name without a dot goes into the group \"\""
        : groups['.txt']
          ? 'the groups are named ".txt" and ".gz": the extension is the text after the dot, without it (slice(dot + 1), not slice(dot))'
          : undefined
    expect(groups, why).toEqual({
      txt: ['notes.txt', 'todo.txt'],
      gz: ['site.tar.gz', 'a.gz'],
      '': ['Makefile'],
    })
  })

  it('3.1 gives a dotfile the text after its dot as its extension', () => {
    const groups = byExtension(['.bashrc', 'notes.txt', '.env', 'a.env'])
    expect(
      groups,
      groups[''] && !groups.bashrc
        ? 'a dotfile went into the group "": its extension is the text after its last dot like any name\'s, so .bashrc\'s is "bashrc" (path.extname says a dotfile has none; this task does not)'
        : undefined,
    ).toEqual({ bashrc: ['.bashrc'], txt: ['notes.txt'], env: ['.env', 'a.env'] })
  })

  it('3.1 gives a dotfile with a second dot the text after its last dot', () => {
    const groups = byExtension(['.env.local', '.gitignore', 'app.local'])
    expect(
      groups,
      groups['env.local']
        ? 'a dotfile went into a group of everything after its first dot, "env.local": a dotfile is no special case, its extension is the text after its last dot too, "local"'
        : undefined,
    ).toEqual({ local: ['.env.local', 'app.local'], gitignore: ['.gitignore'] })
  })

  it('3.1 takes all the text after the last dot, whatever characters it holds', () => {
    const groups = byExtension(['main.c++', 'notes.txt~', 'draft.', 'a.txt'])
    expect(
      groups,
      groups['']?.includes('main.c++')
        ? 'main.c++ went into the group "": its extension is all the text after its last dot, "c++"; \\w+ matches letters, digits and _ only, so a pattern of \\.(\\w+)$ misses it'
        : undefined,
    ).toEqual({ 'c++': ['main.c++'], 'txt~': ['notes.txt~'], '': ['draft.'], txt: ['a.txt'] })
  })

  it('3.1 takes any iterable of names, a generator too', () => {
    function* names() {
      yield 'a.md'
      yield 'b.md'
    }
    expect(byExtension(names())).toEqual({ md: ['a.md', 'b.md'] })
  })

  it('3.2 makes a group for any extension, constructor and toString too', () => {
    let groups: ReturnType<typeof byExtension> = {}
    expect(
      () => (groups = byExtension(['a.constructor', 'b.toString', 'c.constructor'])),
      'groups in a plain {} already have constructor and toString (from Object.prototype): use Object.groupBy, whose result has no prototype',
    ).not.toThrow()
    expect(groups.constructor).toEqual(['a.constructor', 'c.constructor'])
    expect(groups.toString).toEqual(['b.toString'])
  })

  it('3.3 groups words in a Map keyed by their length, as a number', () => {
    const groups = byLength(['ab', 'cd', 'e'])
    expect(groups instanceof Map, 'byLength returns a Map').toBe(true)
    expect(groups.get(2), 'the keys are numbers: groups.get(2)').toEqual(['ab', 'cd'])
    expect(groups.get(1)).toEqual(['e'])
  })

  it('3.3 keeps the lengths in the order they first appear', () => {
    expect(
      [...byLength(['three', 'a', 'to', 'four']).keys()],
      'the lengths came out sorted: an object puts integer keys in ascending order, a Map keeps the order they were added in (Map.groupBy)',
    ).toEqual([5, 1, 2, 4])
  })
})

describe('4. loadAll', () => {
  it('4.1 maps every id to its loaded value, in order', async () => {
    const loaded = await loadAll(['b', 'a'], async (id) => id.toUpperCase())
    expect(loaded instanceof Map, 'loadAll resolves to a Map').toBe(true)
    expect([...loaded]).toEqual([
      ['b', 'B'],
      ['a', 'A'],
    ])
  })

  it('4.1 reads a Set or a generator of ids, once', async () => {
    expect([...(await loadAll(new Set([1, 2]), async (id) => id * 10))]).toEqual([
      [1, 10],
      [2, 20],
    ])
    function* ids() {
      yield 3
      yield 4
    }
    expect(
      [...(await loadAll(ids(), async (id) => id * 10))],
      'a generator can be read only once: the second read of ids found nothing; read them once (Array.from) and keep each id with its load',
    ).toEqual([
      [3, 30],
      [4, 40],
    ])
  })

  it('4.1 opens the ids once, to read them', async () => {
    const ids = spySource(['a', 'b'])
    expect([...(await loadAll(ids, async (id) => id.length))]).toEqual([
      ['a', 1],
      ['b', 1],
    ])
    expect(
      ids.opens,
      'ids was opened more than once: calling ids[Symbol.iterator]() to find out whether it is iterable opens an iterator that nobody reads or closes; look at typeof ids[Symbol.iterator] instead, or let Array.from, which takes both, decide',
    ).toBe(1)
  })

  it('4.1 keeps the order of ids when the loads finish in another order', async () => {
    // c finishes first, then a, then b: each load waits its own number of turns.
    const turns: Record<string, number> = { a: 2, b: 3, c: 1 }
    const load = async (id: string) => {
      for (let turn = 0; turn < (turns[id] ?? 0); turn += 1) await null
      return id.toUpperCase()
    }
    const loaded = await loadAll(['a', 'b', 'c'], load)
    expect(
      [...loaded.keys()],
      [...loaded.keys()].join() === 'c,a,b'
        ? 'the Map is in the order the loads finished (c, a, b), not the order of ids: setting each id as its load finishes does that; await Promise.all of the pairs and build the Map from its result, which keeps the order of ids'
        : undefined,
    ).toEqual(['a', 'b', 'c'])
    expect([...loaded.values()]).toEqual(['A', 'B', 'C'])
  })

  it('4.2 starts every load before any has finished', async () => {
    const load = taskSpy<string, number>()
    const result = loadAll(['a', 'b', 'c'], (id) => load(id, 0))
    result.catch(() => {}) // A failure shows up below, through promiseState, not as unhandled.
    await settle()
    expect(
      load.calls,
      'only some loads started while the first was pending: start them all (Array.from(ids, load)), then await Promise.all once',
    ).toEqual(['a', 'b', 'c'])
    load.resolve(2, 3)
    load.resolve(0, 1)
    load.resolve(1, 2)
    expect(await promiseState(result)).toEqual({
      status: 'fulfilled',
      value: new Map([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]),
    })
  })

  it('4.3 takes an array-like with no iterator', async () => {
    const arrayLike = { length: 2, 0: 'x', 1: 'y' }
    await expect(
      loadAll(arrayLike, async (id) => id + id).then((loaded) => [...loaded]),
      '{ length: 2, 0: …, 1: … } has no iterator, so spread and for...of reject it; Array.from reads array-likes too',
    ).resolves.toEqual([
      ['x', 'xx'],
      ['y', 'yy'],
    ])
  })

  it('4.3 takes a function’s arguments', async () => {
    async function loadArguments(..._ids: string[]) {
      // eslint-disable-next-line prefer-rest-params -- `arguments` is the array-like under test
      return loadAll(arguments as ArrayLike<string>, async (id) => id.length)
    }
    expect([...(await loadArguments('ab', 'c'))]).toEqual([
      ['ab', 2],
      ['c', 1],
    ])
  })
  it('4.4 rejects with the error of a failing load, not a Map with a hole in it', async () => {
    const failure = new Error('b cannot be loaded')
    const outcome = await loadAll(['a', 'b', 'c'], async (id) => {
      if (id === 'b') throw failure
      return id.toUpperCase()
    }).then(
      (loaded) => loaded,
      (error: unknown) => error,
    )
    expect(
      outcome,
      outcome instanceof Map
        ? `a load failed and loadAll resolved anyway, to a Map of ${[...outcome].map(([id, value]) => `${id} → ${String(value)}`).join(', ')}: Promise.allSettled never rejects; Promise.all rejects with the error of the first load that fails`
        : 'a load failed: loadAll rejects with its error',
    ).toBe(failure)
  })

  it('4.4 rejects, and never throws, when a load throws before it returns a promise', async () => {
    const failure = new Error('b is not a valid id')
    const ids = spySource(['a', 'b', 'c'], { oneShot: true })
    const load = (id: string): Promise<string> => {
      if (id === 'b') throw failure
      return Promise.resolve(id)
    }
    let result: Promise<unknown> | undefined
    let thrown: unknown
    try {
      result = loadAll(ids, load)
    } catch (error) {
      thrown = error
    }
    expect(
      thrown,
      'loadAll threw at once instead of returning a promise that rejects, so loadAll(…).catch(…) never gets the error: an async function turns every throw in it into a rejection',
    ).toBeUndefined()
    await expect(result).rejects.toBe(failure)
    expect(
      ids.finished,
      'a load threw and the ids were left open halfway: read them to the end, or close them (Array.from does either)',
    ).toBe(true)
  })

  it('4.4 rejects as soon as a load fails, without waiting for the loads before it', async () => {
    const load = taskSpy<string, number>()
    const failure = new Error('b cannot be loaded')
    let result: Promise<Map<string, number>> = Promise.resolve(new Map())
    const stray = await unhandledRejections(async () => {
      result = loadAll(['a', 'b', 'c'], (id) => load(id, 0))
      result.catch(() => {}) // Read below, through promiseState.
      await settle()
      load.reject(1, failure)
    })
    const state = await promiseState(result)
    // Let the loads still pending finish, so nothing is left waiting after the test.
    load.resolve(0, 1)
    load.resolve(2, 3)
    await settle()
    expect(
      state,
      state.status === 'pending'
        ? `b's load failed while a's was still pending, and loadAll went on waiting${stray.includes(failure) ? ", with b's rejection unhandled meanwhile (an unhandled rejection ends a Node process)" : ''}: awaiting each load in turn (or Promise.allSettled) waits for the others; await Promise.all of them, which rejects at the first failure`
        : undefined,
    ).toEqual({ status: 'rejected', reason: failure })
  })
})

describe('5. firstTwo', () => {
  it('5.1 returns the first two values', () => {
    expect(firstTwo(['a', 'b', 'c'])).toStrictEqual(['a', 'b'])
    expect(firstTwo(new Set([1, 2]))).toStrictEqual([1, 2])
  })

  it('5.1 fills the pair with undefined when the source is short', () => {
    expect(
      firstTwo(['only']),
      'the pair always has two places: [first, second] with second undefined, not a shorter array',
    ).toStrictEqual(['only', undefined])
    expect(firstTwo([])).toStrictEqual([undefined, undefined])
  })

  it('5.1 takes a value of undefined as a value, not as the end', () => {
    expect(
      firstTwo([undefined, 'b', 'c']),
      'a first value of undefined is still a value: only done: true ends a source, so take the second value too',
    ).toStrictEqual([undefined, 'b'])
  })

  it('5.2 pulls two values, so an infinite source works', () => {
    const source = infiniteSource()
    expect(firstTwo(source)).toStrictEqual([0, 1])
    expect(source).toHavePulled(2)
  })

  it('5.3 closes a source that has more values', () => {
    const source = spySource([1, 2, 3])
    firstTwo(source)
    expect(source).toBeClosedOnce()
  })

  it('5.3 closes a source of exactly two values, which never said done', () => {
    const source = spySource([1, 2])
    firstTwo(source)
    expect(
      source,
      source.pulls > 2
        ? 'firstTwo asked for a third value, so the source said done and was left open: destructuring takes two values and closes the source without asking for a third'
        : undefined,
    ).toBeClosedOnce()
  })

  it('5.3 closes a source whose second value is undefined, which is not done', () => {
    const control = spySource(['a', 'b', 'c'])
    firstTwo(control)
    const source = spySource(['a', undefined, 'c'])
    expect(firstTwo(source)).toStrictEqual(['a', undefined])
    expect(
      source,
      source.returns === 0 && control.returns > 0
        ? 'the second value was undefined and the source was left open: a value of undefined does not mean done (only done: true does), so close the source'
        : undefined,
    ).toBeClosedOnce()
  })

  it('5.3 leaves alone a source that ended by itself', () => {
    const source = spySource([1])
    firstTwo(source)
    expect(source).not.toBeClosed()
  })
})
