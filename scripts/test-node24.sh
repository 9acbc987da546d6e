#!/usr/bin/env bash
# Runs every exercise's tests against its solution under Node 24, fetched from the npm registry's
# `node` package. ITERLINGS_CHECK_NATIVE=1 makes exercise 09's suite also run every case against the
# engine's own iterator helpers, which Node 20, the course's default, lacks.
# Needs the shared packages built first (`pnpm test` or `pnpm turbo run build`).
set -euo pipefail
cd "$(dirname "$0")/.."

node24=$(npx --yes node@24 --print process.execPath)
if ! "$node24" --eval 'process.exit(typeof Iterator === "function" ? 0 : 1)'; then
  echo "test-node24: $node24 has no native iterator helpers; expected Node 24" >&2
  exit 1
fi
echo "Exercise solutions under Node $("$node24" --version)"

failed=()
for dir in exercises/*/; do
  slug=$(basename "$dir")
  # The solution, never the starter: the starter fails by design.
  if ! (cd "$dir" && ITERLINGS_TARGET=solution ITERLINGS_CHECK_NATIVE=1 "$node24" node_modules/vitest/vitest.mjs run); then
    failed+=("$slug")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "test-node24: these exercises fail on their solution under Node 24: ${failed[*]}" >&2
  exit 1
fi
