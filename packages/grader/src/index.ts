export { grade, type Gradebook, type GradeOptions, type StudentGrade } from './grade.ts'
export { mergeGradebooks, writeGradebook, FORMATS, type Format } from './output.ts'
export { listSubmissions, type Submission } from './submissions.ts'
export type { ExerciseGrade, GradedTest } from './score.ts'
