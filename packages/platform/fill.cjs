/**
 * Part III's exercises use built-ins that Node 20, 22 or 24 lack (README.md lists which). This
 * fills in, from core-js, each one the running Node does not have, and nothing else: on Node 26
 * it loads nothing. CommonJS and synchronous, so that it also runs as
 * `node --require @iterlings/platform/preload`: a process that freezes its built-ins
 * (`--frozen-intrinsics`, as the harness's child and the grader's sandbox do) must fill them in
 * first, and Node runs --require modules before it freezes, --import ones after. A later
 * `import '@iterlings/platform'` then finds everything there and loads nothing. Plain
 * JavaScript, so bundlers take it as it is.
 */
// CommonJS on purpose (above): require() is how it loads core-js, synchronously.
/* eslint-disable @typescript-eslint/no-require-imports */
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))
const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())),
)
// core-js finds the engine's own %AsyncIteratorPrototype%, which has no global name, only when
// handed it before any of its modules loads (or through eval, which the grader's sandbox
// forbids); otherwise it patches a stand-in of its own, which no async generator inherits from.
if (typeof AsyncIteratorPrototype[Symbol.asyncDispose] !== 'function')
  require('core-js/internals/shared-store').AsyncIteratorPrototype = AsyncIteratorPrototype

if (typeof globalThis.Iterator?.from !== 'function') {
  require('core-js/es/iterator/from.js')
  require('core-js/es/iterator/map.js')
  require('core-js/es/iterator/filter.js')
  require('core-js/es/iterator/take.js')
  require('core-js/es/iterator/drop.js')
  require('core-js/es/iterator/flat-map.js')
  require('core-js/es/iterator/reduce.js')
  require('core-js/es/iterator/to-array.js')
  require('core-js/es/iterator/for-each.js')
  require('core-js/es/iterator/some.js')
  require('core-js/es/iterator/every.js')
  require('core-js/es/iterator/find.js')
}
if (typeof globalThis.Iterator?.concat !== 'function') require('core-js/es/iterator/concat.js')
if (typeof IteratorPrototype[Symbol.dispose] !== 'function')
  require('core-js/es/iterator/dispose.js')
if (typeof AsyncIteratorPrototype[Symbol.asyncDispose] !== 'function')
  require('core-js/es/async-iterator/async-dispose.js')
if (typeof globalThis.DisposableStack !== 'function')
  require('core-js/es/disposable-stack/index.js')
if (typeof globalThis.AsyncDisposableStack !== 'function')
  require('core-js/es/async-disposable-stack/index.js')
if (typeof Array.fromAsync !== 'function') require('core-js/es/array/from-async.js')
if (typeof Object.groupBy !== 'function') require('core-js/es/object/group-by.js')
if (typeof Map.groupBy !== 'function') require('core-js/es/map/group-by.js')
