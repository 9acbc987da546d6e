/**
 * The part of vitest's API the harness gives, in one place: the runtime builds its objects from
 * these lists and the bundler refuses, by name, anything a test file uses that is not on them.
 */

/** What a test file may import from 'vitest'. */
export const VITEST_EXPORTS = [
  'describe',
  'suite',
  'it',
  'test',
  'expect',
  'assert',
  'vi',
  'beforeAll',
  'afterAll',
  'beforeEach',
  'afterEach',
  'onTestFinished',
  'onTestFailed',
  'expectTypeOf',
  'assertType',
] as const

/** Modifiers of describe/suite and it/test; each may be chained (it.skip.each, describe.skipIf(…)). */
export const SUITE_MODIFIERS = [
  'skip',
  'skipIf',
  'runIf',
  'each',
  'todo',
  'concurrent',
  'sequential',
]
export const TEST_MODIFIERS = [...SUITE_MODIFIERS, 'fails']

export const VI_MEMBERS = [
  'fn',
  'spyOn',
  'isMockFunction',
  'mocked',
  'clearAllMocks',
  'resetAllMocks',
  'restoreAllMocks',
]

export const EXPECT_MEMBERS = [
  'not',
  'any',
  'anything',
  'arrayContaining',
  'objectContaining',
  'stringContaining',
  'stringMatching',
  'closeTo',
  'extend',
  'addEqualityTesters',
  'assertions',
  'hasAssertions',
  'unreachable',
  'fail',
  'soft',
  'getState',
  'setState',
  'assert',
]

/** Matchers vitest adds on top of @vitest/expect that the harness has no equivalent for. */
export const UNSUPPORTED_MATCHERS = [
  'toMatchSnapshot',
  'toMatchInlineSnapshot',
  'toMatchFileSnapshot',
  'toThrowErrorMatchingSnapshot',
  'toThrowErrorMatchingInlineSnapshot',
]

/** Members allowed after each export, for the bundler's check; undefined: used only as a value. */
export const MEMBERS: Partial<Record<(typeof VITEST_EXPORTS)[number], string[]>> = {
  describe: SUITE_MODIFIERS,
  suite: SUITE_MODIFIERS,
  it: TEST_MODIFIERS,
  test: TEST_MODIFIERS,
  vi: VI_MEMBERS,
  expect: EXPECT_MEMBERS,
}
