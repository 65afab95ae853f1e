import { expect, type Page, test } from '@playwright/test'

import { cspViolations } from './csp'
import { confirmedWrite, fetchStatus, signInWithOidc, unique, waitForMagicLink } from './reader'

const COMPARISON = '/compare/backend-developer-vs-devops-engineer'
const COMPARISON_TITLE = /Backend Developer vs DevOps Engineer/
const GENERATED = '/compare/backend-developer-vs-frontend-developer'
const PROFILE = '/careers/devops-engineer'
const FIRST_STAGE = 'Linux and networking'

async function expectSignedOutAccount(page: Page) {
  await page.goto('/account')
  await expect(page).toHaveURL(/\/account\/sign-in\?callbackUrl=%2Faccount/)
}

test('a reader signs in with OpenID Connect, saves a comparison, tracks a roadmap stage and finds both after signing in again', async ({
  page,
}) => {
  const login = unique('asha')
  // Sign-in crosses to the identity provider and back under our Content-Security-Policy.
  const violations = cspViolations(page)

  // Signed out: the page offers sign-in and keeps the reader on the page afterwards.
  await page.goto(COMPARISON)
  await page.getByRole('link', { name: 'Sign in to save this page' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to save this page')
  await signInWithOidc(page, login)
  await expect(page).toHaveURL(new RegExp(`${COMPARISON}$`))

  const save = page.getByRole('button', { name: 'Save', exact: true })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await confirmedWrite(page, 'saves', () => save.click())
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true')

  // The page's HTML is the same for everyone: nothing about this reader is rendered into it.
  const html = await (await page.request.get(COMPARISON)).text()
  expect(html).not.toContain(login)
  expect(html).not.toContain('aria-pressed="true"')

  // A generated comparison (no article behind it) is saved the same way.
  await page.goto(GENERATED)
  await confirmedWrite(page, 'saves', () =>
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  )
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true')

  await page.goto(PROFILE)
  await expect(page.getByText(/Your progress: 0 of 4 stages done/)).toBeVisible()
  await confirmedWrite(page, 'progress', () =>
    page.getByLabel(`Your progress on ${FIRST_STAGE}`).selectOption('done'),
  )
  await expect(page.getByText('Your progress: 1 of 4 stages done.')).toBeVisible()

  await page.goto('/account')
  await expect(page.getByText(`Signed in as ${login}@readers.test`)).toBeVisible()
  const saved = page.locator('#saved')
  await expect(saved.getByRole('link', { name: COMPARISON_TITLE })).toHaveAttribute(
    'href',
    COMPARISON,
  )
  await expect(
    saved.getByRole('link', { name: 'Backend Developer vs Frontend Developer' }),
  ).toHaveAttribute('href', GENERATED)
  const progress = page.locator('#progress')
  await expect(progress.getByRole('link', { name: 'DevOps Engineer' })).toBeVisible()
  await expect(progress.getByText('1 of 4 stages done')).toBeVisible()
  await expect(progress.getByText(`${FIRST_STAGE} — Done`)).toBeVisible()

  // A reader is not staff: the admin asks for a staff login, and staff and reader APIs refuse.
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect(page.locator('#field-password')).toBeVisible()
  for (const path of [
    '/api/users',
    '/api/readers',
    '/api/bookmarks',
    '/api/roadmap-progress',
    '/api/users/me',
  ]) {
    const status = await fetchStatus(page, path)
    expect(path === '/api/users/me' ? [200] : [401, 403], path).toContain(status)
  }
  expect(
    await page.evaluate(async () => (await (await fetch('/api/users/me')).json()).user),
  ).toBeNull()

  // Sign out, then back in: the saves and progress are still there.
  await page.goto('/account')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await expectSignedOutAccount(page)
  await signInWithOidc(page, login)
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.locator('#saved').getByRole('link', { name: COMPARISON_TITLE })).toBeVisible()
  await expect(page.locator('#progress').getByText('1 of 4 stages done')).toBeVisible()

  // Removing the save on /account shows on the page at once, even when it is reached without a reload.
  await page.goto(COMPARISON)
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Account' }).click()
  await page.getByRole('button', { name: /^Remove Backend Developer vs DevOps Engineer/ }).click()
  await expect(page.locator('#saved').getByRole('link', { name: COMPARISON_TITLE })).toHaveCount(0)
  await nav.getByRole('link', { name: 'Compare' }).click()
  await page.locator('main').getByRole('link', { name: COMPARISON_TITLE }).first().click()
  await expect(page).toHaveURL(new RegExp(`${COMPARISON}$`))
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  expect(violations).toEqual([])
})

test('a reader signs in with an emailed magic link, exports their data and deletes their account', async ({
  page,
}) => {
  const email = `${unique('meera')}@readers.test`
  await page.goto(`/account/sign-in?callbackUrl=${encodeURIComponent(PROFILE)}`)
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')

  const link = await waitForMagicLink(page, email)
  await page.goto(link)
  await expect(page).toHaveURL(new RegExp(`${PROFILE}$`))
  await confirmedWrite(page, 'saves', () =>
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  )
  await expect(page.getByRole('button', { name: 'Saved' })).toBeVisible()

  // The link works once.
  await page.context().clearCookies()
  await page.goto(link)
  await expect(page.getByText('That sign-in link has expired or was already used.')).toBeVisible()
  await page.goto(link.replace(/token=[^&]+/, 'token=forged'))
  await expect(page.getByText('That sign-in link has expired or was already used.')).toBeVisible()

  // Signed in again with a fresh link: export, then delete.
  await page.goto('/account/sign-in?callbackUrl=%2Faccount')
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email')
  await expect.poll(async () => (await waitForMagicLink(page, email)) !== link).toBe(true)
  await page.goto(await waitForMagicLink(page, email))
  await expect(page).toHaveURL(/\/account$/)

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click()
  const download = await downloading
  const exported = JSON.parse(
    await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8')),
  )
  expect(exported.account.email).toBe(email)
  expect(exported.savedPages).toHaveLength(1)
  expect(exported.savedPages[0].collection).toBe('roles')

  await page.getByLabel(/I understand: delete my account/).check()
  await page.getByRole('button', { name: 'Delete my account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is deleted')
  await expectSignedOutAccount(page)
  expect(await fetchStatus(page, '/api/reader/export')).toBe(401)
})

test('too many sign-in links for one address are refused with a clear message', async ({
  page,
}) => {
  const email = `${unique('flood')}@readers.test`
  await page.goto('/account/sign-in')
  const statuses = await page.evaluate(async (address) => {
    const results: number[] = []
    for (let i = 0; i < 5; i += 1) {
      const { csrfToken } = await (await fetch('/api/auth/csrf')).json()
      const response = await fetch('/api/auth/signin/email', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          email: address,
          csrfToken,
          callbackUrl: '/account',
          json: 'true',
        }),
      })
      results.push(response.status)
    }
    return results
  }, email)
  expect(statuses).toEqual([200, 200, 200, 200, 200])
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Too many' })).toHaveText(
    `Too many sign-in links were requested for ${email}. Try again in 15 minutes.`,
  )
  await expect(page).toHaveURL(/\/account\/sign-in/)
})
