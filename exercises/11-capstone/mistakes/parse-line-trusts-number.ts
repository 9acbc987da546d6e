// Breaks 2.7: Number() and Number.isInteger: Number("") is 0 and Number("1e3") is 1000, so broken fields pass
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.split(/[ \t]+/)
  if (fields.length !== 5) return undefined
  const [time, method, path, statusText, msText] = fields as [
    string,
    string,
    string,
    string,
    string,
  ]
  const status = Number(statusText)
  const ms = Number(msText)
  if (statusText.length !== 3 || !Number.isInteger(status)) return undefined
  if (!Number.isInteger(ms)) return undefined
  return { time, method, path, status, ms }
}
