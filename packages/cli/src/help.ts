/** Help for the command and each subcommand (`iterlings <command> --help`). */
export const HELP: Record<string, string> = {
  iterlings: `iterlings: learn iteration in JavaScript and TypeScript by making failing tests pass.

Usage: iterlings [command] [options]

With no command, watch mode: opens the first unfinished exercise and reruns its tests each time
you save a file in its src/ folder. Keys: h hint, n next exercise, l list, r reset, q quit.

Commands:
  watch [exercise]   watch mode, optionally at a given exercise (the default command)
  list               every exercise and its status
  run <exercise>     run one exercise's tests once
  hint <exercise>    show the next hint for the task you are stuck on
  reset <exercise>   put an exercise's src/ back to the starter (asks first; --yes skips that)
  verify             run every exercise in order, stopping at the first that fails

An exercise is its folder name (01-iterables-and-iterators), the name without the number
(iterables-and-iterators) or just the number (1).

Options:
  --manual           rerun when you press Enter instead of watching files (WSL, network drives)
  --docs             serve the course site beside watch mode and show its address
  --time-limit <s>   stop a run that takes longer, as an endless loop (default 10)
  -h, --help         this help; \`iterlings <command> --help\` for one command

Colours appear on a terminal only, never with NO_COLOR set. Progress is kept in
.iterlings-state.json at the course root; delete it and the tests rebuild it.`,
  watch: `Usage: iterlings watch [exercise] [--manual] [--docs] [--time-limit <s>]

Opens the first unfinished exercise (or the one you name) and reruns its tests each time you save
a file in its src/ folder. The screen shows your progress, the test counts and the first failure
with the line it points at.

Keys: h the next hint (one more each press), n the next exercise (once every test passes),
l the list, r reset this exercise to its starter (asks first), q quit.
Without a terminal, type the same letters one a line.`,
  list: `Usage: iterlings list

Lists every exercise in course order with its status: done, failing (with how many tests pass),
not run yet, or not in this copy of the course yet. Exercises changed since their last run are
run again first.`,
  run: `Usage: iterlings run <exercise> [--time-limit <s>]

Runs one exercise's tests once and shows the first failure. Exits 0 when every test passes.`,
  hint: `Usage: iterlings hint <exercise>

Shows the hints you have seen so far for the task you are stuck on, plus one more. Each task has
hints from a nudge to nearly the answer; watch mode's h key shares the same count.`,
  reset: `Usage: iterlings reset <exercise> [--yes]

Puts the exercise's src/ back to the starter the course came with (as git holds it at HEAD).
Other exercises are not touched. Asks before it overwrites your code; --yes does not ask.`,
  verify: `Usage: iterlings verify [--time-limit <s>]

Runs every exercise's tests in course order and stops at the first that fails, showing why.
Exercises not in this copy of the course yet are skipped. Exits 0 when all pass.`,
}
