#!/usr/bin/env bash
# Proves the course again on each Node version given (default: 22 24 26, the lines students
# install), from the npm registry's `node` package, doing only what can differ from one Node to
# another. On each Node:
# - every exercise's runtime proof (`iterlings-proof --runtime`; no type tests, whose verdict is
#   tsc's on every Node): vitest runs the solution (every test passes) and the starter (every test
#   fails), and the harness (the grader's runner) runs those two and every mistake, and must agree
#   with vitest on the two. Each mistake must fail a test of the rule it breaks there (the rules
#   ledger); the full proof on Node 20 held the harness to vitest on every mistake, test by test.
#   Exercises with a harnessNode in course.json (the harness cannot run them on Node 20) run every
#   mistake under vitest instead, and from their harnessNode on, in the harness too, agreeing with
#   vitest on every target: their harness column is proven here.
# - exercise 09's solution against the engine's own helpers, the platform package's tests, and the
#   grader on every exercise (a perfect, a partial and a starter student).
# The docs examples run on every Node in the docs' own tests. Each Node is fetched once into
# $ITERLINGS_NODE_CACHE/nodeNN (default /tmp/nodeNN) and reused. Needs the packages built first
# (`pnpm test`, or `pnpm turbo run build`): the proof is plain JavaScript after that, and runs
# vitest and the harness in the Node that runs it.
#
#   bash scripts/test-nodes.sh          # 22, 24 and 26
#   bash scripts/test-nodes.sh 24       # one of them
set -euo pipefail
cd "$(dirname "$0")/.."

majors=("$@")
((${#majors[@]} > 0)) || majors=(22 24 26)
cache=${ITERLINGS_NODE_CACHE:-/tmp}
failed=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs one step quietly; on failure prints its output and remembers it.
step() {
  local label=$1
  shift
  if "$@" >"$log" 2>&1; then
    echo "  ok  $label"
  else
    cat "$log"
    echo "  FAIL $label"
    failed+=("Node $major: $label")
  fi
}

node_binary() {
  local major=$1 dir="$cache/node$1"
  local binary="$dir/node_modules/node/bin/node"
  if ! [ -x "$binary" ] || [[ "$("$binary" --version)" != "v$major."* ]]; then
    npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node@$major" >&2
  fi
  echo "$binary"
}

for major in "${majors[@]}"; do
  started=$SECONDS
  node=$(node_binary "$major")
  echo "== Node $("$node" --version)"
  # The proof's bin, vitest and turbo's tasks all run the first `node` on the PATH.
  export PATH="$(dirname "$node"):$PATH"

  # Every exercise's runtime proof; results are neither read from nor written to turbo's cache,
  # which does not tell one Node from another.
  step "every exercise's runtime proof" \
    node_modules/.bin/turbo run proof --only --continue --cache=local: --output-logs=errors-only -- --runtime
  # The table, and every breach, of this Node's proof.
  node packages/proof/bin/iterlings-proof.js --summary || failed+=("Node $major: the proof table")

  # Exercises whose tests can also hold the engine's own built-ins to the course's answers
  # (exercise 09) do so on the solution, where the engine has them.
  for dir in $(grep -l ITERLINGS_CHECK_NATIVE exercises/*/test/*.ts | xargs -n1 dirname | xargs -n1 dirname | sort -u); do
    step "$(basename "$dir")'s solution against the native built-ins" \
      env -C "$dir" ITERLINGS_TARGET=solution ITERLINGS_CHECK_NATIVE=1 node node_modules/vitest/vitest.mjs run
  done
  step "the platform package" env -C packages/platform node node_modules/vitest/vitest.mjs run
  # The grader's sandbox fills in this Node's missing built-ins before it freezes them: a perfect,
  # a partial and a starter student on every exercise this Node grades; and this Node's globals
  # (Node 24's second undici dispatcher) are locked.
  step "the grader on every exercise" \
    env -C packages/grader node node_modules/vitest/vitest.mjs run test/formats.test.ts test/globals.test.ts
  echo "Node $major: $((SECONDS - started))s"
done

if ((${#failed[@]} > 0)); then
  printf 'test-nodes: failed: %s\n' "${failed[@]}" >&2
  echo "(rerun one with: bash scripts/test-nodes.sh <major>)" >&2
  exit 1
fi
echo "test-nodes: ${majors[*]}: every runtime proof, 09 against the native helpers, the platform and the grader passed"
