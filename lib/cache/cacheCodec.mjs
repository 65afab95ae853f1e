/**
 * Next's cache entries as JSON for Redis and back: pages carry their RSC payload and segment data
 * as Buffers (and a Map of them), which JSON would turn into arrays of numbers or lose.
 */

/** @param {unknown} value @returns {unknown} */
export function encode(value) {
  if (Buffer.isBuffer(value)) return { $b: value.toString('base64') }
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, encode(v)]) }
  if (Array.isArray(value)) return value.map(encode)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
  }
  return value
}

/** @param {unknown} value @returns {unknown} */
export function decode(value) {
  if (Array.isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    if ('$b' in value && typeof value.$b === 'string') return Buffer.from(value.$b, 'base64')
    if ('$m' in value && Array.isArray(value.$m)) {
      return new Map(value.$m.map(([k, v]) => [k, decode(v)]))
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}
