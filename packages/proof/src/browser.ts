/**
 * The browser column: the site's exercise panel runs each exercise's tests in a Web Worker, through
 * the harness as the browser links it. The docs' browser test (docs/test/exercise-panel.test.ts)
 * runs every target there and keeps each verdict; each must be vitest's, as the proof kept it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { verdictsOf, type BrowserRun, type KeptVerdicts } from '@iterlings/run'
import { disagreements, type Agreement, type Runner } from './agreement.ts'

/** vitest's verdicts on every target, kept by the proof in the exercise's folder. */
export const VITEST_VERDICTS = path.join('.proof', 'verdicts.json')
/** The panel's verdicts, by exercise, kept by the docs' browser test. */
export const BROWSER_VERDICTS = path.join('docs', '.artifacts', 'browser-verdicts.json')

const BROWSER: Runner = {
  name: "the browser (the site's exercise panel)",
  fix: 'make the panel agree (docs/.vitepress/theme/exercise/worker.ts), then run the docs tests',
}

/** The docs' browser runs, or undefined where they have not run (no chromium, say). */
export function readBrowserRuns(courseRoot: string): Record<string, BrowserRun> | undefined {
  const file = path.join(courseRoot, BROWSER_VERDICTS)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

/**
 * vitest's verdicts against the panel's, target by target, but for the targets that import a Node
 * module the panel does not have (`needNode`), which no browser can run, as it cannot a student's
 * code that does.
 */
export function compareWithBrowser(
  slug: string,
  vitest: KeptVerdicts,
  browser: (KeptVerdicts & { needNode?: Record<string, string> }) | undefined,
): Agreement & { needNode: number } {
  const where = `exercises/${slug}`
  const problems: string[] = []
  let agreed = 0
  const needNode = browser?.needNode ?? {}
  const targets = Object.keys(vitest.targets).filter((target) => !(target in needNode))
  for (const target of targets) {
    const found = disagreements(
      where,
      target,
      verdictsOf(vitest, target) ?? new Map(),
      browser && verdictsOf(browser, target),
      BROWSER,
    )
    problems.push(...found)
    if (found.length === 0) agreed += 1
  }
  return { agreed, targets: targets.length, needNode: Object.keys(needNode).length, problems }
}
