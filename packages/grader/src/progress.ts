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
    return { tick: (student, slug) => bar.tick({ what: `${student} ${slug}` }) }
  }
  let done = 0
  return {
    tick(student, slug) {
      done += 1
      stream.write(`graded ${done}/${total}: ${student} ${slug}\n`)
    },
  }
}
