/**
 * GitHub Classroom's autograding reporter, reproduced from its published v1 build
 * (classroom-resources/autograding-grading-reporter, dist/main.js, the code `uses: …@v1` runs; the
 * same steps are in its src/main.js and src/notify-classroom.js): for each id of the `runners`
 * input, split on commas, it decodes `<ID>_RESULTS` (base64 JSON), prints every test, a per-runner
 * score of (passed tests / tests) × max_score, and finally adds up every test's `score` of every
 * runner that has a max_score into the notice Classroom records: "Points <total>/<max>".
 */
export interface ReporterRun {
  /** What it prints, one line each. */
  console: string[]
  /** The "Autograding complete" notice, and the JSON of the "Autograding report" notice. */
  notices: string[]
  failed?: string
}

interface Results {
  status?: string
  max_score?: number
  tests: Array<{
    name: string
    status: string
    message?: string
    score?: number
    line_no?: number
    test_code?: string
  }>
}

export function runReporter(
  runnersInput: string,
  env: Record<string, string | undefined>,
): ReporterRun {
  const run: ReporterRun = { console: [], notices: [] }
  const runnerResults = runnersInput.split(',').map((runner) => {
    const encoded = env[`${runner.trim().toUpperCase()}_RESULTS`] as string
    const json = Buffer.from(encoded, 'base64').toString('utf-8')
    return { runner, results: JSON.parse(json) as Results }
  })
  // ConsoleResults
  let passedAll = 0
  let testsAll = 0
  for (const { runner, results } of runnerResults) {
    const max = results.max_score || 0
    const passed = results.tests.filter((test) => test.status === 'pass').length
    const score = (passed / results.tests.length) * (max || 0)
    run.console.push(`🔄 Processing: ${runner}`)
    for (const test of results.tests) {
      if (test.status === 'pass')
        run.console.push(
          test.line_no !== 0 ? `✅ ${test.name} - line ${test.line_no}` : `✅ ${test.name}`,
        )
      else if (test.status === 'error')
        run.console.push(`Error: ${test.message || `Failed to run test '${test.name}'`}`)
      else
        run.console.push(
          test.line_no !== 0 ? `❌ ${test.name} - line ${test.line_no}` : `❌ ${test.name}`,
        )
      if (test.test_code) run.console.push(`Test code:\n${test.test_code}`)
    }
    passedAll += passed
    testsAll += results.tests.length
    if (max !== 0) run.console.push(`Total points for ${runner}: ${score.toFixed(2)}/${max}`)
  }
  run.console.push(`🏆 Grand total tests passed: ${passedAll}/${testsAll}`)
  // NotifyClassroom
  let totalPoints = 0
  let maxPoints = 0
  for (const { results } of runnerResults) {
    if (!results.max_score) continue
    maxPoints += results.max_score
    for (const { score } of results.tests) totalPoints += score as number
  }
  if (maxPoints) {
    run.notices.push(`Points ${totalPoints}/${maxPoints}`)
    run.notices.push(JSON.stringify({ totalPoints, maxPoints }))
  }
  if (runnerResults.some((r) => r.results.status === 'fail')) run.failed = 'Some tests failed.'
  else if (runnerResults.some((r) => r.results.status === 'error'))
    run.failed = 'Some tests errored.'
  return run
}
