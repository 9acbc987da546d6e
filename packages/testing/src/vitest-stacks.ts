/**
 * A setup file for vitest only (the harness runs the tests without it): stack traces made in the
 * test process leave out vitest's own frames. vitest's main process reads every file a failing
 * test's stack names, looking for a source map, before it drops the frames of its own runner, so
 * each failure cost eight reads of a 119 KB file: on a starter where every test fails, most of the
 * time between a save and its result. The frames it keeps (the test's, the student's) are the same.
 */
const RUNNER_FILE = /[\\/]node_modules[\\/](?:@vitest|vitest|chai|tinyspy)[\\/]/
const filtering = Symbol.for('iterlings.stacks-without-runner')

type Prepare = (error: Error, frames: NodeJS.CallSite[]) => unknown
type Marked = Prepare & { [filtering]?: true }

// Vite's module runner sets its own handler (for source maps) and may put the original back when
// a test file ends, so each test file wraps whatever handler is there, unless it is this one.
const current = Error.prepareStackTrace as Marked | undefined
if (!current?.[filtering]) {
  const withoutRunner: Marked = (error, frames) => {
    const kept = frames.filter((frame) => !RUNNER_FILE.test(frame.getFileName() ?? ''))
    if (current) return current(error, kept)
    return [String(error), ...kept.map((frame) => `    at ${String(frame)}`)].join('\n')
  }
  withoutRunner[filtering] = true
  Error.prepareStackTrace = withoutRunner
}
