#!/usr/bin/env node
// The bin is committed JavaScript so pnpm can link it before the first build.
try {
  await import('../dist/cli.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error
  console.error(
    'iterlings: the CLI is not built yet; run `pnpm start` once (or `pnpm turbo run build`)',
  )
  process.exitCode = 1
}
