// Breaks 2.2: split(' '): two spaces or a tab shift or merge the fields
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  if (line.trim() === '') return undefined
  const fields = line.split(' ')
  if (fields.length !== 5) return undefined
  const [time, method, path, status, ms] = fields as [string, string, string, string, string]
  if (!/^\d{3}$/.test(status) || !/^\d+$/.test(ms)) return undefined
  return { time, method, path, status: Number(status), ms: Number(ms) }
}
