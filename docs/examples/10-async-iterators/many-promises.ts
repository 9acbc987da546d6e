// b fails after 10 ms, while a still takes 20.
const settle = (ms: number, name: string, fails = false) =>
  new Promise<string>((resolve, reject) =>
    setTimeout(
      () =>
        fails ? reject(new Error(`${name} failed`)) : resolve(name),
      ms,
    ),
  )

// Promise.all listens to every promise at once: the first failure is
// caught, the other results are dropped.
try {
  await Promise.all([settle(20, 'a'), settle(10, 'b', true)])
} catch (error) {
  console.log('Promise.all:', (error as Error).message)
}

// Promise.allSettled waits for all of them and keeps every outcome.
const outcomes = await Promise.allSettled([
  settle(20, 'a'),
  settle(10, 'b', true),
])
for (const outcome of outcomes) {
  console.log(
    'allSettled:',
    outcome.status === 'fulfilled'
      ? outcome.value
      : (outcome.reason as Error).message,
  )
}

// Or start each call only when the loop asks for it: then no promise
// waits unwatched, and the loop's try/catch sees the failure.
async function* oneAtATime(calls: Array<() => Promise<string>>) {
  for (const call of calls) yield await call()
}
try {
  for await (const name of oneAtATime([
    () => settle(20, 'a'),
    () => settle(10, 'b', true),
  ])) {
    console.log('one at a time:', name)
  }
} catch (error) {
  console.log('one at a time:', (error as Error).message)
}
