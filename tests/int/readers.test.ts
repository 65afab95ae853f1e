import { beforeAll, describe, expect, it } from 'vitest'

import { hashSessionToken, payloadAdapter } from '@/lib/auth/adapter'
import { readerForSessionToken } from '@/lib/auth/session'
import { toDocId } from '@/lib/platform/ids'
import { accountOverview, deleteReaderAccount, exportReaderData } from '@/lib/readers/account'
import { readerPageState } from '@/lib/readers/pageState'
import { savePage, unsavePage } from '@/lib/readers/saves'
import { setStageStatus } from '@/lib/readers/stageStatus'

import { graphql, rest, roleData, salaryTableData, signedInStaff } from './helpers'
import { call, type Reader, readerFactory } from './readerRoutes'
import { bootSite, payload } from './site'

/**
 * Reader accounts end to end below the browser: next-auth's adapter on the real Payload, the reader
 * routes (app/api/reader) called as Next calls them with a real session cookie, one reader's data
 * kept from another, account deletion, and Payload's own API closed to all but admins.
 */

bootSite()
const adapter = payloadAdapter(async () => payload)
const staff: Record<'admin' | 'editor' | 'writer', string> = { admin: '', editor: '', writer: '' }
let roleId: string
let draftRoleId: string
let stages: [string, string, string]

const newReader = readerFactory(() => payload)

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'writer'] as const)
    staff[role] = (await signedInStaff(payload, role)).token
  const role = await payload.create({
    collection: 'roles',
    data: {
      ...roleData('Reader Test Engineer'),
      _status: 'published',
      roadmap: [{ stage: 'Basics' }, { stage: 'Projects' }, { stage: 'Production' }],
    },
  })
  roleId = String(role.id)
  stages = (role.roadmap ?? []).map((s) => s.id!) as [string, string, string]
  draftRoleId = String(
    (
      await payload.create({
        collection: 'roles',
        data: roleData('Unreleased Career'),
        draft: true,
      })
    ).id,
  )
})

