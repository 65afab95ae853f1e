import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

/**
 * Stops this machine's Postgres under the Postgres copy of the app, then starts it again: cached
 * pages keep answering, anything that needs the database answers a branded 503 with Retry-After,
 * and the app recovers on its own. Runs last (its own Playwright project), and always restarts
 * Postgres.
 */
const cluster = () => fs.readdirSync('/etc/postgresql')[0]!
const postgres = (action: 'start' | 'stop') =>
  execFileSync(
    'pg_ctlcluster',
    [
      '--skip-systemctl-redirect',
      cluster(),
      'main',
      action,
      ...(action === 'stop' ? ['-m', 'fast'] : []),
    ],
    {
      stdio: 'inherit',
    },
  )

test('with the database down, cached pages answer 200 and the rest a branded 503, until it is back', async ({
  request,
}) => {
  test.setTimeout(90_000)
  const cached = '/compare/backend-developer-vs-devops-engineer'
  await request.get(cached)
  expect((await request.get(cached)).headers()['x-nextjs-cache']).toBe('HIT')
  postgres('stop')
  try {
    // The very first request after the outage, before any health check ran: a 503, not a 500.
    const api = await request.get('/api/roles')
    expect(api.status()).toBe(503)
    expect((await api.json()).error).toBe('Unavailable')
    expect((await request.get(cached)).status()).toBe(200)
    const page = await request.get('/careers/no-page-here-while-down')
    expect(page.status()).toBe(503)
    expect(page.headers()['retry-after']).toBe('30')
    const html = await page.text()
    expect(html).toContain('This page could not load just now')
    expect(html).not.toMatch(/at .*\(.*\.js:\d+|node_modules/)
  } finally {
    postgres('start')
  }
  const back = Date.now()
  await expect
    // An address no cache holds: only a working database can answer it.
    .poll(async () => (await request.get('/api/roles?limit=1')).status(), {
      timeout: 20_000,
    })
    .toBe(200)
  console.log(`database back → pages answer again after ${Date.now() - back} ms`)
})
