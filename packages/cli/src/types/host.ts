/**
 * Child process that keeps TypeScript warm for the exercise being watched (see check.ts), so a
 * save is type-checked in the time the tests take, on a core of its own, never in their way.
 */
import { ExerciseTypes } from './check.ts'
import type { TypesReply, TypesRequest } from './checker.ts'

let current: ExerciseTypes | undefined

process.on('message', ({ dir, id }: TypesRequest) => {
  const send = (reply: TypesReply) => process.send?.(reply)
  try {
    if (current?.dir !== dir) current = new ExerciseTypes(dir)
    const report = current.check((early) => send({ type: 'early', id, report: early }))
    send({ type: 'final', id, report })
  } catch (error) {
    send({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
  }
})

process.on('disconnect', () => process.exit(0))
