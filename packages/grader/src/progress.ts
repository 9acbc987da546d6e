/**
 * Progress while grading: a bar with the time left on a terminal, one plain line per student
 * otherwise. Ids are shown escaped: a name may hold a line break, a terminal's escape sequence
 * (C0 or C1) or a bidi override, and in a CI log a line that starts with `::` is a command.
 */
import ProgressBar from 'progress'
import { shownId } from './formats/text.ts'

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
    return { tick: (student, slug) => bar.tick({ what: `${shownId(student)} ${slug}` }) }
  }
  let done = 0
  return {
    tick(student, slug) {
      done += 1
      stream.write(`graded ${done}/${total}: ${shownId(student)} ${slug}\n`)
    },
  }
}
