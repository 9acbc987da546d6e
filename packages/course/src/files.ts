import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Every file under a folder (none if it is missing), sorted: what the course's hashes and snapshots read. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
