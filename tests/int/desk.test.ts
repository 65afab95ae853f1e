import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { type Desk, type DeskItem, loadDesk } from '@/lib/editorial/desk'
import { COMMENT_REQUIRED, SEND_BACK_REFUSAL } from '@/lib/editorial/review'
import { internalLinkNode, paragraphState } from '@/payload/seed/lexical'
import type { User } from '@/payload-types'

import {
  guideData,
  rejectionMessages,
  rest,
  roleData,
  salaryTableData,
  signedInStaff,
} from './helpers'
import { bootSite, payload } from './site'

/**
 * The editor's desk (the admin dashboard): each list holds exactly the right documents for writers,
 * editors and admins, and follows publish, unpublish, schedule and delete. No demo content here, so
 * every list is exactly what the tests put in it.
 */

bootSite()
type Staff = Awaited<ReturnType<typeof signedInStaff>>
let admin: Staff, editor: Staff, writer: Staff, otherWriter: Staff

const NOW = new Date('2026-11-30T12:00:00Z')

beforeAll(async () => {
  admin = await signedInStaff(payload, 'admin')
  editor = await signedInStaff(payload, 'editor')
  writer = await signedInStaff(payload, 'writer')
  otherWriter = await signedInStaff(payload, 'writer')
  await payload.update({
    collection: 'users',
    id: editor.user.id,
    data: { timeZone: 'UTC' },
  })
  editor.user = await payload.findByID({ collection: 'users', id: editor.user.id })
})

const deskOf = (user: User, now = NOW) => loadDesk({ payload, user, now })
const ids = (items: DeskItem[] | null) =>
  (items ?? []).map((item) => `${item.collection}:${item.id}`).sort()
const ref = (collection: string, id: number | string) => `${collection}:${id}`
const as = (user: User) => ({ user, overrideAccess: false }) as const

async function listsFor(...users: User[]): Promise<Desk[]> {
  return Promise.all(users.map((user) => deskOf(user)))
}

let counter = 0
async function publishedCareer(title = `Career ${++counter}`) {
  return payload.create({
    collection: 'roles',
    data: { ...roleData(title), _status: 'published' },
  })
}

async function draftGuide(by: User, title = `Guide ${++counter}`) {
  return payload.create({
    collection: 'articles',
    data: guideData(title, 'A draft guide.'),
    draft: true,
    ...as(by),
  })
}

async function markReady(by: User, collection: 'articles' | 'roles', id: number | string) {
  return payload.update({
    collection,
    id,
    data: { review: { state: 'ready' } },
    draft: true,
    depth: 0,
    ...as(by),
  })
}

