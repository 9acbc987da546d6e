// Breaks 2.6: accepts only the statuses HTTP defines, 100 to 599, though any three digits make a status here
import type { LogEntry } from '../solution/index.ts'
export * from '../solution/index.ts'

export function parseLine(line: string): LogEntry | undefined {
  const fields = line.split(/[ \t]+/).filter((field) => field !== '')
  if (fields.length !== 5) return undefined
  const [time, method, path, statusText, msText] = fields as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (!/^\d+$/.test(statusText) || !/^\d+$/.test(msText)) return undefined
  const status = Number(statusText)
  if (status < 100 || status > 599) return undefined
  return { time, method, path, status, ms: Number(msText) }
}
