/** Help for the command and each subcommand (`iterlings <command> --help`). */
export const HELP: Record<string, string> = {
  iterlings: `iterlings: learn iteration in JavaScript and TypeScript by making failing tests pass.

Usage: iterlings [command] [options]
       iterlings <exercise>      watch mode at that exercise (pnpm start 05)

With no command, watch mode: opens the exercise you were on (at first, the first unfinished one),
reruns its tests and type-checks it each time you save a file in its src/ folder, and shows the
first failure in task order, then the first type error. Keys: h hint, n next exercise,
s compare with the model solution, l list, r reset, e edit, q quit.

Commands:
  watch [exercise]   watch mode, optionally at a given exercise (the default command)
  list               every exercise and its status
  run [exercise]     run one exercise's tests and type-check it once (default: the current one)
  hint [exercise]    show the next hint for the task you are stuck on (default: the current one)
  reset <exercise>   put an exercise's src/ back to its starter (asks first; --yes skips that)
  verify             run every exercise in order, stopping at the first that fails

An exercise is its folder name (01-iterables-and-iterators), the name without the number
(iterables-and-iterators) or just the number (1).

Options:
  --manual           rerun when you press Enter instead of watching files (WSL, network drives)
  --docs             serve the course site beside watch mode and show its address
  --time-limit <s>   stop a run whose tests take longer, as an endless loop (default 10)
  --edit             with run: open $EDITOR at the first failure afterwards
  -h, --help         this help; \`iterlings <command> --help\` for one command

Colours appear on a terminal only, never with NO_COLOR set. Progress is kept in
.iterlings-state.json at the course root; delete it and the tests rebuild it.`,
  watch: `Usage: iterlings watch [exercise] [--manual] [--docs] [--time-limit <s>]

Opens the exercise you were on (or the one you name; at first, the first unfinished one), reruns
its tests and type-checks it each time you save a file in its src/ folder. The screen shows your
progress, the task you are on ("task 3 of 14"), the test counts, the first failure in task order
with the line it points at (a link your terminal can open), then the first type error. An
exercise is done when every test passes and its code and type tests type-check.

Keys: h the next hint for the failing task (one more each press), n the next exercise (once this
one is done), s your code beside the model solution (once done, where the course has solutions),
l the list, r reset this exercise to its starter (asks first), e open $EDITOR at the first
failure, q quit.
In the list: arrows or j/k move, Enter opens, d done only, p pending only, / search, r reset the
selected exercise (asks first), q or Esc back.
Without a terminal, type the same letters one a line.`,
  list: `Usage: iterlings list

Lists every exercise in course order with its status: done, the task it is on, not run yet, or
not in this copy of the course yet. Exercises changed since their last run are run again first.`,
  run: `Usage: iterlings run [exercise] [--time-limit <s>] [--edit]

Runs one exercise's tests and type-checks it once, and shows the first failure in task order and
the first type error. Without a name, the exercise you are on. Exits 0 when it is done. With
--edit, opens $EDITOR (or $VISUAL) at the first failure afterwards.`,
  hint: `Usage: iterlings hint [exercise]

Shows the hints you have seen so far for the task you are stuck on (the first failing one), plus
one more. Without a name, the exercise you are on. Each task has hints from a nudge to nearly the
answer; watch mode's h key shares the same count. No hint is spent while the tests cannot run.`,
  reset: `Usage: iterlings reset <exercise> [--yes]

Puts the exercise's src/ back to its starter as the course shipped it (recorded when the course
was installed or released, so your commits do not change it, and no git is needed). Other
exercises are not touched. Asks before it overwrites your code; --yes does not ask.`,
  verify: `Usage: iterlings verify [--time-limit <s>]

Runs every exercise's tests and type-checks it, in course order, and stops at the first that is
not done, showing why. Exercises not in this copy of the course yet are skipped. Exits 0 when all
pass.`,
}