describe('ready for review and sent back', () => {
  it('a writer hands a draft over; editors see everyone’s, writers only their own', async () => {
    const guide = await draftGuide(writer.user)
    const career = await payload.create({
      collection: 'roles',
      data: roleData(`Drafted career ${++counter}`),
      draft: true,
      ...as(otherWriter.user),
    })
    // A forged "asked by" is ignored: the server stamps who asked.
    const marked = await payload.update({
      collection: 'articles',
      id: guide.id,
      data: { review: { state: 'ready', requestedBy: editor.user.id } },
      draft: true,
      depth: 0,
      ...as(writer.user),
    })
    expect(marked.review?.requestedBy).toBe(writer.user.id)
    expect(marked.review?.requestedAt).toBeTruthy()
    await markReady(otherWriter.user, 'roles', career.id)

    const [ed, ad, wr, other] = await listsFor(
      editor.user,
      admin.user,
      writer.user,
      otherWriter.user,
    )
    const both = [ref('articles', guide.id), ref('roles', career.id)].sort()
    expect(ids(ed!.readyForReview)).toEqual(both)
    expect(ids(ad!.readyForReview)).toEqual(both)
    expect(ids(wr!.readyForReview)).toEqual([ref('articles', guide.id)])
    expect(ids(other!.readyForReview)).toEqual([ref('roles', career.id)])
    expect(ed!.readyForReview!.find((i) => i.collection === 'articles')?.detail).toMatch(
      new RegExp(`asked by ${writer.user.name}, .* UTC`),
    )
    // Newest request first.
    expect(ed!.readyForReview![0]!.id).toBe(career.id)
    expect(ed!.readyForReview![0]!.href).toBe(`/admin/collections/roles/${career.id}`)

    // Tidy: the other writer withdraws the request.
    await payload.update({
      collection: 'roles',
      id: career.id,
      data: { review: { state: 'none' } },
      draft: true,
      ...as(otherWriter.user),
    })
    expect(ids((await deskOf(editor.user)).readyForReview)).toEqual([ref('articles', guide.id)])
    await payload.delete({ collection: 'articles', id: guide.id })
    await payload.delete({ collection: 'roles', id: career.id })
  })

  it('only editors send a draft back, and only with a comment', async () => {
    const guide = await draftGuide(writer.user)
    await markReady(writer.user, 'articles', guide.id)
    const sendBack = (by: User, comment?: string) =>
      payload.update({
        collection: 'articles',
        id: guide.id,
        data: { review: { state: 'changes', ...(comment === undefined ? {} : { comment }) } },
        draft: true,
        depth: 0,
        ...as(by),
      })
    expect(await rejectionMessages(sendBack(writer.user, 'Looks fine to me'))).toContain(
      SEND_BACK_REFUSAL,
    )
    const overRest = await rest('PATCH', `articles/${guide.id}?draft=true`, {
      body: { review: { state: 'changes' } },
      token: writer.token,
    })
    expect(overRest.status).toBe(400)
    expect(JSON.stringify(overRest.json)).toContain('Only editors and admins can send')
    expect(await rejectionMessages(sendBack(editor.user))).toContain(COMMENT_REQUIRED)
    expect(await rejectionMessages(sendBack(editor.user, '   '))).toContain(COMMENT_REQUIRED)

    const sent = await sendBack(editor.user, 'Name the source of the salary figures.')
    expect(sent.review).toMatchObject({
      state: 'changes',
      comment: 'Name the source of the salary figures.',
      commentedBy: editor.user.id,
      requestedBy: writer.user.id,
    })
    const [ed, wr, other] = await listsFor(editor.user, writer.user, otherWriter.user)
    expect(ids(ed!.readyForReview)).toEqual([])
    expect(ids(ed!.changesRequested)).toEqual([ref('articles', guide.id)])
    expect(ids(wr!.changesRequested)).toEqual([ref('articles', guide.id)])
    expect(wr!.changesRequested![0]!.detail).toContain('Name the source of the salary figures.')
    expect(ids(other!.changesRequested)).toEqual([])

    // The writer reads the comment on the document and cannot rewrite it.
    const edited = await payload.update({
      collection: 'articles',
      id: guide.id,
      data: { distinction: 'Now with sources.', review: { comment: 'All good!' } },
      draft: true,
      ...as(writer.user),
    })
    expect(edited.review?.comment).toBe('Name the source of the salary figures.')

    // Resubmitted: back in the queue, newer request time, comment still there for context.
    const again = await markReady(writer.user, 'articles', guide.id)
    expect(again.review?.state).toBe('ready')
    expect(String(again.review?.requestedAt) > String(sent.review?.requestedAt)).toBe(true)
    expect(ids((await deskOf(editor.user)).readyForReview)).toEqual([ref('articles', guide.id)])
    expect(ids((await deskOf(editor.user)).changesRequested)).toEqual([])

    // Publishing settles it: out of every list, the review cleared.
    const published = await payload.update({
      collection: 'articles',
      id: guide.id,
      data: { _status: 'published' },
      depth: 0,
      ...as(editor.user),
    })
    expect(published.review).toMatchObject({ state: 'none', comment: null, requestedBy: null })
    const [after, writerAfter] = await listsFor(editor.user, writer.user)
    expect(ids(after!.readyForReview)).toEqual([])
    expect(ids(writerAfter!.readyForReview)).toEqual([])
    await payload.delete({ collection: 'articles', id: guide.id })
  })

  it('a copy or a restored version starts no hand-off of its own', async () => {
    const guide = await draftGuide(writer.user)
    await markReady(writer.user, 'articles', guide.id)
    await payload.update({
      collection: 'articles',
      id: guide.id,
      data: { review: { state: 'changes', comment: 'Add the 2026 figures.' } },
      draft: true,
      ...as(editor.user),
    })
    const copy = await payload.duplicate({
      collection: 'articles',
      id: guide.id,
      draft: true,
      depth: 0,
      ...as(writer.user),
    })
    expect(copy.review).toMatchObject({ state: 'none', comment: null, requestedBy: null })

    // Restoring the version from before it was sent back keeps today's hand-off.
    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: guide.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const restored = await payload.restoreVersion({
      collection: 'articles',
      id: versions[0]!.id,
      draft: true,
      depth: 0,
      ...as(writer.user),
    })
    expect(restored.review).toMatchObject({ state: 'changes', comment: 'Add the 2026 figures.' })
    await payload.delete({ collection: 'articles', where: { id: { in: [guide.id, copy.id] } } })
  })

  it('keeps the hand-off and who edited out of what anonymous readers can read', async () => {
    const guide = await payload.create({
      collection: 'articles',
      data: { ...guideData('Public guide', 'Live.'), _status: 'published' },
      ...as(editor.user),
    })
    const anonymous = await rest('GET', `articles/${guide.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).not.toHaveProperty('review')
    expect(anonymous.json).not.toHaveProperty('lastEditedBy')
    const staff = await rest('GET', `articles/${guide.id}?depth=0`, { token: writer.token })
    expect(staff.json.lastEditedBy).toBe(editor.user.id)
    await payload.delete({ collection: 'articles', id: guide.id })
  })

  it('a deleted draft leaves the queue', async () => {
    const guide = await draftGuide(writer.user)
    await markReady(writer.user, 'articles', guide.id)
    expect(ids((await deskOf(editor.user)).readyForReview)).toEqual([ref('articles', guide.id)])
    await payload.delete({ collection: 'articles', id: guide.id, ...as(writer.user) })
    expect(ids((await deskOf(editor.user)).readyForReview)).toEqual([])
  })
})

describe('unpublished changes', () => {
  it('lists published pages with a newer draft, until it is published or the page unpublished', async () => {
    const live = await payload.create({
      collection: 'articles',
      data: { ...guideData('Live guide', 'Live.'), _status: 'published' },
    })
    const neverPublished = await draftGuide(writer.user)
    expect(ids((await deskOf(editor.user)).unpublishedChanges)).toEqual([])

    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { distinction: 'A better distinction.' },
      draft: true,
      ...as(writer.user),
    })
    const [ed, wr, other] = await listsFor(editor.user, writer.user, otherWriter.user)
    expect(ids(ed!.unpublishedChanges)).toEqual([ref('articles', live.id)])
    expect(ed!.unpublishedChanges![0]!.detail).toContain(`by ${writer.user.name}`)
    expect(ids(wr!.unpublishedChanges)).toEqual([ref('articles', live.id)])
    expect(ids(other!.unpublishedChanges)).toEqual([])

    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { _status: 'published' },
      ...as(editor.user),
    })
    expect(ids((await deskOf(editor.user)).unpublishedChanges)).toEqual([])

    // A draft after unpublishing is not "unpublished changes": nothing is live to differ from.
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { _status: 'draft' },
      ...as(editor.user),
    })
    await payload.update({
      collection: 'articles',
      id: live.id,
      data: { distinction: 'Reworked while offline.' },
      draft: true,
      ...as(editor.user),
    })
    expect(ids((await deskOf(editor.user)).unpublishedChanges)).toEqual([])
    await payload.delete({ collection: 'articles', id: live.id })
    await payload.delete({ collection: 'articles', id: neverPublished.id })
  })
})

describe('scheduled', () => {
  const scheduleAs = async (
    user: User,
    args: { id: number | string; type: 'publish' | 'unpublish'; date: Date },
  ) => {
    const { schedulePublishForEditors } = await import('@/payload/jobs/schedulePublish')
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    return schedulePublishForEditors({
      req,
      type: args.type,
      doc: { relationTo: 'articles', value: args.id as number },
      date: args.date,
    } as unknown as Parameters<typeof schedulePublishForEditors>[0])
  }

  it('shows each pending schedule with its time in the viewer’s zone and who set it', async () => {
    const mine = await draftGuide(writer.user)
    const theirs = await draftGuide(otherWriter.user)
    const at = new Date('2026-12-02T04:00:00Z')
    expect(
      await scheduleAs(editor.user, { id: mine.id, type: 'publish', date: at }),
    ).not.toHaveProperty('error')
    await scheduleAs(editor.user, {
      id: theirs.id,
      type: 'publish',
      date: new Date('2026-12-01T04:00:00Z'),
    })

    const [ed, ad, wr] = await listsFor(editor.user, admin.user, writer.user)
    expect(ids(ed!.scheduled)).toEqual(
      [ref('articles', mine.id), ref('articles', theirs.id)].sort(),
    )
    // Soonest first; the editor chose UTC, the admin has the default (India).
    expect(ed!.scheduled!.map((i) => i.id)).toEqual([theirs.id, mine.id])
    const forEditor = ed!.scheduled!.find((i) => i.id === mine.id)!.detail
    expect(forEditor).toMatch(/Publish at 2 Dec 2026, 04:00 UTC, scheduled by editor/)
    expect(ad!.scheduled!.find((i) => i.id === mine.id)!.detail).toMatch(/2 Dec 2026, 09:30 IST/)
    expect(ids(wr!.scheduled)).toEqual([ref('articles', mine.id)])

    // Deleting a document cancels its schedule; a schedule that ran leaves the list.
    await payload.delete({ collection: 'articles', id: theirs.id })
    expect(ids((await deskOf(editor.user)).scheduled)).toEqual([ref('articles', mine.id)])
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    await scheduleAs(editor.user, {
      id: mine.id,
      type: 'publish',
      date: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'articles', id: mine.id }))._status).toBe(
      'published',
    )
    expect(ids((await deskOf(editor.user)).scheduled)).toEqual([])
    await payload.delete({ collection: 'articles', id: mine.id })
  })
})

describe('getting old', () => {
  it('flags the newest tables reviewed over 11 months ago and careers with no table this year', async () => {
    const old = await publishedCareer()
    const fresh = await publishedCareer()
    const lone = await publishedCareer()
    // Its only table, from 2025: still what readers are told about this career.
    const loneTable = await payload.create({
      collection: 'salary-tables',
      data: {
        ...salaryTableData(lone.id, { year: 2025, lastReviewed: '2025-01-15' }),
        _status: 'published',
      },
    })
    const oldTable = await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(old.id, { lastReviewed: '2026-01-10' }), _status: 'published' },
    })
    await payload.create({
      collection: 'salary-tables',
      data: {
        ...salaryTableData(old.id, { year: 2025, lastReviewed: '2025-01-15' }),
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(fresh.id, { lastReviewed: '2026-06-01' }), _status: 'published' },
    })
    const noTable = await publishedCareer()
    // A draft table does not count: readers cannot see it.
    await payload.create({
      collection: 'salary-tables',
      data: salaryTableData(noTable.id, { market: 'US' }),
      draft: true,
    })

    const staleIds = (desk: Desk) =>
      ids(desk.gettingOld!.filter((i) => i.collection === 'salary-tables'))
    const noTableIds = (desk: Desk) => ids(desk.gettingOld!.filter((i) => i.collection === 'roles'))
    // 30 Nov 2026: January 2025 is overdue; 10 January 2026 is not yet (under 11 months). The
    // older career's 2025 table is overdue too, but its 2026 table has replaced it for readers.
    const desk = await deskOf(writer.user)
    expect(staleIds(desk)).toEqual([ref('salary-tables', loneTable.id)])
    expect(noTableIds(desk)).toEqual([ref('roles', lone.id), ref('roles', noTable.id)].sort())
    expect(desk.gettingOld!.find((i) => i.id === noTable.id)!.detail).toContain(
      'no salary table for 2026',
    )

    // A month later, the December 2025 table is due too.
    const later = await deskOf(writer.user, new Date('2026-12-20T00:00:00Z'))
    expect(staleIds(later)).toEqual(
      [ref('salary-tables', loneTable.id), ref('salary-tables', oldTable.id)].sort(),
    )
    expect(later.gettingOld![0]!.detail).toMatch(/reviewed \d+ months ago/)
  })
})

describe('broken', () => {
  it('lists published articles linking to unpublished or deleted pages, and comparisons missing a table', async () => {
    const target = await payload.create({
      collection: 'articles',
      data: { ...guideData('Linked guide', 'Linked.'), _status: 'published' },
    })
    const linking = await payload.create({
      collection: 'articles',
      data: {
        kind: 'guide',
        title: 'Linking guide',
        distinction: 'Links.',
        body: paragraphState('See ', internalLinkNode('articles', target.id, 'the other guide')),
        _status: 'published',
      },
    })
    const brokenIds = async () => ids((await deskOf(editor.user)).broken)
    expect(await brokenIds()).toEqual([])

    await payload.update({
      collection: 'articles',
      id: target.id,
      data: { _status: 'draft' },
    })
    expect(await brokenIds()).toEqual([ref('articles', linking.id)])
    expect((await deskOf(writer.user)).broken![0]!.detail).toContain(
      '1 link to unpublished or deleted pages',
    )
    await payload.delete({ collection: 'articles', id: target.id })
    expect(await brokenIds()).toEqual([ref('articles', linking.id)])
    await payload.delete({ collection: 'articles', id: linking.id })

    const withTable = await publishedCareer('Has a table')
    const withoutTable = await publishedCareer('Has no Indian table')
    await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(withTable.id), _status: 'published' },
    })
    await payload.create({
      collection: 'salary-tables',
      data: { ...salaryTableData(withoutTable.id, { market: 'US' }), _status: 'published' },
    })
    const comparison = await payload.create({
      collection: 'articles',
      data: {
        kind: 'comparison',
        title: 'Has a table vs Has no Indian table',
        distinction: 'One has figures.',
        comparedRoles: [withTable.id, withoutTable.id],
        market: 'IN',
        _status: 'published',
      },
    })
    const desk = await deskOf(editor.user)
    expect(ids(desk.broken)).toEqual([ref('articles', comparison.id)])
    expect(desk.broken![0]!.detail).toContain('no India salary table for Has no Indian table')
  })
})

describe('reader numbers', () => {
  it('admins see counts of readers and sign-ups this week; nobody else does', async () => {
    await payload.create({ collection: 'readers', data: { email: 'one@example.test' } })
    await payload.create({ collection: 'readers', data: { email: 'two@example.test' } })
    const [ad, ed, wr] = await listsFor(admin.user, editor.user, writer.user)
    expect(ad!.readers).toEqual({ total: 2, thisWeek: 2 })
    expect(ed!.readers).toBeNull()
    expect(wr!.readers).toBeNull()
    const nextMonth = await deskOf(admin.user, new Date(Date.now() + 30 * 24 * 3600 * 1000))
    expect(nextMonth.readers).toEqual({ total: 2, thisWeek: 0 })
  })
})

describe('stray drafts', () => {
  it('the hourly job deletes untouched untitled drafts and keeps anything typed into', async () => {
    const start = Date.now()
    vi.useFakeTimers({ toFake: ['Date'], now: start })
    try {
      // "Create New" with autosave: an untitled draft saved at once, then left.
      const stray = await payload.create({ collection: 'articles', data: {}, draft: true })
      const strayRole = await payload.create({ collection: 'roles', data: {}, draft: true })
      // Another left untitled, but with a body typed into it a minute later.
      const typed = await payload.create({ collection: 'articles', data: {}, draft: true })
      vi.setSystemTime(start + 60_000)
      await payload.update({
        collection: 'articles',
        id: typed.id,
        data: { body: paragraphState('Notes for a guide on SRE interviews.') },
        draft: true,
      })
      const titled = await draftGuide(writer.user, 'A titled draft')

      vi.setSystemTime(start + 2 * 60 * 60 * 1000)
      await payload.jobs.queue({ task: 'purgeStrayDrafts', input: {} })
      await payload.jobs.run({ queue: 'default' })
      const exists = async (collection: 'articles' | 'roles', id: number | string) =>
        (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1
      expect(await exists('articles', stray.id)).toBe(false)
      expect(await exists('roles', strayRole.id)).toBe(false)
      expect(await exists('articles', typed.id)).toBe(true)
      expect(await exists('articles', titled.id)).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
