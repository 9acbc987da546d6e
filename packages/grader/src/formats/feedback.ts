/**
 * feedback.md, what a student reads: their score, then each exercise with the tests that passed and,
 * for each that did not, its teaching message (time-outs named as such, with a hint). Anything that
 * did not come from the course (the student's id, messages, console output) is escaped or fenced,
 * so it cannot change the page: no fake total, no image, no HTML. What is in it was cleaned of
 * controls and bidi overrides and bounded before (formats/text.ts).
 */
import type { StudentGrade } from '../grade.ts'
import { sumPoints, type ExerciseGrade, type GradedTest } from '../score.ts'
import { hiddenSummary, shownTests, type HiddenFeedback } from './hidden.ts'
import { shownId } from './text.ts'

const MARKS: Record<GradedTest['status'], string> = {
  pass: '✅',
  fail: '❌',
  timeout: '⏱️',
  error: '⚠️',
  skip: '⏭️',
}

const LABELS: Record<GradedTest['status'], string> = {
  pass: 'passed',
  fail: 'failed',
  timeout: 'timed out',
  error: 'did not run',
  skip: 'skipped (not graded)',
}

/** Bare carriage returns are line breaks too (a terminal would show them so). */
const lines = (text: string) => text.replace(/\r\n?/g, '\n')

/** Text on one line of Markdown: line breaks become spaces, Markdown and HTML are escaped. */
export function inline(text: string): string {
  return lines(text)
    .replace(/\n+/g, ' ')
    .replace(/[\\`*_[\]!|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

export function feedbackMarkdown(
  student: StudentGrade,
  courseTitle: string,
  hidden: HiddenFeedback,
): string {
  const max = sumPoints(student.exercises.map((grade) => grade.points))
  return [
    `# ${inline(courseTitle)}: feedback for ${inline(shownId(student.student))}`,
    '',
    `**Total: ${student.total} / ${max} points**`,
    '',
    ...(student.problem
      ? [`${MARKS.error} Your submission was refused: ${text(student.problem)}`, '']
      : []),
    '| Exercise | Points | Tests passed |',
    '| --- | --- | --- |',
    ...student.exercises.map((grade) => {
      const graded = grade.tests.filter((test) => test.status !== 'skip')
      const passed = graded.filter((test) => test.status === 'pass').length
      return `| ${grade.slug} | ${grade.earned} / ${grade.points} | ${passed} / ${graded.length} |`
    }),
    '',
    ...student.exercises.map((grade) => exerciseSection(grade, hidden)),
  ].join('\n')
}

function exerciseSection(grade: ExerciseGrade, mode: HiddenFeedback): string {
  const heading = `## ${grade.slug}: ${inline(grade.title)} (${grade.earned} / ${grade.points})`
  if (grade.status === 'error')
    return `${heading}\n\n${MARKS.error} No test could run: ${text(grade.message ?? '')}\n`
  const shown =
    mode === 'none'
      ? shownTests(grade, 'none').filter((test) => !test.hidden)
      : shownTests(grade, mode)
  const entries = shown.map((test) => {
    const line = `- ${MARKS[test.status]} ${inline(test.name)}${test.status === 'pass' ? '' : ` (${LABELS[test.status]})`}`
    const details = [test.message, test.output && `Your console output:\n${test.output}`]
      .filter(Boolean)
      .map((detail) => indent(text(detail as string)))
    return [line, ...details].join('\n')
  })
  const summary = hiddenSummary(grade)
  if (summary && mode === 'none')
    entries.push(
      `- Hidden tests: ${summary.passed} of ${summary.total} passed (${summary.earned} / ${summary.worth} points)`,
    )
  return `${heading}\n\n${entries.join('\n')}\n`
}

/**
 * What would start a block at the start of a line, where a one-line message goes (under its
 * test's list item): a heading, a list, a rule or setext underline, a numbered list. Escaped, it
 * is the character itself.
 */
const BLOCK_START = /^([ \t]*)(?:([#=+-])|(\d+)([.)]))/

/** A message or output: one escaped line, or a fenced block that nothing inside can close. */
function text(value: string): string {
  const body = lines(value)
  if (!body.includes('\n') && !body.includes('`'))
    return inline(body).replace(BLOCK_START, (_, space, mark, digits, close) =>
      mark ? `${space}\\${mark}` : `${space}${digits}\\${close}`,
    )
  let longest = 2
  for (const [run] of body.matchAll(/`+/g)) longest = Math.max(longest, run.length)
  const ticks = '`'.repeat(longest + 1)
  return `\n\n${ticks}text\n${body}\n${ticks}\n`
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')
}
