/** What a call did, for a failure message that names the mistake it shows. */
export type Attempt<T> = { threw: false; value: T } | { threw: true; error: unknown }

/** Calls `call` and reports what it returned or threw, so a test can say which went wrong. */
export function attempt<T>(call: () => T): Attempt<T> {
  try {
    return { threw: false, value: call() }
  } catch (error) {
    return { threw: true, error }
  }
}
