/**
 * The class list: GitHub Classroom's roster export (a CSV with a `github_username` column), or a
 * plain file with one username a line. With it, a student without a repository gets a row too.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

export interface Roster {
  usernames: string[]
  /** Roster entries no GitHub account was linked to: nobody to collect. */
  unlinked: number
}

export function readRoster(file: string): Roster {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`--roster ${file}: no such file`)
  }
  const rows = parse(text, { skip_empty_lines: true, trim: true, bom: true }) as string[][]
  const column = rows[0]?.indexOf('github_username') ?? -1
  const names =
    column >= 0 ? rows.slice(1).map((row) => row[column] ?? '') : rows.map((row) => row[0] ?? '')
  const usernames = [...new Set(names.filter(Boolean))]
  if (usernames.length === 0) throw new Error(`--roster ${file}: no usernames in it`)
  return { usernames, unlinked: names.length - names.filter(Boolean).length }
}
