import { randomBytes } from 'node:crypto'

import { serverHmac } from '../../platform/env'

/**
 * Names for who sent a report that do not say who it is. Keyed hashes (HMAC with the server's
 * secret), so nobody without the secret can test a guess: the same reader always gets the same
 * pseudonym, which lets editors spot one person's pattern without learning their name.
 */
const keyed = (purpose: string, value: string | number) => serverHmac(`${purpose}:${value}`)

/** What editors see instead of the reader: "Contributor 7F3A2C91E0". */
export const contributorPseudonym = (readerId: string | number) =>
  `Contributor ${keyed('salary-contributor', readerId).slice(0, 10).toUpperCase()}`

/** The network a report came from, for spotting bursts; never the address itself. */
export const addressFingerprint = (address: string) => keyed('salary-address', address).slice(0, 24)

/**
 * How far one version of a report moves before any figure is computed (lib/salaries/reports/stats.ts):
 * a number in [-1, 1] from the keyed hash of its member key, the same every time, and unknowable
 * without the server's secret.
 */
export function figureNoise(member: string): number {
  const hash = keyed('salary-figure', member)
  return (parseInt(hash.slice(0, 12), 16) / 0xffffffffffff) * 2 - 1
}

/** A new version key for a report: each time its author sends figures, it is a new member of its cohorts. */
export const newMemberKey = () => randomBytes(16).toString('hex')

/** One report per reader, career and year: the database's unique key. */
export const reportKey = (readerId: string | number, roleId: string | number, year: number) =>
  `${readerId}:${roleId}:${year}`
