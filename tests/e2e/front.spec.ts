import http from 'node:http'

import { expect, request as requests, test } from '@playwright/test'

import { msUntil, shows, staffToken } from './admin'
import { clusterInstance, E2E_ADMIN, E2E_CLUSTER_PORT, FRONT_PURGE_SECRET } from './env'
import { signInWithOidc, unique } from './reader'

/**
 * Varnish in front of the cluster (`npm run cluster -- 2`, started by tests/e2e/server.mjs): the
 * project's base URL is the front. Public pages are kept and shared, purged by tag on a publish;
 * private pages pass; purges need the secret. The cluster also lists a second front that is never
 * up, so every publish here also proves an unreachable front costs nothing (its purges are retried
 * and logged in the server output).
 */
const A = clusterInstance(1)

/**
 * Staff's API token, signed in from a context of its own: signing in sets Payload's cookie, and the
 * front (rightly) passes every request that carries it, which would hide what readers get.
 */
async function staffHeaders() {
  const staff = await requests.newContext()
  const token = await staffToken(staff, E2E_ADMIN)
  await staff.dispose()
  return { authorization: `JWT ${token}` }
}

test.describe.configure({ mode: 'serial' })

test('a public page is kept at the front and shared: two readers with different cookies get the same hit', async ({
  request,
}) => {
  const path = '/careers/data-engineer'
  const cookie = (name: string) => ({ cookie: `__Secure-next-auth.session-token=${name}` })
  const first = await request.get(path, { headers: cookie('reader-one') })
  expect(first.status()).toBe(200)
  const second = await request.get(path, { headers: cookie('reader-two') })
  expect(second.headers()['x-cache']).toBe('HIT')
  expect(await second.text()).toBe(await first.text())
  // Kept long at the front, so readers' browsers revalidate; the tags stay inside the front.
  expect(second.headers()['cache-control']).toBe('public, max-age=0, must-revalidate')
  expect(second.headers()['xkey']).toBeUndefined()
  const revalidated = await request.get(path, {
    headers: { 'if-none-match': second.headers()['etag']! },
  })
  expect(revalidated.status()).toBe(304)
})

test('a publish reaches readers through the front at once, and a page it does not touch stays a hit', async ({
  request,
}) => {
  const headers = await staffHeaders()
  const changed = '/careers/cloud-engineer'
  const untouched = '/careers/data-engineer'
  for (const path of [changed, changed, untouched])
    expect((await request.get(path)).status()).toBe(200)
  expect((await request.get(changed)).headers()['x-cache']).toBe('HIT')
  const found = await request.get(`${A}/api/roles?where[slug][equals]=cloud-engineer&depth=0`)
  const role = (await found.json()).docs[0]
  const summary = `Builds on rented computers, checked through the front at ${Date.now()}.`
  const published = await request.patch(`${A}/api/roles/${role.id}`, {
    headers,
    data: { summary, _status: 'published' },
  })
  // The second front (never up) did not fail the publish.
  expect(published.status()).toBe(200)
  // The target is 1 s (measured, and printed here); the assertion allows a busy machine 5 s, which
  // only a purge can meet: without one the front would keep the old page for a day.
  const ms = await msUntil(request, changed, shows(summary), Date.now(), 5_000)
  console.log(`[front] publish → visible through Varnish: ${ms} ms after the publish answered`)
  expect((await request.get(untouched)).headers()['x-cache']).toBe('HIT')
})

test('an address the front knows as missing shows its page as soon as the page is published', async ({
  request,
}) => {
  const headers = await staffHeaders()
  const slug = `front-new-${Date.now()}`
  const path = `/guides/${slug}`
  expect((await request.get(path)).status()).toBe(404)
  expect((await request.get(path)).headers()['x-cache']).toBe('HIT')
  const title = `Published behind the front ${slug}`
  const created = await request.post(`${A}/api/articles`, {
    headers,
    data: { kind: 'guide', title, slug, distinction: `${title}.`, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const ms = await msUntil(request, path, shows(title), Date.now(), 5_000)
  console.log(`[front] new page over a kept 404 → visible: ${ms} ms after the publish answered`)
})

test('a reader’s account and reader data pass the front: never kept, never served to another reader', async ({
  browser,
}) => {
  const login = unique('front')
  const reader = await browser.newContext()
  const page = await reader.newPage()
  await page.goto('/account/sign-in?callbackUrl=%2Faccount')
  await signInWithOidc(page, login)
  await expect(page.getByText(`Signed in as ${login}@readers.test`)).toBeVisible()
  for (let i = 0; i < 2; i += 1) {
    const account = await page.request.get('/account')
    expect(account.headers()['x-cache']).toBe('PASS')
    expect(await account.text()).toContain(`${login}@readers.test`)
    const state = await page.request.get('/api/reader/state?collection=roles&id=1')
    expect(state.headers()['x-cache']).toBe('PASS')
    expect(state.headers()['cache-control']).toBe('private, no-store')
    expect((await state.json()).signedIn).toBe(true)
  }
  // Another visitor, right after: nothing of the reader's.
  const stranger = await browser.newContext()
  const theirs = await stranger.request.get('/account')
  expect(new URL(theirs.url()).pathname).toBe('/account/sign-in')
  expect(await theirs.text()).not.toContain(login)
  const theirState = await stranger.request.get('/api/reader/state?collection=roles&id=1')
  expect((await theirState.json()).signedIn).toBe(false)
  await Promise.all([reader.close(), stranger.close()])
})

/** A purge sent from a given local address (this machine answers on all of 127.0.0.0/8). */
function purgeFrom(localAddress: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .request(
        {
          host: '127.0.0.1',
          port: E2E_CLUSTER_PORT,
          method: 'PURGE',
          path: '/',
          headers,
          localAddress,
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      .on('error', reject)
      .end()
  })
}

test('a purge is refused without the secret, or from another address with it, and purges nothing', async ({
  request,
}) => {
  const path = '/careers/data-engineer'
  await request.get(path)
  const tags = { 'xkey-purge': 'list:roles role-slug:data-engineer' }
  expect(await purgeFrom('127.0.0.1', tags)).toBe(403)
  expect(await purgeFrom('127.0.0.1', { ...tags, 'x-purge-secret': 'a guess' })).toBe(403)
  // The right secret from an address outside the front's list: still refused.
  expect(await purgeFrom('127.0.0.2', { ...tags, 'x-purge-secret': FRONT_PURGE_SECRET })).toBe(403)
  expect((await request.get(path)).headers()['x-cache']).toBe('HIT')
  // From an instance's address with the secret: the page goes, and comes back on the next request.
  expect(await purgeFrom('127.0.0.1', { ...tags, 'x-purge-secret': FRONT_PURGE_SECRET })).toBe(200)
  expect((await request.get(path)).headers()['x-cache']).toBe('MISS')
})
