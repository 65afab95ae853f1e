import { type Endpoint, ValidationError } from 'payload'

import { adminDocPath } from '@/lib/paths'
import { InvalidIdError, toDocId } from '@/lib/platform/ids'
import { publishedFigures } from '@/lib/salaries/reports/figures'
import { tableFromFigures } from '@/lib/salaries/reports/foldIntoTable'
import { isPublisherUser } from '@/lib/staff'

import { endpointProblem } from '../errors'

/**
 * POST /api/salary-reports/draft-table `{ role, year }`: an editor turns a career's approved reader
 * reports for a year into a salary-table draft, created with the editor's own access (so every
 * rule of salary tables applies: one per career, market and year; valid rows; evidence).
 */
export const draftTableEndpoint: Endpoint = {
  path: '/draft-table',
  method: 'post',
  handler: async (req) => {
    if (!isPublisherUser(req.user))
      return endpointProblem(403, 'Only editors can make tables from reader reports.')
    const body = (await req.json?.().catch(() => null)) as { role?: unknown; year?: unknown } | null
    const given = body?.role
    let role: string
    try {
      if (typeof given !== 'string' && typeof given !== 'number') throw new InvalidIdError('')
      role = String(toDocId(req.payload, given))
    } catch {
      return endpointProblem(400, 'Send the career and the year: { "role": …, "year": 2026 }.')
    }
    const year = Number(body?.year)
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      return endpointProblem(400, 'The year is a whole number such as 2026.')
    const figures = (await publishedFigures(req.payload, [role], { req }))[role] ?? []
    const data = tableFromFigures(role, year, figures, new Date().toISOString().slice(0, 10))
    if (data.rows.length === 0)
      return endpointProblem(
        400,
        `No level of this career has 5 approved reader reports for ${year}.`,
      )
    try {
      const table = await req.payload.create({
        collection: 'salary-tables',
        data: { ...data, role: toDocId(req.payload, role), _status: 'draft' } as never,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json(
        { id: table.id, url: adminDocPath('salary-tables', table.id) },
        { status: 201 },
      )
    } catch (error) {
      if (error instanceof ValidationError)
        return endpointProblem(400, error.data.errors.map((e) => e.message).join(' '))
      throw error
    }
  },
}
