/** Progress while grading: a bar with the time left on a terminal, one plain line per student otherwise. */
import ProgressBar from 'progress'

export interface Progress {
  tick(student: string, slug: string): void
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new ProgressBar('grading [:bar] :current/:total :percent  :etas left  :what', {
      total,
      width: 30,
      stream,
      renderThrottle: 100,
    })
    return { tick: (student, slug) => bar.tick({ what: printable(`${student} ${slug}`) }) }
  }
  let done = 0
  return {
    tick(student, slug) {
      done += 1
      stream.write(`graded ${done}/${total}: ${printable(student)} ${slug}\n`)
    },
  }
}

/**
 * A line of the log without control characters: a file name may hold a line break, and in a CI
 * log a line that starts with `::` is a command to the runner.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
