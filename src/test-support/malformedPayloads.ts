/**
 * Malformed IPC payloads, generated from one valid payload per channel: what a compromised
 * renderer could send instead. Every value here must be refused by validation; requests that
 * pass validation but name the wrong thing (unknown or foreign ids) are written per channel in
 * the test that uses this.
 */

export interface PayloadCase {
  /** What is wrong, e.g. `annotation.position.start = NaN`. */
  label: string
  payload: unknown
}

/** One string of 5 MB, shared by every case that needs a huge string. */
const HUGE_STRING = 'x'.repeat(5 * 1024 * 1024)

/** An object nested `depth` levels deep, built without recursion. */
function objectBomb(depth: number): unknown {
  let value: unknown = {}
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

function arrayBomb(depth: number): unknown {
  let value: unknown = []
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

/** Keys that pollute prototypes when merged naively, as own keys (as JSON.parse makes them). */
const PROTOTYPE_KEYS = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
] as Record<string, unknown>[]

/** Values of no use as any payload or field, whatever its type (cloneable over IPC, as these are). */
function junk(valid: unknown): PayloadCase[] {
  return [
    { label: 'null', payload: null },
    { label: 'true', payload: true },
    { label: 'false', payload: false },
    { label: 'a BigInt', payload: 1n },
    { label: 'a Date', payload: new Date(0) },
    { label: 'a Map', payload: new Map([['id', 'x']]) },
    { label: 'a Set', payload: new Set(['x']) },
    { label: 'a RegExp', payload: /x/ },
    // An empty list may be valid where a list is expected (no tags); elsewhere it never is.
    ...(Array.isArray(valid) ? [] : [{ label: 'an empty array', payload: [] }]),
    { label: 'the valid value wrapped in an array', payload: [valid] },
    { label: 'an object bomb (100,000 levels)', payload: objectBomb(100_000) },
    { label: 'an array bomb (100,000 levels)', payload: arrayBomb(100_000) },
    ...PROTOTYPE_KEYS.map((payload) => ({ label: `the object ${JSON.stringify(payload)}`, payload })),
  ]
}

const NUMBERS: PayloadCase[] = [
  { label: '0', payload: 0 },
  { label: '-1', payload: -1 },
  { label: '1.5', payload: 1.5 },
  { label: 'NaN', payload: NaN },
  { label: 'Infinity', payload: Infinity },
  { label: '-Infinity', payload: -Infinity },
]

const STRINGS: PayloadCase[] = [
  { label: 'a 5 MB string', payload: HUGE_STRING },
  { label: 'a string with a NUL', payload: '\u0000' },
  { label: 'a script tag', payload: '<script>alert(1)</script>' },
]

const OFFSETS: PayloadCase[] = [
  { label: '-1', payload: -1 },
  { label: '-0.5', payload: -0.5 },
  { label: '2.5', payload: 2.5 },
  { label: 'NaN', payload: NaN },
  { label: 'Infinity', payload: Infinity },
  { label: '-Infinity', payload: -Infinity },
  { label: '2^53 (not a safe integer)', payload: 2 ** 53 },
  { label: 'Number.MAX_VALUE', payload: Number.MAX_VALUE },
  { label: 'a numeric string', payload: '5' },
  { label: 'null', payload: null },
]

/** Strings of the wrong shape for an id (ids are letters, digits, `_` and `-`, at most 64). */
const BAD_IDS: PayloadCase[] = [
  { label: 'an empty id', payload: '' },
  { label: 'a path', payload: '../../etc/passwd' },
  { label: 'SQL', payload: "x'; DROP TABLE articles; --" },
  { label: 'a 65-character id', payload: 'a'.repeat(65) },
  { label: 'a 5 MB id', payload: HUGE_STRING },
  { label: 'an id with a space', payload: 'a b' },
  { label: 'an id with a NUL', payload: 'a\u0000b' },
  { label: 'a wildcard', payload: '%' },
]

/** Every way to get one value wrong, given a valid value of that place (and its key). */
function wrongValues(valid: unknown, key: string): PayloadCase[] {
  const cases = junk(valid)
  if (typeof valid === 'string') {
    // A value picked from a fixed list (a colour, a format, a selector type, what a CSV's rows are).
    const choice = ['color', 'format', 'type', 'rows'].includes(key)
    cases.push(...NUMBERS, { label: 'an object', payload: { value: valid } })
    cases.push(...(/id$/i.test(key) ? BAD_IDS : STRINGS.filter((s) => s.payload === HUGE_STRING || choice)))
    if (choice) cases.push({ label: 'an unknown choice', payload: 'red; drop table' })
  } else if (typeof valid === 'number') {
    cases.push(...OFFSETS, { label: 'an object', payload: { value: valid } })
  } else if (valid instanceof Uint8Array) {
    cases.push(
      { label: 'a string', payload: 'hello' },
      { label: 'an array of numbers', payload: [...valid] },
      { label: 'a bridge-style object', payload: { __bytes: 'aGVsbG8=' } },
      { label: 'an ArrayBuffer', payload: valid.buffer },
      { label: 'more than 50 MB', payload: new Uint8Array(50 * 1024 * 1024 + 1) },
    )
  } else if (Array.isArray(valid)) {
    cases.push(...NUMBERS, ...STRINGS, { label: 'an object', payload: { 0: valid[0] } })
    cases.push({
      label: '10,000 copies of an item',
      payload: Array.from({ length: 10_000 }, () => valid[0] ?? 'x'),
    })
  } else if (valid && typeof valid === 'object') {
    cases.push(...NUMBERS, ...STRINGS)
  }
  return cases
}

/**
 * Every malformed variant of `valid` (a channel's valid payload): the whole payload replaced by
 * junk, each key missing (unless `optional`), each value wrong, an extra key, prototype keys
 * beside the real ones; recursively for nested objects and array items.
 */
export function malformedVariants(valid: unknown, optional: readonly string[] = []): PayloadCase[] {
  if (valid === undefined) {
    // A channel that takes no data: anything at all is malformed.
    return [...junk(valid), ...NUMBERS, ...STRINGS, { label: 'an empty object', payload: {} }]
  }
  return variants(valid, '', optional)
}

function variants(valid: unknown, path: string, optional: readonly string[]): PayloadCase[] {
  const here = path || 'the payload'
  const cases = wrongValues(valid, path.split('.').pop() ?? '').map((c) => ({
    label: `${here} = ${c.label}`,
    payload: c.payload,
  }))
  if (Array.isArray(valid)) {
    valid.forEach((item, i) => {
      for (const c of variants(item, `${path}[${i}]`, optional)) {
        const copy = [...valid]
        copy[i] = c.payload
        cases.push({ label: c.label, payload: copy })
      }
    })
  } else if (valid && typeof valid === 'object' && !(valid instanceof Uint8Array)) {
    const record = valid as Record<string, unknown>
    cases.push({ label: `${here} with an extra key`, payload: { ...record, isAdmin: true } })
    // An empty object is valid where every key is optional (an export's options).
    const someRequired = Object.keys(record).some((key) => !optional.includes(path ? `${path}.${key}` : key))
    if (someRequired) cases.push({ label: `${here} = {}`, payload: {} })
    for (const keys of PROTOTYPE_KEYS) {
      cases.push({
        label: `${here} with an own ${Object.keys(keys)[0]} key`,
        payload: Object.assign(JSON.parse(JSON.stringify(keys)), record),
      })
    }
    for (const [key, value] of Object.entries(record)) {
      const at = path ? `${path}.${key}` : key
      if (!optional.includes(at)) {
        const { [key]: _dropped, ...rest } = record
        cases.push({ label: `${at} missing`, payload: rest })
      }
      for (const c of variants(value, at, optional))
        cases.push({ label: c.label, payload: { ...record, [key]: c.payload } })
    }
  }
  return cases
}
