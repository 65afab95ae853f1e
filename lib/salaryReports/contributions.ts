import type { Payload } from 'payload'

import { retryAfterText } from '../auth/signInLimits'
import { relationId } from '../ids'
import { ReaderDataError } from '../readers/errors'
import { toDocId } from '../readers/ids'
import { publishedPage } from '../readers/publishedPages'
import { asSystem, ownedBy } from '../readers/records'
import { flagReport } from './flags'
import { addressFingerprint, contributorPseudonym, reportKey } from './identity'
import type { FieldErrors, ReportInput } from './input'
import { reportLimits } from './limits'
import { REPORT_MARKET } from './vocabulary'

/**
 * A reader's own salary reports: send, edit, withdraw, list. The reader id always comes from the
 * session (never the request), and every query here filters on it; the collection is closed to
 * readers through Payload, hence the system access, as in lib/readers.
 */

export type SubmitResult =
  { ok: true; id: string } | { ok: false; errors: FieldErrors; message?: string }

const refused = (message: string, errors: FieldErrors = {}): SubmitResult => ({
  ok: false,
  errors,
  message,
})

export async function ownReport(payload: Payload, reader: string, reportId: string) {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [ownedBy(toDocId(payload, reader)), { id: { equals: toDocId(payload, reportId) } }],
    },
    limit: 1,
    ...asSystem,
  })
  return docs[0] ?? null
}

/**
 * Sends a new report, or replaces the figures of one the reader sent before (`editing`). Either way
 * it waits for review again: an approved report that changes leaves the published figures until an
 * editor approves the new figures.
 */
export async function submitReport(
  payload: Payload,
  reader: string,
  input: ReportInput,
  address: string,
  editing?: string,
): Promise<SubmitResult> {
  const readerId = toDocId(payload, reader)
  const existing = editing ? await ownReport(payload, reader, editing) : null
  if (editing && !existing) throw new ReaderDataError('That report does not exist.', 404)

  const { page: career } = await publishedPage(payload, 'roles', input.role).catch(() => ({
    page: null,
  }))
  if (!career) return refused('', { role: 'Choose a career from the list.' })
  const roleId = toDocId(payload, input.role)

  const key = reportKey(readerId, roleId, input.year)
  const { docs: clash } = await payload.find({
    collection: 'salary-reports',
    where: {
      and: [{ key: { equals: key } }, ...(existing ? [{ id: { not_equals: existing.id } }] : [])],
    },
    limit: 1,
    ...asSystem,
  })
  if (clash.length)
    return refused('', {
      year: `You have already reported ${input.year} pay for ${career.title}: edit that report on your account page instead.`,
    })

  const fingerprint = addressFingerprint(address)
  const waits = await Promise.all([
    reportLimits.perReader.hit(String(readerId)),
    reportLimits.perAddress.hit(fingerprint),
  ])
  const wait = Math.max(...waits)
  if (wait > 0) return refused(`You have sent many reports today. ${retryAfterText(wait)}`)

  const { flags, notes } = await flagReport(
    payload,
    { ...input, role: roleId },
    { readerId, fingerprint, editing: existing?.id },
  )
  const data = {
    role: roleId,
    level: input.level,
    yearsOfExperience: input.yearsOfExperience,
    market: REPORT_MARKET,
    city: input.city,
    companyType: input.companyType,
    year: input.year,
    ctc: input.ctc,
    fixed: input.fixed,
    variable: input.variable,
    stock: input.stock,
    monthlyInHand: input.monthlyInHand,
    key,
    addressFingerprint: fingerprint,
    flags,
    flagNotes: notes.join('\n') || null,
    submittedAt: new Date().toISOString(),
    status: 'pending' as const,
    rejectionReason: null,
    moderatedAt: null,
    moderatedBy: null,
  }
  try {
    const saved = existing
      ? await payload.update({
          collection: 'salary-reports',
          id: existing.id as number,
          data,
          ...asSystem,
        })
      : await payload.create({
          collection: 'salary-reports',
          data: { ...data, reader: readerId, contributor: contributorPseudonym(readerId) },
          ...asSystem,
        })
    return { ok: true, id: String(saved.id) }
  } catch (error) {
    // Two sends at once for the same career and year: the unique key let one in.
    const { totalDocs } = await payload.count({
      collection: 'salary-reports',
      where: {
        and: [{ key: { equals: key } }, ...(existing ? [{ id: { not_equals: existing.id } }] : [])],
      },
      overrideAccess: true,
    })
    if (totalDocs > 0)
      return refused('', {
        year: `You have already reported ${input.year} pay for ${career.title}.`,
      })
    throw error
  }
}

/** Withdraws a report; its figures leave the published cohorts at once. */
export async function withdrawReport(payload: Payload, reader: string, reportId: string) {
  await payload.delete({
    collection: 'salary-reports',
    where: {
      and: [ownedBy(toDocId(payload, reader)), { id: { equals: toDocId(payload, reportId) } }],
    },
    ...asSystem,
  })
}

export type OwnReport = {
  id: string
  role: string
  career: string
  year: number
  level: string
  ctc: number
  status: 'pending' | 'approved' | 'rejected'
  rejectionReason: string | null
  sentAt: string
}

/** The reader's reports, newest first, with the career's live name. */
export async function readerReports(payload: Payload, reader: string): Promise<OwnReport[]> {
  const { docs } = await payload.find({
    collection: 'salary-reports',
    where: ownedBy(toDocId(payload, reader)),
    sort: '-createdAt',
    pagination: false,
    overrideAccess: true,
    depth: 1,
    populate: { roles: { title: true } },
    select: {
      role: true,
      year: true,
      level: true,
      ctc: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
    },
  })
  return docs.map((d) => ({
    id: String(d.id),
    role: relationId(d.role) ?? '',
    career: typeof d.role === 'object' && d.role ? d.role.title : 'A career no longer listed',
    year: d.year,
    level: d.level,
    ctc: d.ctc,
    status: d.status,
    rejectionReason: d.status === 'rejected' ? (d.rejectionReason ?? null) : null,
    sentAt: d.createdAt,
  }))
}
