/**
 * Next's cache entries as JSON for Redis and back: pages carry their RSC payload and segment data
 * as Buffers (and a Map of them), which JSON would turn into arrays of numbers or lose. (`undefined`
 * inside an array comes back as null, as JSON has it; Next's entries hold none.)
 */

// Markers no page data uses: an object with one of these keys is ours.
const BYTES = '__careerscope_bytes__'
const MAP = '__careerscope_map__'

/** @param {unknown} value @returns {unknown} */
export function encode(value) {
  if (ArrayBuffer.isView(value)) {
    return {
      [BYTES]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    }
  }
  if (value instanceof Map) return { [MAP]: [...value].map(([k, v]) => [k, encode(v)]) }
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
    if (typeof value[BYTES] === 'string') return Buffer.from(value[BYTES], 'base64')
    if (Array.isArray(value[MAP])) return new Map(value[MAP].map(([k, v]) => [k, decode(v)]))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}
