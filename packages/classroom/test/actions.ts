/**
 * The inputs of every action our workflows use, at the version they use, from each action's
 * action.yml: what GitHub's editor tooling fetches online, kept here so the check runs offline.
 * A workflow that uses another action (or another version) fails the check until its inputs are
 * added here; `required` lists the inputs that are required and have no default.
 */
interface Inputs {
  optional: string[]
  required?: string[]
}

export const ACTION_INPUTS: Record<string, Inputs> = {
  'actions/checkout@v4': {
    optional: [
      ...['repository', 'ref', 'token', 'ssh-key', 'ssh-known-hosts', 'ssh-strict', 'ssh-user'],
      ...['persist-credentials', 'path', 'clean', 'filter', 'sparse-checkout'],
      ...['sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs'],
      ...['submodules', 'set-safe-directory', 'github-server-url'],
    ],
  },
  'actions/setup-node@v4': {
    optional: [
      ...['always-auth', 'node-version', 'node-version-file', 'architecture', 'check-latest'],
      ...['registry-url', 'scope', 'token', 'cache', 'cache-dependency-path', 'mirror'],
      'mirror-token',
    ],
  },
  'pnpm/action-setup@v4': {
    optional: ['version', 'dest', 'run_install', 'package_json_file', 'standalone'],
  },
  'actions/upload-artifact@v4': {
    required: ['path'],
    optional: [
      ...['name', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite'],
      'include-hidden-files',
    ],
  },
  'actions/download-artifact@v4': {
    optional: [
      ...['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'github-token'],
      ...['repository', 'run-id'],
    ],
  },
  'actions/configure-pages@v5': {
    optional: ['static_site_generator', 'generator_config_file', 'token', 'enablement'],
  },
  'actions/upload-pages-artifact@v3': { optional: ['name', 'path', 'retention-days'] },
  'actions/deploy-pages@v4': {
    optional: ['token', 'timeout', 'error_count', 'reporting_interval', 'artifact_name', 'preview'],
  },
  'classroom-resources/autograding-grading-reporter@v1': { required: ['runners'], optional: [] },
}
