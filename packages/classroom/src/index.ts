export { collect, type CollectOptions, type Collection } from './collect.ts'
export { commitAtDeadline, parseDeadline } from './deadline.ts'
export { ghCli, type BranchChange, type GitHub, type Repository } from './github.ts'
export {
  ADDED_COLUMNS,
  annotateGradebook,
  COLLECTED_FILE,
  readCollected,
  SUBMISSIONS_DIR,
  writeCollected,
  type Collected,
} from './record.ts'
export { readRoster, type Roster } from './roster.ts'
