export {
  closestSlug,
  findCourseRoot,
  findExercise,
  loadCourse,
  MANIFEST,
  type Course,
  type Exercise,
} from './manifest.ts'
export { hintSequence, parseHints, readHints, type TaskHints } from './hints.ts'