describe('next-auth adapter on Payload', () => {
  it('creates readers, finds them by email and by linked identity', async () => {
    const user = await adapter.createUser!({
      email: 'Asha@Example.com',
      emailVerified: null,
      name: 'Asha',
    })
    expect((await adapter.getUserByEmail!('asha@example.com'))?.id).toBe(user.id)
    await adapter.linkAccount!({
      userId: user.id,
      type: 'oauth',
      provider: 'oidc',
      providerAccountId: 'sub-123',
      access_token: 'secret-token',
    })
    expect(
      (await adapter.getUserByAccount!({ provider: 'oidc', providerAccountId: 'sub-123' }))?.email,
    ).toBe('asha@example.com')
    expect(
      await adapter.getUserByAccount!({ provider: 'oidc', providerAccountId: 'sub-999' }),
    ).toBeNull()
    // Provider tokens are not kept.
    const { docs } = await payload.find({
      collection: 'reader-accounts',
      where: { provider: { equals: 'oidc' } },
      overrideAccess: true,
    })
    expect(JSON.stringify(docs)).not.toContain('secret-token')
  })

  it('stores an identity provider’s email only as one normalised address, as magic links do', async () => {
    const user = await adapter.createUser!({
      email: '  Meera@Example.COM ',
      emailVerified: null,
      name: 'Meera',
    })
    expect(user.email).toBe('meera@example.com')
    expect((await adapter.getUserByEmail!(' MEERA@example.com'))?.id).toBe(user.id)
    const before = (await payload.count({ collection: 'readers', overrideAccess: true })).totalDocs
    for (const email of [
      'victim@example.com,attacker@example.com',
      'a@b.com\r\nBcc: c@d.com',
      'Name <a@b.com>',
    ])
      await expect(
        adapter.createUser!({ email, emailVerified: null, name: 'Odd' }),
        email,
      ).rejects.toThrow(/Enter one email address/)
    expect((await payload.count({ collection: 'readers', overrideAccess: true })).totalDocs).toBe(
      before,
    )
    expect(await adapter.getUserByEmail!('victim@example.com,attacker@example.com')).toBeNull()
  })

  it('keeps readers whose identity provider shares no email apart', async () => {
    const first = await adapter.createUser!({
      email: null,
      emailVerified: null,
      name: 'Private One',
    })
    const second = await adapter.createUser!({
      email: null,
      emailVerified: null,
      name: 'Private Two',
    })
    expect(first.id).not.toBe(second.id)
    expect([first.email, (await adapter.getUser!(second.id))?.name]).toEqual(['', 'Private Two'])
  })

  it('stores only a hash of the session token and ends sessions on sign-out', async () => {
    const user = await adapter.createUser!({
      email: 'ravi@example.com',
      emailVerified: null,
    })
    const expires = new Date(Date.now() + 60_000)
    await adapter.createSession!({ sessionToken: 'raw-session-token', userId: user.id, expires })
    const { docs } = await payload.find({
      collection: 'reader-sessions',
      where: { reader: { equals: user.id } },
      overrideAccess: true,
    })
    expect(docs.map((d) => d.tokenHash)).toEqual([hashSessionToken('raw-session-token')])
    expect((await adapter.getSessionAndUser!('raw-session-token'))?.user.email).toBe(
      'ravi@example.com',
    )
    const later = new Date(Date.now() + 120_000)
    expect(
      (await adapter.updateSession!({ sessionToken: 'raw-session-token', expires: later }))
        ?.expires,
    ).toEqual(later)
    await adapter.deleteSession!('raw-session-token')
    expect(await adapter.getSessionAndUser!('raw-session-token')).toBeNull()
  })

  it('treats an expired session as signed out', async () => {
    const user = await adapter.createUser!({
      email: 'old@example.com',
      emailVerified: null,
    })
    await adapter.createSession!({
      sessionToken: 'expired-token',
      userId: user.id,
      expires: new Date(Date.now() - 1000),
    })
    expect(await readerForSessionToken('expired-token')).toBeNull()
  })

  it('uses a magic-link token once', async () => {
    const expires = new Date(Date.now() + 60_000)
    await adapter.createVerificationToken!({
      identifier: 'meera@example.com',
      token: 'hashed-token',
      expires,
    })
    expect(
      await adapter.useVerificationToken!({
        identifier: 'someone@else.com',
        token: 'hashed-token',
      }),
    ).toBeNull()
    expect(
      await adapter.useVerificationToken!({
        identifier: 'meera@example.com',
        token: 'hashed-token',
      }),
    ).toEqual({ identifier: 'meera@example.com', token: 'hashed-token', expires })
    expect(
      await adapter.useVerificationToken!({
        identifier: 'meera@example.com',
        token: 'hashed-token',
      }),
    ).toBeNull()
  })
})

