import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { skillFinder } from '@/lib/skills/merge'
import type { Role } from '@/payload-types'

import { careerWithSkills } from './careerSkills'
import * as data from './demoContent'
import * as desk from './deskExamples'
import { seedReportExamples } from './reportExamples'
import { skillCatalogue } from './skills'

export type SeedReport = { created: string[]; kept: string[] }

type SeedOptions = {
  admin?: { email: string; password: string }
  /**
   * The desk's examples (a draft waiting for review, a publish scheduled for next week). Not in
   * production: nobody reviewed that guide, and the scheduled job would publish it as the system.
   */
  deskExamples?: boolean
  /**
   * Example reader salary reports (enough for the backend developer's reader figures). Not in
   * production, where only real readers' pay may count; the end-to-end suite asks for them, so that
   * its pages are checked with reader figures on them.
   */
  reportExamples?: boolean
}

/**
 * Creates the demo content that is missing and leaves everything that exists alone, so a second run
 * changes nothing and an editor's later edits are never overwritten. Runs as the system (no user),
 * in one transaction where the database supports it, without revalidating a cache that is not there.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { created: [], kept: [] }
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const transactionID = await payload.db.beginTransaction?.()
  if (transactionID) req.transactionID = transactionID
  try {
    await seedContent(payload, req, report)
    const development = process.env.NODE_ENV !== 'production'
    if (options.deskExamples ?? development) await seedDeskExamples(payload, req, report)
    if (options.reportExamples ?? development) await seedReportExamples(payload, req, report)
    if (options.admin) await seedAdmin(payload, req, options.admin, report)
    if (transactionID) await payload.db.commitTransaction?.(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction?.(transactionID)
    throw error
  }
  return report
}

/** Every demo skill, created when no skill answers to its name yet; all stored skills returned. */
async function seedSkills(payload: Payload, req: PayloadRequest, report: SeedReport) {
  const stored = async () =>
    (
      await payload.find({
        collection: 'skills',
        select: { name: true, synonyms: true },
        depth: 0,
        pagination: false,
        req,
      })
    ).docs
  const find = skillFinder(await stored())
  const missing = skillCatalogue.filter((skill) => !find(skill.name))
  for (const { learn: _learn, ...skill } of missing) {
    await payload.create({ collection: 'skills', data: skill, req })
  }
  if (missing.length > 0) report.created.push(`${missing.length} skills`)
  if (missing.length < skillCatalogue.length)
    report.kept.push(`${skillCatalogue.length - missing.length} skills`)
  return stored()
}

async function seedContent(payload: Payload, req: PayloadRequest, report: SeedReport) {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const existingId = async (collection: 'roles' | 'articles' | 'authors', slug: string) => {
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      depth: 0,
      limit: 1,
      req,
      select: {},
    })
    return docs[0]?.id
  }

  const skills = await seedSkills(payload, req, report)
  const roleIds = new Map<string, Role['id']>()
  for (const seed of data.roles) {
    const { overviewMarkdown, skills: _names, roadmap: _stages, ...role } = seed
    let id = await existingId('roles', role.slug)
    if (id == null) {
      id = (
        await payload.create({
          collection: 'roles',
          data: {
            ...role,
            ...careerWithSkills(seed, skills, skillCatalogue),
            overview: richText(overviewMarkdown),
            _status: 'published',
          },
          req,
        })
      ).id
      report.created.push(`role ${role.slug}`)
    } else report.kept.push(`role ${role.slug}`)
    roleIds.set(role.slug, id)
  }
  const roleId = (slug: string) => {
    const id = roleIds.get(slug)
    if (id == null) throw new Error(`Seed data refers to an unknown role "${slug}".`)
    return id
  }

  for (const { roleSlug, ...table } of data.salaryTables) {
    const role = roleId(roleSlug)
    const { totalDocs } = await payload.count({
      collection: 'salary-tables',
      where: {
        and: [
          { role: { equals: role } },
          { market: { equals: table.market } },
          { year: { equals: table.year } },
        ],
      },
      req,
    })
    if (totalDocs > 0) {
      report.kept.push(`salary table ${roleSlug} ${table.market} ${table.year}`)
      continue
    }
    await payload.create({
      collection: 'salary-tables',
      data: { ...table, role, _status: 'published' },
      req,
    })
    report.created.push(`salary table ${roleSlug} ${table.market} ${table.year}`)
  }

  let authorId = await existingId('authors', data.author.slug)
  if (authorId == null) {
    authorId = (await payload.create({ collection: 'authors', data: data.author, req })).id
    report.created.push(`author ${data.author.slug}`)
  } else report.kept.push(`author ${data.author.slug}`)

  const { roleSlugs, bodyMarkdown, trajectoryMarkdown, closingMarkdown, pickSignals, ...article } =
    data.comparison
  if ((await existingId('articles', article.slug)) != null) {
    report.kept.push(`article ${article.slug}`)
    return
  }
  await payload.create({
    collection: 'articles',
    data: {
      ...article,
      kind: 'comparison',
      market: 'IN',
      comparedRoles: roleSlugs.map(roleId),
      body: richText(bodyMarkdown),
      trajectory: richText(trajectoryMarkdown),
      closingTake: richText(closingMarkdown),
      pickSignals: pickSignals.map(({ roleSlug, ...signal }) => ({
        ...signal,
        role: roleId(roleSlug),
      })),
      authors: [authorId],
      _status: 'published',
    },
    req,
  })
  report.created.push(`article ${article.slug}`)
}

/** A draft waiting for review and a scheduled publish, so the admin's desk is not empty. */
async function seedDeskExamples(payload: Payload, req: PayloadRequest, report: SeedReport) {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const draftGuide = async (guide: desk.DraftGuideSeed, extra: Record<string, unknown> = {}) => {
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { slug: { equals: guide.slug } },
      req,
    })
    if (totalDocs > 0) return null
    const { bodyMarkdown, ...fields } = guide
    return payload.create({
      collection: 'articles',
      data: {
        ...fields,
        kind: 'guide',
        body: convertMarkdownToLexical({ editorConfig, markdown: bodyMarkdown }),
        _status: 'draft',
        ...extra,
      },
      draft: true,
      req,
    })
  }

  const ready = await draftGuide(desk.readyForReview, {
    review: { state: 'ready', requestedAt: new Date().toISOString() },
  })
  if (ready) report.created.push(`draft ${desk.readyForReview.slug} (ready for review)`)
  else report.kept.push(`draft ${desk.readyForReview.slug}`)

  const scheduled = await draftGuide(desk.scheduledToPublish)
  if (!scheduled) {
    report.kept.push(`draft ${desk.scheduledToPublish.slug}`)
    return
  }
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id } },
    waitUntil: new Date(Date.now() + desk.SCHEDULED_AFTER_MS),
    req,
  })
  report.created.push(`draft ${desk.scheduledToPublish.slug} (scheduled)`)
}

async function seedAdmin(
  payload: Payload,
  req: PayloadRequest,
  admin: { email: string; password: string },
  report: SeedReport,
) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: admin.email.toLowerCase() } },
    req,
  })
  if (totalDocs > 0) {
    report.kept.push(`admin ${admin.email}`)
    return
  }
  await payload.create({
    collection: 'users',
    data: { email: admin.email, password: admin.password, name: 'Admin', role: 'admin' },
    req,
  })
  report.created.push(`admin ${admin.email}`)
}
