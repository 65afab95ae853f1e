import type { Payload, PayloadRequest } from 'payload'

import { contributorPseudonym, newMemberKey, reportKey } from '@/lib/salaries/reports/identity'
import type { City, CompanyType } from '@/lib/salaries/reports/vocabulary'
import { LAKH } from '@/lib/salaries/rupees'

import type { SeedReport } from './seed'

/**
 * Example reader salary reports for a development site, so that profiles and comparisons show
 * what reader figures look like (and the moderation queue has something waiting). Invented, like
 * the desk examples, and never seeded in production, where only real readers' reports may count.
 */
type Example = {
  career: string
  lakhs: number
  city: City
  companyType: CompanyType
  approved: boolean
}

const backend: Example[] = [
  [15, 'pune', 'it-services'],
  [16.5, 'bengaluru', 'product'],
  [18, 'hyderabad', 'gcc'],
  [19, 'bengaluru', 'product'],
  [20, 'bengaluru', 'startup'],
  [21.5, 'pune', 'product'],
  [23, 'bengaluru', 'gcc'],
  [26, 'bengaluru', 'product'],
].map(([lakhs, city, companyType]) => ({
  career: 'backend-developer',
  lakhs: lakhs as number,
  city: city as City,
  companyType: companyType as CompanyType,
  approved: true,
}))
const EXAMPLES: Example[] = [
  ...backend,
  { career: 'devops-engineer', lakhs: 19, city: 'chennai', companyType: 'gcc', approved: false },
]

export async function seedReportExamples(
  payload: Payload,
  req: PayloadRequest,
  report: SeedReport,
) {
  const year = new Date().getUTCFullYear()
  const now = new Date().toISOString()
  const { docs: roles } = await payload.find({
    collection: 'roles',
    where: { slug: { in: [...new Set(EXAMPLES.map((e) => e.career))] } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    req,
  })
  const ids = new Map(roles.map((r) => [r.slug, r.id]))
  const roleId = (slug: string) => {
    const id = ids.get(slug)
    if (id == null) throw new Error(`Report example refers to an unknown career "${slug}".`)
    return id
  }
  let created = 0
  for (const [i, example] of EXAMPLES.entries()) {
    const email = `example-reader-${i + 1}@careerscope.example`
    const { docs } = await payload.find({
      collection: 'readers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      req,
    })
    if (docs.length) continue
    const reader = await payload.create({
      collection: 'readers',
      data: { email, name: `Example reader ${i + 1}` },
      req,
    })
    const ctc = Math.round(example.lakhs * LAKH)
    await payload.create({
      collection: 'salary-reports',
      data: {
        reader: reader.id,
        contributor: contributorPseudonym(reader.id),
        role: roleId(example.career),
        level: 'mid',
        yearsOfExperience: 4,
        year,
        market: 'IN',
        city: example.city,
        companyType: example.companyType,
        ctc,
        fixed: Math.round(ctc * 0.85),
        variable: Math.round(ctc * 0.1),
        stock: 0,
        status: example.approved ? 'approved' : 'pending',
        key: reportKey(reader.id, roleId(example.career), year),
        memberKey: newMemberKey(),
        submittedAt: now,
        accountCreatedAt: now,
        // Examples count at once, so a development site shows reader figures from its first start.
        ...(example.approved ? { countsFrom: now, firstApprovedAt: now } : {}),
      },
      req,
    })
    created += 1
  }
  if (created) report.created.push(`${created} example reader salary reports`)
  else report.kept.push('example reader salary reports')
}
