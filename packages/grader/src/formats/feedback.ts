/**
 * feedback.md, what a student reads: their score, then each exercise with the tests that passed and,
 * for each that did not, its teaching message (time-outs named as such, with a hint).
 */
import type { StudentGrade } from '../grade.ts'
import type { ExerciseGrade, GradedTest } from '../score.ts'

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

export function feedbackMarkdown(student: StudentGrade, courseTitle: string): string {
  const max = student.exercises.reduce((sum, grade) => sum + grade.points, 0)
  return [
    `# ${courseTitle}: feedback for ${student.student}`,
    '',
    `**Total: ${student.total} / ${max} points**`,
    '',
    '| Exercise | Points | Tests passed |',
    '| --- | --- | --- |',
    ...student.exercises.map((grade) => {
      const graded = grade.tests.filter((test) => test.status !== 'skip')
      const passed = graded.filter((test) => test.status === 'pass').length
      return `| ${grade.slug} | ${grade.earned} / ${grade.points} | ${passed} / ${graded.length} |`
    }),
    '',
    ...student.exercises.map(exerciseSection),
  ].join('\n')
}

function exerciseSection(grade: ExerciseGrade): string {
  const heading = `## ${grade.slug}: ${grade.title} (${grade.earned} / ${grade.points})`
  if (grade.status === 'error')
    return `${heading}\n\n${MARKS.error} No test could run: ${fence(grade.message ?? '')}\n`
  const lines = grade.tests.map((test) => {
    const line = `- ${MARKS[test.status]} ${test.name}${test.status === 'pass' ? '' : ` (${LABELS[test.status]})`}`
    const details = [test.message, test.output && `Your console output:\n${test.output}`]
      .filter(Boolean)
      .map((text) => indent(fence(text as string)))
    return [line, ...details].join('\n')
  })
  return `${heading}\n\n${lines.join('\n')}\n`
}

/** Multi-line text as a code block, so a student's output cannot change the page around it. */
function fence(text: string): string {
  if (!text.includes('\n') && !text.includes('`')) return text
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `\n\n${ticks}text\n${text}\n${ticks}\n`
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')
}
