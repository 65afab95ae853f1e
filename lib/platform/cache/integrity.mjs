/**
 * What the shared cache writes to Redis is sealed with a key derived from PAYLOAD_SECRET, and what
 * it reads back is opened only if the seal holds: whoever can write to Redis cannot plant a page
 * (stored script on every instance), a redirect, or a tag expiry that keeps pages stale — they can
 * only delete, which a cache survives. Entries are bound to their key, so one cannot be moved to
 * answer another address.
 */
import { timingSafeEqual } from 'node:crypto'

import { serverHmac } from '../secrets.mjs'

const seal = (text) => serverHmac(`shared-cache:${text}`)
const SEAL_LENGTH = 64

const same = (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** An entry as stored: its seal, a colon, its JSON. @param {string} key @param {string} json */
export const sealEntry = (key, json) => `${seal(`entry:${key}\n${json}`)}:${json}`

/**
 * The JSON of a stored entry, or null when its seal does not hold (written by anyone but us).
 * @param {string} key @param {string} stored
 */
export function openEntry(key, stored) {
  if (stored.charAt(SEAL_LENGTH) !== ':') return null
  const json = stored.slice(SEAL_LENGTH + 1)
  return same(stored.slice(0, SEAL_LENGTH), seal(`entry:${key}\n${json}`)) ? json : null
}

/** What a tag state's seal covers: where it is kept (the database's hash), the tag, its times. */
const tagText = (scope, tag, { at, stale, expired }) =>
  `tag:${scope}:${tag}:${at ?? ''}:${stale ?? ''}:${expired ?? ''}`

/** A tag's state with its seal, for the hash and the channel. */
export const sealTagState = (scope, tag, state) => {
  const { sig: _old, ...fields } = state
  return { ...fields, sig: seal(tagText(scope, tag, fields)) }
}

/** A tag's state without its seal, or null when the seal does not hold. */
export function openTagState(scope, tag, state) {
  if (!state || typeof state !== 'object' || typeof state.sig !== 'string') return null
  const { sig, ...fields } = state
  return same(sig, seal(tagText(scope, tag, fields))) ? fields : null
}
