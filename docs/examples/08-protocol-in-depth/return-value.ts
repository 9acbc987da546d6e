function* recipe(): Generator<string, string, undefined> {
  yield 'mix'
  yield 'bake'
  return 'cake'
}

console.log(JSON.stringify([...recipe()]))

const steps = recipe()
for (let step = steps.next(); ; step = steps.next()) {
  console.log(String(step.value), step.done)
  if (step.done) break
}
const after = steps.next()
console.log(String(after.value), after.done)

const early = recipe()
early.next()
const stopped = early.return('takeaway')
console.log(String(stopped.value), stopped.done)
