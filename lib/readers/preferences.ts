import type { Payload } from 'payload'

import { docIdOrNull, toDocId } from '../platform/ids'
import { isTheme, type Theme } from '../theme'
import { ReaderDataError } from './errors'
import { asSystem, findReaderAccount } from './records'
import { tokenMatches, tokenReaderId } from './unsubscribe'

/** The reader's theme as their account keeps it; `at` is null until they first choose one. */
export type ThemeChoice = { theme: Theme; at: string | null }

const choiceOf = (doc: { theme?: string | null; themeChangedAt?: string | null }): ThemeChoice => ({
  theme: isTheme(doc.theme) ? doc.theme : 'system',
  at: doc.themeChangedAt ?? null,
})

async function readerDoc(payload: Payload, readerId: string | number) {
  return payload.findByID({ collection: 'readers', id: readerId, ...asSystem })
}

export async function readerPreferences(payload: Payload, reader: string) {
  const doc = await readerDoc(payload, toDocId(payload, reader))
  return { theme: choiceOf(doc), weeklyDigest: Boolean(doc.weeklyDigest), email: doc.email ?? null }
}

/**
 * A theme chosen in one of the reader's browsers. The later choice wins, wherever it was made, so a
 * browser that was offline, or signed out, cannot undo a newer choice from another device.
 * Answers the account's choice after the write.
 */
export async function chooseTheme(
  payload: Payload,
  reader: string,
  theme: Theme,
  at: Date,
): Promise<ThemeChoice> {
  const readerId = toDocId(payload, reader)
  const current = choiceOf(await readerDoc(payload, readerId))
  if (current.at && Date.parse(current.at) >= at.getTime()) return current
  const updated = await payload.update({
    collection: 'readers',
    id: readerId,
    data: { theme, themeChangedAt: at.toISOString() },
    ...asSystem,
  })
  return choiceOf(updated)
}

/** Opts in to (or out of) the weekly email of changes to saved pages. */
export async function setWeeklyDigest(
  payload: Payload,
  reader: string | number,
  on: boolean,
): Promise<void> {
  const readerId = typeof reader === 'string' ? toDocId(payload, reader) : reader
  if (on) {
    const doc = await readerDoc(payload, readerId)
    if (!doc.email)
      throw new ReaderDataError('Your account has no email address to send the digest to.', 400)
  }
  await payload.update({
    collection: 'readers',
    id: readerId,
    data: { weeklyDigest: on },
    ...asSystem,
  })
}

/** The reader an unsubscribe token was made for, or null: a forged token, or an account since deleted. */
export async function readerOfUnsubscribeToken(payload: Payload, token: unknown) {
  const id = tokenReaderId(token)
  if (!id || typeof token !== 'string') return null
  const readerId = docIdOrNull(payload, id)
  if (readerId === null) return null
  const reader = await findReaderAccount(payload, readerId)
  return reader && tokenMatches(token, reader) ? reader.id : null
}

/**
 * The digest's unsubscribe link, signed in or not: answers false for a token the site did not make
 * (or whose account is gone — there is nothing left to send to then either).
 */
export async function stopDigest(payload: Payload, token: unknown): Promise<boolean> {
  const readerId = await readerOfUnsubscribeToken(payload, token)
  if (readerId === null) return false
  await setWeeklyDigest(payload, readerId, false)
  return true
}