describe('reader routes', () => {
  it('answer 401 without a session, 403 to cross-site writes, and signed-out state to pages', async () => {
    const reader = await newReader('routes@example.com')
    /** The status of a save sent by this reader from `origin`, as a forged request would be. */
    const saveStatus = async (request: {
      origin: string | null
      headers?: Record<string, string>
    }) =>
      (
        await call('saves', 'POST', {
          reader,
          body: { collection: 'roles', id: roleId },
          ...request,
        })
      ).status
    expect(
      (await call('saves', 'POST', { body: { collection: 'roles', id: roleId } })).status,
    ).toBe(401)
    expect(
      (await call('progress', 'PUT', { body: { role: roleId, stage: stages[0], status: 'done' } }))
        .status,
    ).toBe(401)
    expect((await call('export', 'GET')).status).toBe(401)
    expect(await saveStatus({ origin: 'https://evil.example' })).toBe(403)
    expect(await saveStatus({ origin: null })).toBe(403)
    // The Origin is judged against the configured origins, never against Host or X-Forwarded-Host,
    // which the client sets.
    expect(
      await saveStatus({
        origin: 'https://evil.example',
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      }),
    ).toBe(403)
    // A body past 16 KB is refused before it is read whole (a note may be 2,000 characters).
    const huge = await call('notes', 'PUT', {
      reader,
      rawBody: JSON.stringify({ role: roleId, stage: stages[0], text: 'x'.repeat(3_000_000) }),
    })
    expect(huge).toMatchObject({ status: 413, json: { error: 'InvalidRequest' } })
    expect(huge.json.message).toMatch(/larger than 16 KB/)
    const anonymous = await call('state', 'GET', { query: `?collection=roles&id=${roleId}` })
    expect(anonymous).toMatchObject({ status: 200, json: { signedIn: false } })
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
  })

  it('save a page and track roadmap stages for the signed-in reader', async () => {
    const reader = await newReader('priya@example.com')
    expect(
      (await call('saves', 'POST', { reader, body: { collection: 'roles', id: roleId } })).json,
    ).toEqual({ saved: true })
    // Saving twice keeps one save.
    await call('saves', 'POST', { reader, body: { collection: 'roles', id: roleId } })
    expect(
      (
        await call('progress', 'PUT', {
          reader,
          body: { role: roleId, stage: stages[0], status: 'done' },
        })
      ).json,
    ).toEqual({ progress: { [stages[0]]: 'done' } })
    await call('progress', 'PUT', {
      reader,
      body: { role: roleId, stage: stages[1], status: 'in_progress' },
    })
    expect(
      (await call('state', 'GET', { reader, query: `?collection=roles&id=${roleId}` })).json,
    ).toEqual({
      signedIn: true,
      saved: true,
      progress: { [stages[0]]: 'done', [stages[1]]: 'in_progress' },
      notes: { page: null, stages: {} },
    })
    const overview = await accountOverview(payload, reader.id)
    expect(overview.saved.map((p) => [p.title, p.path])).toEqual([
      ['Reader Test Engineer', '/careers/reader-test-engineer'],
    ])
    expect(overview.roles).toMatchObject([
      { title: 'Reader Test Engineer', done: 1, inProgress: 1 },
    ])
    expect(overview.roles[0]?.stages.map((s) => s.status)).toEqual(['done', 'in_progress', null])
    // Clearing a stage and removing the save.
    expect(
      (
        await call('progress', 'PUT', {
          reader,
          body: { role: roleId, stage: stages[1], status: null },
        })
      ).json.progress,
    ).toEqual({ [stages[0]]: 'done' })
    expect(
      (await call('saves', 'DELETE', { reader, body: { collection: 'roles', id: roleId } })).json,
    ).toEqual({ saved: false })
    expect(
      (await readerPageState(payload, reader.id, { collection: 'roles', id: roleId })).saved,
    ).toBe(false)
  })

  it('reject bad input with a message and save nothing', async () => {
    const reader = await newReader('typo@example.com')
    const cases = [
      await call('saves', 'POST', { reader, body: { collection: 'users', id: 1 } }),
      await call('saves', 'POST', { reader, body: { collection: 'roles', id: draftRoleId } }),
      await call('saves', 'POST', { reader, body: { collection: 'roles', id: '999999' } }),
      await call('progress', 'PUT', {
        reader,
        body: { role: roleId, stage: 'not-a-stage', status: 'done' },
      }),
      await call('progress', 'PUT', {
        reader,
        body: { role: roleId, stage: stages[0], status: 'finished' },
      }),
      await call('progress', 'PUT', {
        reader,
        body: { role: draftRoleId, stage: stages[0], status: 'done' },
      }),
    ]
    expect(cases.map((c) => c.status)).toEqual([400, 404, 404, 400, 400, 404])
    expect(cases[1]?.json.message).toBe('That page does not exist or is not published.')
    expect(cases[3]?.json.message).toBe('That stage is not on this career’s roadmap.')
    const overview = await accountOverview(payload, reader.id)
    expect([overview.saved.length, overview.roles.length]).toEqual([0, 0])
  })
})

