/** iterlings-release --out <dir> [--with-solutions]: write the repository students receive (release.ts). */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findCourseRoot } from '@iterlings/course'
import pc from 'picocolors'
import { release } from './release.ts'

const USAGE = `usage: iterlings-release --out <dir> [--with-solutions]
  --out <dir>         a new or empty folder
  --with-solutions    keep each exercise's model solution: the CLI shows it once the exercise passes`
const here = process.env.INIT_CWD ?? process.cwd()

try {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'with-solutions': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) console.log(USAGE)
  else {
    if (!values.out) throw new Error(`--out <dir> is required\n${USAGE}`)
    const outDir = path.resolve(here, values.out)
    const withSolutions = Boolean(values['with-solutions'])
    const files = release({ courseRoot: findCourseRoot(here), outDir, withSolutions })
    console.log(
      `wrote the student release (${files.length} files, ${withSolutions ? 'with' : 'no'} solutions) to ${outDir}`,
    )
    console.log(
      pc.dim(`next: cd ${outDir} && git init && git add . && git commit -m course && pnpm install`),
    )
  }
} catch (error) {
  console.error(
    pc.red(`iterlings-release: ${error instanceof Error ? error.message : String(error)}`),
  )
  process.exitCode = 2
}
