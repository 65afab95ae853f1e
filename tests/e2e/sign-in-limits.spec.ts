import { expect, test } from '@playwright/test'

/**
 * Runs after every other spec (its own Playwright project): it uses up this machine's sign-in
 * allowance, which the reader specs need. The limit is counted by the address the server saw on the
 * socket, so a forged X-Forwarded-For buys no extra attempts (the e2e server trusts no proxy).
 * How many links one inbox gets, however its address is written, is tested in
 * tests/int/sign-in-rate-limit.test.ts.
 */
test('the per-address sign-in limit holds against a forged X-Forwarded-For', async ({
  request,
}) => {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json()
  let limitedAt = 0
  for (let i = 1; i <= 31 && !limitedAt; i += 1) {
    const response = await request.post('/api/auth/signin/oidc', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `203.0.113.${i}`,
      },
      data: `csrfToken=${csrfToken}&json=true&callbackUrl=%2F`,
      maxRedirects: 0,
    })
    if (response.status() === 429) {
      limitedAt = i
      expect((await response.json()).message).toMatch(/Too many sign-in attempts from your network/)
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0)
    }
  }
  console.log(`429 after ${limitedAt} attempts, each claiming another X-Forwarded-For`)
  // 30 per 15 minutes per address; earlier specs used some of this machine's allowance.
  expect(limitedAt).toBeGreaterThan(0)
})
