export {
  closestSlug,
  findCourseRoot,
  findExercise,
  harnessRefusal,
  loadCourse,
  MANIFEST,
  type Course,
  type Exercise,
} from './manifest.ts'
export { filesUnder } from './files.ts'
export { hintSequence, parseHints, readHints, type TaskHints } from './hints.ts'
export { readLedger } from './read-ledger.ts'
export {
  byTaskOrder,
  parseLedger,
  placeOfTest,
  ruleOfMistake,
  type Rule,
  type Task,
  type TestPlace,
} from './ledger.ts'