describe('a generated comparison', () => {
  it('is saved once by its two careers, whichever way round, with a note; only while both careers are public', async () => {
    const reader = await newReader('pairs@example.com')
    const other = await payload.create({
      collection: 'roles',
      data: { ...roleData('Pair Partner Analyst'), _status: 'published' },
    })
    const otherId = String(other.id)
    for (const career of [roleId, otherId])
      await payload.create({
        collection: 'salary-tables',
        data: { ...salaryTableData(toDocId(payload, career)), _status: 'published' },
      })
    const pair = (a: string, b: string) => ({ collection: 'pairs', id: `${a}-${b}` })
    const save = (body: Record<string, unknown>) => call('saves', 'POST', { reader, body })
    expect((await save(pair(roleId, otherId))).json).toEqual({ saved: true })
    expect((await save(pair(otherId, roleId))).json).toEqual({ saved: true })
    const reversed = `?collection=pairs&id=${otherId}-${roleId}`
    expect((await call('state', 'GET', { reader, query: reversed })).json).toMatchObject({
      signedIn: true,
      saved: true,
    })
    expect(
      (
        await call('notes', 'PUT', {
          reader,
          body: { ...pair(roleId, otherId), text: 'Ask Meera.' },
        })
      ).json.notes,
    ).toEqual({ page: 'Ask Meera.', stages: {} })

    const overview = await accountOverview(payload, reader.id)
    expect(overview.saved).toEqual([
      expect.objectContaining({
        collection: 'pairs',
        title: 'Pair Partner Analyst vs Reader Test Engineer',
        path: '/compare/pair-partner-analyst-vs-reader-test-engineer',
        note: 'Ask Meera.',
      }),
    ])
    const stored = await payload.find({
      collection: 'bookmarks',
      where: { reader: { equals: reader.id } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(1)
    // What the reader saw is recorded: both careers' bands in the market they share.
    expect(Object.keys((stored.docs[0]?.seenFacts as { bands: object }).bands)).toHaveLength(2)

    const refused = [
      await save(pair(roleId, draftRoleId)),
      await save(pair(roleId, roleId)),
      await save({ collection: 'pairs', id: `${roleId}-${otherId}-1` }),
      await call('notes', 'PUT', {
        reader,
        body: { ...pair(roleId, otherId), stage: stages[0], text: 'x' },
      }),
    ]
    expect(refused.map((r) => r.status)).toEqual([404, 400, 400, 400])
    if (payload.db.defaultIDType === 'number') {
      // Ids a SQL database cannot hold are bad input (400), not a database error (500).
      expect((await save({ collection: 'pairs', id: 'abc-def' })).status).toBe(400)
      expect((await save({ collection: 'roles', id: '99999999999' })).status).toBe(400)
    }

    // A career that is deleted takes the pair off the reader's list (the SQL adapters also drop the
    // save's relationship row, so the export no longer lists it).
    await payload.delete({ collection: 'salary-tables', where: { role: { equals: other.id } } })
    await payload.delete({ collection: 'roles', id: other.id })
    expect((await accountOverview(payload, reader.id)).saved).toEqual([])
    if (payload.db.defaultIDType === 'number')
      expect((await exportReaderData(payload, reader.id)).savedPages).toEqual([])
  })
})

describe('marks made offline or before signing in', () => {
  it('keep the later mark per stage, change nothing when sent twice, and refuse a bad time', async () => {
    const reader = await newReader('offline@example.com')
    const mark = (stage: string, status: string | null, at: string) =>
      call('progress', 'PUT', { reader, body: { role: roleId, stage, status, at } })
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString()

    // On another device, 5 minutes ago: stage 1 done.
    await mark(stages[0], 'done', minutesAgo(5))
    // This browser's marks from 10 minutes ago (signed out), sent now: stage 1's is older and loses;
    // stage 2 had no mark and takes this one.
    const browserMarks = [
      { stage: stages[0], status: 'in_progress', at: minutesAgo(10) },
      { stage: stages[1], status: 'in_progress', at: minutesAgo(10) },
    ]
    for (const m of browserMarks) await mark(m.stage, m.status, m.at)
    const expected = { [stages[0]]: 'done', [stages[1]]: 'in_progress' }
    expect((await mark(stages[2], null, minutesAgo(10))).json.progress).toEqual(expected)
    // Sending the same marks again (a retried sync) changes nothing.
    for (const m of browserMarks) await mark(m.stage, m.status, m.at)
    expect((await mark(stages[2], null, minutesAgo(10))).json.progress).toEqual(expected)
    // A later mark made offline wins over the earlier one.
    expect((await mark(stages[0], 'in_progress', minutesAgo(1))).json.progress).toEqual({
      ...expected,
      [stages[0]]: 'in_progress',
    })
    const refused = await mark(stages[0], 'done', 'yesterday-ish')
    expect(refused.status).toBe(400)
    expect(refused.json.message).toMatch(/"at" is the time the mark was made/)
    // Setting a stage back to not started is a mark too: an older one sent afterwards cannot undo it.
    expect((await mark(stages[1], null, minutesAgo(1))).json.progress).toEqual({
      [stages[0]]: 'in_progress',
    })
    expect((await mark(stages[1], 'done', minutesAgo(3))).json.progress).toEqual({
      [stages[0]]: 'in_progress',
    })
    // A browser clock an hour fast still marks: its time counts as now.
    const fast = await mark(stages[2], 'done', new Date(Date.now() + 3_600_000).toISOString())
    expect(fast.json.progress[stages[2]]).toBe('done')
  })
})

describe('private notes', () => {
  it('are kept per page and per roadmap stage, seen only by their author, exported and erased with the account', async () => {
    const author = await newReader('notes@example.com')
    const other = await newReader('other-notes@example.com')
    const note = (reader: Reader, body: Record<string, unknown>) =>
      call('notes', 'PUT', { reader, body: { collection: 'roles', id: roleId, ...body } })
    expect(
      (await note(author, { stage: stages[0], text: '  Revise subnetting.  ' })).json.notes,
    ).toEqual({
      page: null,
      stages: { [stages[0]]: 'Revise subnetting.' },
    })
    await note(author, { text: 'Compare with SRE later.' })
    const state = async (reader: Reader) =>
      (await call('state', 'GET', { reader, query: `?collection=roles&id=${roleId}` })).json.notes
    expect(await state(author)).toEqual({
      page: 'Compare with SRE later.',
      stages: { [stages[0]]: 'Revise subnetting.' },
    })
    expect(await state(other)).toEqual({ page: null, stages: {} })

    const refused = [
      await note(author, { stage: 'not-a-stage', text: 'x' }),
      await note(author, { text: 'x'.repeat(2001) }),
      await note(author, { text: 42 }),
    ]
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400])
    expect(refused[1]?.json.message).toMatch(/2000 characters or fewer/)

    // Private even from admins, through every Payload API.
    expect((await rest('GET', 'reader-notes', { token: staff.admin })).status).toBe(403)

    // An empty note deletes it.
    await note(author, { text: '' })
    expect((await state(author)).page).toBeNull()
    const exported = await exportReaderData(payload, author.id)
    expect(exported.notes).toEqual([
      expect.objectContaining({
        collection: 'roles',
        stage: stages[0],
        text: 'Revise subnetting.',
      }),
    ])
    await deleteReaderAccount(payload, author.id)
    const left = await payload.count({
      collection: 'reader-notes',
      where: { reader: { equals: author.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('one reader and another', () => {
  it('cannot read, change or delete each other’s saves or progress', async () => {
    const asha = await newReader('asha.isolation@example.com')
    const ben = await newReader('ben.isolation@example.com')
    await savePage(payload, asha.id, { collection: 'roles', id: roleId })
    await setStageStatus(payload, asha.id, roleId, stages[2], 'done')

    // Ben sees none of it, on the page or in his export.
    expect(
      (await call('state', 'GET', { reader: ben, query: `?collection=roles&id=${roleId}` })).json,
    ).toEqual({ signedIn: true, saved: false, progress: {}, notes: { page: null, stages: {} } })
    const bensExport = (await call('export', 'GET', { reader: ben })).json
    expect([bensExport.account.email, bensExport.savedPages, bensExport.roadmapProgress]).toEqual([
      'ben.isolation@example.com',
      [],
      [],
    ])

    // Ben removing "his" save of the same page, or clearing the same stage, touches only his records.
    await call('saves', 'DELETE', { reader: ben, body: { collection: 'roles', id: roleId } })
    await call('progress', 'PUT', {
      reader: ben,
      body: { role: roleId, stage: stages[2], status: null },
    })
    await setStageStatus(payload, ben.id, roleId, stages[2], 'in_progress')
    await unsavePage(payload, ben.id, { collection: 'roles', id: roleId })

    const ashas = await readerPageState(payload, asha.id, { collection: 'roles', id: roleId })
    expect(ashas).toEqual({
      saved: true,
      progress: { [stages[2]]: 'done' },
      notes: { page: null, stages: {} },
    })
    expect(
      (await readerPageState(payload, ben.id, { collection: 'roles', id: roleId })).progress,
    ).toEqual({ [stages[2]]: 'in_progress' })
    const ashasExport = await exportReaderData(payload, asha.id)
    expect(ashasExport.savedPages).toHaveLength(1)
    expect(ashasExport.roadmapProgress).toMatchObject([{ stage: stages[2], status: 'done' }])
  })
})

describe('deleting an account', () => {
  it('removes the reader and everything they saved, and ends their sessions; others keep theirs', async () => {
    const leaving = await newReader('leaving@example.com')
    const staying = await newReader('staying@example.com')
    await adapter.linkAccount!({
      userId: leaving.id,
      type: 'oauth',
      provider: 'oidc',
      providerAccountId: 'leaving-sub',
    })
    for (const reader of [leaving, staying]) {
      await savePage(payload, reader.id, { collection: 'roles', id: roleId })
      await setStageStatus(payload, reader.id, roleId, stages[0], 'done')
      // An unused sign-in link to each inbox.
      await adapter.createVerificationToken!({
        identifier: `${reader === leaving ? 'leaving' : 'staying'}@example.com`,
        token: `link-${reader.id}`,
        expires: new Date(Date.now() + 600_000),
      })
    }
    await deleteReaderAccount(payload, leaving.id)
    const links = await payload.find({ collection: 'verification-tokens', overrideAccess: true })
    expect(links.docs.map((d) => d.identifier)).not.toContain('leaving@example.com')
    expect(links.docs.map((d) => d.identifier)).toContain('staying@example.com')

    const count = async (
      collection: 'bookmarks' | 'roadmap-progress' | 'reader-accounts' | 'reader-sessions',
      reader: Reader,
    ) =>
      (
        await payload.count({
          collection,
          where: { reader: { equals: reader.id } },
          overrideAccess: true,
        })
      ).totalDocs
    const left = await Promise.all(
      (['bookmarks', 'roadmap-progress', 'reader-accounts', 'reader-sessions'] as const).map((c) =>
        count(c, leaving),
      ),
    )
    expect(left).toEqual([0, 0, 0, 0])
    expect(
      await payload.findByID({
        collection: 'readers',
        id: leaving.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect(await readerForSessionToken(leaving.token)).toBeNull()
    expect(
      (await call('state', 'GET', { reader: leaving, query: `?collection=roles&id=${roleId}` }))
        .json,
    ).toEqual({ signedIn: false })
    expect(
      await adapter.getUserByAccount!({ provider: 'oidc', providerAccountId: 'leaving-sub' }),
    ).toBeNull()

    expect([
      await count('bookmarks', staying),
      await count('roadmap-progress', staying),
      await count('reader-sessions', staying),
    ]).toEqual([1, 1, 1])
  })
})

describe('expired sign-in records', () => {
  it('are purged by the nightly job; live ones stay', async () => {
    const reader = await newReader('purge@example.com')
    await adapter.createSession!({
      sessionToken: 'expired-session',
      userId: reader.id,
      expires: new Date(Date.now() - 60_000),
    })
    await adapter.createVerificationToken!({
      identifier: 'purge@example.com',
      token: 'expired-link',
      expires: new Date(Date.now() - 60_000),
    })
    await payload.jobs.queue({ task: 'purgeExpiredSignIns', input: {} })
    await payload.jobs.run({ queue: 'default' })
    const sessions = await payload.find({
      collection: 'reader-sessions',
      where: { reader: { equals: reader.id } },
      overrideAccess: true,
    })
    expect(sessions.docs).toHaveLength(1)
    expect(await readerForSessionToken(reader.token)).not.toBeNull()
    const links = await payload.count({
      collection: 'verification-tokens',
      where: { tokenHash: { equals: 'expired-link' } },
      overrideAccess: true,
    })
    expect(links.totalDocs).toBe(0)
  })

  it('the purge runs every night on its own schedule', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'purgeExpiredSignIns')
    expect(task?.schedule?.map((s) => s.cron)).toEqual(['0 30 3 * * *'])
  })
})

describe('Payload’s own API', () => {
  it('is closed to readers and to staff other than admins; nobody writes reader data through it', async () => {
    const status = async (path: string, token?: string) =>
      (await rest('GET', path, { token })).status
    for (const collection of ['readers', 'bookmarks', 'roadmap-progress', 'reader-accounts']) {
      expect([
        await status(collection),
        await status(collection, staff.writer),
        await status(collection, staff.editor),
      ]).toEqual([403, 403, 403])
      expect(await status(collection, staff.admin)).toBe(200)
    }
    for (const collection of ['reader-sessions', 'verification-tokens'])
      expect(await status(collection, staff.admin)).toBe(403)
    const reader = await newReader('rest@example.com')
    const created = await rest('POST', 'bookmarks', {
      token: staff.admin,
      body: {
        reader: Number(reader.id) || reader.id,
        page: { relationTo: 'roles', value: roleId },
      },
    })
    expect(created.status).toBe(403)
    expect(
      (await graphql('{ Readers { docs { email } } }', staff.admin)).errors?.[0]?.message,
    ).toMatch(/Cannot query field "Readers"/)
  })
})
