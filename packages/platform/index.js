/**
 * Part III's exercises and examples use built-ins that Node 20, 22 or 24 lack (README.md lists
 * which). Importing this module fills in, from core-js, each one the running Node does not have,
 * and nothing else: on Node 26 it loads nothing. Plain JavaScript, so the grader's bundler and
 * `node --import` take it as it is.
 */
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))
const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())),
)

// core-js finds the engine's own %AsyncIteratorPrototype%, which has no global name, only when
// asked to (it has no global AsyncIterator to start from); otherwise it patches a stand-in of its own.
globalThis.USE_FUNCTION_CONSTRUCTOR = true

if (typeof globalThis.Iterator?.from !== 'function') {
  await import('core-js/es/iterator/from.js')
  await import('core-js/es/iterator/map.js')
  await import('core-js/es/iterator/filter.js')
  await import('core-js/es/iterator/take.js')
  await import('core-js/es/iterator/drop.js')
  await import('core-js/es/iterator/flat-map.js')
  await import('core-js/es/iterator/reduce.js')
  await import('core-js/es/iterator/to-array.js')
  await import('core-js/es/iterator/for-each.js')
  await import('core-js/es/iterator/some.js')
  await import('core-js/es/iterator/every.js')
  await import('core-js/es/iterator/find.js')
}
if (typeof globalThis.Iterator?.concat !== 'function') await import('core-js/es/iterator/concat.js')
if (typeof IteratorPrototype[Symbol.dispose] !== 'function')
  await import('core-js/es/iterator/dispose.js')
if (typeof AsyncIteratorPrototype[Symbol.asyncDispose] !== 'function')
  await import('core-js/es/async-iterator/async-dispose.js')
if (typeof globalThis.DisposableStack !== 'function')
  await import('core-js/es/disposable-stack/index.js')
if (typeof globalThis.AsyncDisposableStack !== 'function')
  await import('core-js/es/async-disposable-stack/index.js')
if (typeof Array.fromAsync !== 'function') await import('core-js/es/array/from-async.js')
if (typeof Object.groupBy !== 'function') await import('core-js/es/object/group-by.js')
if (typeof Map.groupBy !== 'function') await import('core-js/es/map/group-by.js')

delete globalThis.USE_FUNCTION_CONSTRUCTOR
