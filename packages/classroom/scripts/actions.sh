#!/usr/bin/env bash
# The steps of templates/grade-classroom.yml, one per job, kept here (not in the YAML) so the tests
# run them as GitHub does. Run from anywhere in the course; every input comes from the environment.
#
#   actions.sh install   install the course and build the grader and this tool
#   actions.sh collect   ORG PREFIX DEADLINE RUNNERS [ROSTER]  ->  $WORK/collected.tar,
#                        and shards=[1,…,n] on $GITHUB_OUTPUT (n: RUNNERS, at most one per student)
#   actions.sh grade     $WORK/collected.tar, SHARD (i/n) [GRADER_OPTIONS]  ->  $WORK/part
#   actions.sh merge     $WORK/collected.tar, $WORK/parts/*                ->  $WORK/gradebook
#
# The collection travels between jobs as one tar file: an artifact drops empty folders (a student
# with nothing to grade has one) and hidden files, and a runner must grade exactly what was taken.
set -euo pipefail
cd "$(dirname "$0")/../../.."

need() {
  for name in "$@"; do
    if [ -z "${!name:-}" ]; then
      echo "actions.sh ${step}: $name is not set" >&2
      exit 2
    fi
  done
}

step=${1:-}
case "$step" in
  install)
    pnpm install --frozen-lockfile
    pnpm turbo run build --output-logs=errors-only --filter=@iterlings/classroom...
    ;;
  collect)
    need WORK ORG PREFIX DEADLINE RUNNERS
    # git clones over HTTPS with the token gh has (GH_TOKEN).
    gh auth setup-git
    pnpm exec iterlings-classroom collect --org "$ORG" --prefix "$PREFIX" --deadline "$DEADLINE" \
      --out "$WORK/collected" ${ROSTER:+--roster "$ROSTER"}
    tar -cf "$WORK/collected.tar" -C "$WORK" collected
    students=$(find "$WORK/collected/submissions" -mindepth 1 -maxdepth 1 -type d | wc -l)
    # An empty part would have nothing to grade: never more runners than students.
    shards=$((RUNNERS < students ? RUNNERS : students))
    echo "shards=[$(seq -s , 1 "$shards")]" >>"${GITHUB_OUTPUT:-/dev/stdout}"
    ;;
  grade)
    need WORK SHARD
    tar -xf "$WORK/collected.tar" -C "$WORK"
    # Word-split on purpose: "--hidden hidden-tests --timeout 10". Every part takes the same options.
    read -ra options <<<"${GRADER_OPTIONS:-}"
    pnpm exec iterlings-grade "$WORK/collected/submissions" --out "$WORK/part" --shard "$SHARD" \
      "${options[@]}"
    ;;
  merge)
    need WORK
    tar -xf "$WORK/collected.tar" -C "$WORK"
    pnpm exec iterlings-classroom merge "$WORK/collected" "$WORK"/parts/*/ --out "$WORK/gradebook"
    ;;
  *)
    echo "usage: actions.sh install|collect|grade|merge (see the comment at its top)" >&2
    exit 2
    ;;
esac
