import { type Browser, expect, type Page, test } from '@playwright/test'

import { createStaff, msUntil, shows, signIn, staffToken } from './admin'
import { signInWithOidc, unique } from './reader'

const CAREER = 'data-engineer'
const PROFILE = `/careers/${CAREER}`
const YEAR = new Date().getUTCFullYear()
const FIGURE = '[data-testid="reader-median-mid"]'

/** Fills the contribute form; the career is chosen already (the page was opened from its profile). */
async function fillReport(page: Page, ctc: string, fixed: string) {
  await page.getByLabel('Year this pay is for').selectOption(String(YEAR))
  await page.getByLabel('Level', { exact: true }).selectOption('mid')
  await page.getByLabel('City').selectOption('bengaluru')
  await page.getByLabel('Company type').selectOption('product')
  await page.getByLabel('Total CTC (₹ a year)').fill(ctc)
  await page.getByLabel('Fixed pay (₹ a year)').fill(fixed)
}

/** A reader signs in from the form and sends a report; answers the report's id and the reader's page. */
async function readerReports(browser: Browser, careerId: string, ctc: string, javaScript: boolean) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/salaries/contribute?career=${careerId}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to add your salary')
  await signInWithOidc(page, unique('earner'))
  await expect(page).toHaveURL(new RegExp(`/salaries/contribute\\?career=${careerId}$`))
  let form = page
  if (!javaScript) {
    // The same signed-in reader with JavaScript off: the form must work as plain HTML.
    const plain = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    })
    form = await plain.newPage()
    await form.goto(`/salaries/contribute?career=${careerId}`)
    await expect(form.getByLabel('Career')).toHaveValue(careerId)
    await fillReport(form, ctc, '99 LPA')
    await form.getByRole('button', { name: 'Send my report' }).click()
    await expect(form.getByRole('alert')).toContainText('Some answers need another look.')
    await expect(
      form.getByText('Fixed pay cannot be more than the whole CTC.').first(),
    ).toBeVisible()
    // What was typed is kept.
    await expect(form.getByLabel('Total CTC (₹ a year)')).toHaveValue(ctc)
    await form.getByLabel('Fixed pay (₹ a year)').fill('10 LPA')
  } else {
    await fillReport(form, ctc, '10 LPA')
  }
  await form.getByRole('button', { name: 'Send my report' }).click()
  await expect(form).toHaveURL(/\/account\?reported=\w+#salary-reports$/)
  await expect(form.getByText('Thank you — your report is waiting for review.')).toBeVisible()
  await expect(form.locator('#salary-reports')).toContainText('Waiting for review')
  return { id: new URL(form.url()).searchParams.get('reported')!, page }
}

test('five readers report pay; the figure appears only once an editor approves the fifth, and goes when a reader leaves', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const roles = await request.get(`/api/roles?where[slug][equals]=${CAREER}&depth=0`)
  const careerId = String((await roles.json()).docs[0].id)
  await expect(async () => {
    const body = await (await request.get(PROFILE)).text()
    expect(body).toContain('Not enough reader reports yet')
  }).toPass()

  const sent = [] as { id: string; page: Page }[]
  for (const [i, ctc] of ['16 LPA', '17 LPA', '18 LPA', '19 LPA', '22 LPA'].entries())
    sent.push(await readerReports(browser, careerId, ctc, i !== 0))

  // Reports are not public through any API.
  expect((await request.get('/api/salary-reports')).status()).toBe(403)
  expect((await request.get(`/api/salary-reports/${sent[0]!.id}`)).status()).toBe(403)

  const editor = await createStaff(request, 'editor')
  const token = await staffToken(request, editor)
  for (const { id } of sent.slice(0, 4)) {
    const approved = await request.patch(`/api/salary-reports/${id}`, {
      headers: { authorization: `JWT ${token}` },
      data: { status: 'approved' },
    })
    expect(approved.status()).toBe(200)
  }
  // Four approved reports: still nothing, on the page or in its HTML.
  expect(await (await request.get(PROFILE)).text()).toContain('Not enough reader reports yet')

  // The fifth, approved in the admin, where the editor sees a pseudonym and never the reader.
  await signIn(page, editor)
  await page.goto(`/admin/collections/salary-reports/${sent[4]!.id}`)
  await expect(page.locator('#field-contributor')).toHaveValue(/^Contributor [0-9A-F]{10}$/)
  await expect(page.locator('body')).not.toContainText('@readers.test')
  // Amounts read as readers say them, under the (rounded) figure.
  await expect(page.getByTestId('rupees-ctc')).toHaveText('₹22 LPA')
  // Beside it, the published band for the career and level, and how far this report sits from it.
  await expect(page.getByTestId('report-context')).toContainText(/Mid-level band: ₹[\d.–]+ LPA/)
  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Approved', exact: true }).click()
  // The admin's save is a PATCH of the report; wait for it rather than for its toast.
  const saved = page.waitForResponse(
    (r) =>
      r.url().includes(`/api/salary-reports/${sent[4]!.id}`) && r.request().method() === 'PATCH',
  )
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  expect((await saved).ok()).toBe(true)
  const savedAt = Date.now()
  // It counts from the next publication point (every 5 s here, Mondays in production), when the
  // queued job refreshes the profile: at most 5 s plus the job runner's 2 s poll.
  const appeared = await msUntil(
    request,
    PROFILE,
    shows('data-testid="reader-median-mid"'),
    savedAt,
    10_000,
  )
  console.log(`[salary-reports] approval → figure on the profile at the next point: ${appeared} ms`)
  await page.goto(PROFILE)
  // The exact median is ₹18 lakh; published figures carry up to 5 % cell noise.
  await expect(page.locator(FIGURE)).toHaveText(/^₹1[78](\.\d)? LPA$/)
  await expect(page.locator('#reader-reports')).toContainText('5')

  // The readers see their report approved on their account page.
  const first = sent[0]!.page
  await first.goto('/account')
  await expect(first.locator('#salary-reports')).toContainText('Approved')

  // A reader deletes their account: n drops to four and the cohort is hidden again.
  await first.getByLabel(/I understand: delete my account/).check()
  await first.getByRole('button', { name: 'Delete my account' }).click()
  await expect(first).toHaveURL(/\/account\/deleted/)
  const gone = await msUntil(
    request,
    PROFILE,
    (status, body) => status === 200 && !body.includes('data-testid="reader-median-mid"'),
    Date.now(),
  )
  console.log(`[salary-reports] account deleted → figure withdrawn: ${gone} ms`)
})
