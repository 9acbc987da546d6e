/** iterlings-release --out <dir>: write the repository students receive (see release.ts). */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findCourseRoot } from '@iterlings/course'
import pc from 'picocolors'
import { release } from './release.ts'

const USAGE = 'usage: iterlings-release --out <dir>   (a new or empty folder)'
const here = process.env.INIT_CWD ?? process.cwd()

try {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) console.log(USAGE)
  else {
    if (!values.out) throw new Error(`--out <dir> is required\n${USAGE}`)
    const outDir = path.resolve(here, values.out)
    const files = release({ courseRoot: findCourseRoot(here), outDir })
    console.log(`wrote the student release (${files.length} files, no solutions) to ${outDir}`)
    console.log(pc.dim(`next: cd ${outDir} && git init && pnpm install && pnpm test`))
  }
} catch (error) {
  console.error(
    pc.red(`iterlings-release: ${error instanceof Error ? error.message : String(error)}`),
  )
  process.exitCode = 2
}
