// Object.entries: own properties, integer-like keys first, ascending.
const settings = { port: '80', 10: 'ten', host: 'local', 2: 'two' }
console.log(
  Object.entries(settings)
    .map(([k]) => k)
    .join(' '),
)

// Object.fromEntries defines each key as an own property...
const parsed = Object.fromEntries([['__proto__', 'x']])
console.log('own __proto__:', Object.hasOwn(parsed, '__proto__'))

// ...where assignment would set the prototype (or, for a string,
// do nothing at all).
const assigned: Record<string, string> = {}
assigned['__proto__'] = 'x'
console.log('own __proto__:', Object.hasOwn(assigned, '__proto__'))
