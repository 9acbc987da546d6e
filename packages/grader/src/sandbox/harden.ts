/**
 * Freezes every object student code can reach from its roots (the globals, the built-in modules
 * it may import, the prototypes of what the timers return), so that no built-in can be taught to
 * lie to the assertions (a `Symbol.hasInstance` on URL that makes every `toEqual` pass, an
 * accessor on `Immediate.prototype` that delays the tests' own timers). `--frozen-intrinsics`
 * covers only the language's own objects, not Node's or the Web APIs'. A prototype's data
 * properties become accessors first, as SES does for the language's ones, so that an instance can
 * still get its own value of the same name (an emitter its `_events`, a stream its `_read`).
 */

type Reachable = object

const isObject = (value: unknown): value is Reachable =>
  (typeof value === 'object' && value !== null) || typeof value === 'function'

export interface HardenOptions {
  /** Walked but left as they are: objects Node itself writes (`process`). */
  spare?: ReadonlySet<object>
  /** Properties not followed from any object: Node's own bookkeeping (an emitter's listeners). */
  skipKeys?: ReadonlySet<PropertyKey>
}

/** Every object reachable from `roots` through own properties, accessors and prototypes. */
function reach(roots: Iterable<unknown>, skipKeys: ReadonlySet<PropertyKey>) {
  const seen = new Set<Reachable>()
  const prototypes = new Set<Reachable>()
  const queue: Reachable[] = []
  const add = (value: unknown) => {
    if (isObject(value) && !seen.has(value)) {
      seen.add(value)
      queue.push(value)
    }
  }
  for (const root of roots) add(root)
  while (queue.length > 0) {
    const object = queue.pop() as Reachable
    // Frozen already (the language's own objects, under --frozen-intrinsics): all it reaches is too.
    if (Object.isFrozen(object)) continue
    const prototype: unknown = Reflect.getPrototypeOf(object)
    if (isObject(prototype)) {
      prototypes.add(prototype)
      add(prototype)
    }
    for (const key of Reflect.ownKeys(object)) {
      if (skipKeys.has(key)) continue
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key)
      if (!descriptor) continue
      if ('value' in descriptor) {
        add(descriptor.value)
        if (key === 'prototype' && typeof object === 'function' && isObject(descriptor.value))
          prototypes.add(descriptor.value)
      } else {
        add(descriptor.get)
        add(descriptor.set)
      }
    }
  }
  return { seen, prototypes }
}

/**
 * Turns a prototype's writable data properties into accessors: reading gives the value; writing
 * it on the prototype is refused, writing it on an instance gives the instance its own property.
 */
function enableOverrides(prototype: Reachable): void {
  for (const key of Reflect.ownKeys(prototype)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key)
    if (!descriptor || !('value' in descriptor) || !descriptor.writable || !descriptor.configurable)
      continue
    const { value } = descriptor
    Reflect.defineProperty(prototype, key, {
      get: () => value,
      set(this: unknown, next: unknown) {
        if (this === prototype || !isObject(this))
          throw new TypeError(`Cannot assign to read only property '${String(key)}' of a built-in`)
        Object.defineProperty(this, key, {
          value: next,
          writable: true,
          enumerable: true,
          configurable: true,
        })
      },
      enumerable: descriptor.enumerable ?? false,
      configurable: false,
    })
  }
}

/**
 * Object.freeze, but a writable property that is not configurable stays writable: Node defines a
 * few that way on prototypes (EventEmitter's kCapture) and assigns them on every instance, which a
 * frozen prototype would refuse; such a property cannot become an accessor either.
 */
function freeze(object: Reachable): void {
  const kept = Reflect.ownKeys(object).filter((key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key)
    return descriptor && 'value' in descriptor && descriptor.writable && !descriptor.configurable
  })
  if (kept.length === 0) {
    Object.freeze(object)
    return
  }
  Object.preventExtensions(object)
  for (const key of Reflect.ownKeys(object)) {
    if (kept.includes(key)) continue
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key) as PropertyDescriptor
    Object.defineProperty(
      object,
      key,
      'value' in descriptor ? { writable: false, configurable: false } : { configurable: false },
    )
  }
}

/** Module namespaces cannot be frozen (their bindings stay writable from inside), nor views with elements. */
const unfreezable = (object: Reachable) =>
  ArrayBuffer.isView(object) || Object.prototype.toString.call(object) === '[object Module]'

export function harden(roots: Iterable<unknown>, options: HardenOptions = {}): void {
  const spare = options.spare ?? new Set()
  const { seen, prototypes } = reach(roots, options.skipKeys ?? new Set())
  for (const object of seen) {
    if (spare.has(object) || unfreezable(object) || !Object.isExtensible(object)) continue
    if (prototypes.has(object)) enableOverrides(object)
    freeze(object)
  }
}
