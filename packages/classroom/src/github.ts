/**
 * What collect asks GitHub: the organisation's repositories, and when each branch moved. Behind an
 * interface so the tests stand local bare repositories in for GitHub; `ghCli` asks through the
 * `gh` command line, with whatever login `gh` has (GH_TOKEN on Actions).
 */
import { run } from './run.ts'

export interface Repository {
  /** `<assignment-prefix>-<username>`, as GitHub Classroom names it. */
  name: string
  /** What `git clone` takes. */
  url: string
}

/** One move of a branch as GitHub recorded it: a push, a force push, a merge, its creation. */
export interface BranchChange {
  /** The commit the branch pointed at afterwards (all zeros when the branch was deleted). */
  after: string
  /** When GitHub received it, ISO 8601. */
  timestamp: string
}

export interface GitHub {
  repositories(org: string): Promise<Repository[]>
  /** GitHub's record of `branch`, newest first; throws when there is no record to read. */
  branchChanges(org: string, repository: string, branch: string): Promise<BranchChange[]>
}

export const ghCli: GitHub = {
  async repositories(org) {
    const json = await run('gh', ['repo', 'list', org, '--limit', '100000', '--json', 'name,url'])
    return JSON.parse(json) as Repository[]
  },
  // The repository activity API: every push, force push and merge with the time GitHub got it.
  async branchChanges(org, repository, branch) {
    const lines = await run('gh', [
      'api',
      '--paginate',
      `repos/${org}/${repository}/activity?ref=${encodeURIComponent(`refs/heads/${branch}`)}&per_page=100`,
      '--jq',
      '.[] | {after, timestamp}',
    ])
    return lines
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BranchChange)
  },
}
