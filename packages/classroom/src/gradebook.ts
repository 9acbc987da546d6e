/**
 * A gradebook with the collect columns, written as the grader writes its own: into a fresh folder
 * beside the target, which takes the target's place only once it is complete. A merge missing a
 * part fails before anything is replaced.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { annotateGradebook, type Collected } from './record.ts'

export async function gradebookWithColumns(
  outDir: string,
  collected: Collected[],
  grade: (dir: string) => Promise<void>,
): Promise<void> {
  if (
    existsSync(outDir) &&
    readdirSync(outDir).length > 0 &&
    !existsSync(path.join(outDir, 'grading.json'))
  )
    throw new Error(
      `${outDir} exists and is not a gradebook; pick an empty or new folder for --out`,
    )
  const stamp = `${process.pid}-${Date.now()}`
  const fresh = path.join(path.dirname(outDir), `.${path.basename(outDir)}.classroom-${stamp}`)
  const old = path.join(path.dirname(outDir), `.${path.basename(outDir)}.old-${stamp}`)
  try {
    await grade(fresh)
    annotateGradebook(fresh, collected)
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true })
    throw error
  }
  if (existsSync(outDir)) renameSync(outDir, old)
  renameSync(fresh, outDir)
  rmSync(old, { recursive: true, force: true })
}
