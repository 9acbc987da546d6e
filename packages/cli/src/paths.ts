import path from 'node:path'

/** A path for people: relative, with forward slashes on every platform. */
export const relative = (from: string, to: string) =>
  path.relative(from, to).split(path.sep).join('/')
