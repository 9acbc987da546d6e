import { expect, it } from 'vitest'
import '../src/vitest-stacks.ts'

const RUNNER_FRAME = /node_modules[\\/](@vitest|vitest|chai|tinyspy)[\\/]/

it("leaves vitest's own frames out of a stack, and keeps the test's", () => {
  const stack = new Error('made in a test').stack ?? ''
  expect(stack).toContain('made in a test')
  expect(stack).toContain('vitest-stacks.test.ts')
  expect(stack).not.toMatch(RUNNER_FRAME)
})

it('keeps the frames of code the test calls, in order', () => {
  const inner = () => new Error('deep').stack ?? ''
  const outer = () => inner()
  const frames = outer().split('\n').slice(1)
  expect(frames[0]).toContain('inner')
  expect(frames[1]).toContain('outer')
  expect(frames.join('\n')).not.toMatch(RUNNER_FRAME)
})
