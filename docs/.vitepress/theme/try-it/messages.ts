/** What a Try-it worker tells the page. */
export type FromWorker =
  | { type: 'log'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'truncated'; limit: number }
  | { type: 'error'; text: string; line: number | undefined }
  | { type: 'done' }
