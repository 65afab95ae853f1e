import { expect, test } from '@playwright/test'

/**
 * The take-home calculator as readers use it: a plain form without JavaScript, live with it, one
 * click from a profile's band, and the same answer as data.
 */

const PAGE = '/salaries/take-home'
// ₹18.5 lakh with every default (basic 50 %, PF on basic, gratuity, 10 % variable, Karnataka):
// the golden case in tests/unit/takeHomeGolden.test.ts works the same figures by hand.
const MONTHLY_18_5 = '₹1,08,087'

test('without JavaScript, the form is answered in the HTML, and a bad amount is explained beside its field', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(PAGE)
  await expect(page.getByText('Give your annual CTC to see')).toBeVisible()
  await page.getByLabel('Annual CTC').fill('18.5 LPA')
  await page.getByRole('button', { name: 'Work out my take-home' }).click()
  await expect(page).toHaveURL(/ctc=18\.5\+LPA/)
  await expect(page.getByTestId('monthly-in-hand')).toHaveText(MONTHLY_18_5)
  await expect(page.getByTestId('better-regime')).toContainText('The new regime leaves')
  await expect(page.getByTestId('tax-new')).toHaveText('₹1,28,860')

  await page.getByLabel('Annual CTC').fill('eighteen lakh')
  await page.getByRole('button', { name: 'Work out my take-home' }).click()
  const ctc = page.getByLabel('Annual CTC')
  await expect(ctc).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#take-home-ctc-error')).toHaveText(/Write the amount in rupees/)
  await expect(page.getByText('Nothing to work out yet:')).toBeVisible()
  await expect(page.getByTestId('monthly-in-hand')).toHaveCount(0)
  await context.close()
})

test('with JavaScript, the answer follows the fields as the reader types, and the address keeps up', async ({
  page,
}) => {
  await page.goto(PAGE)
  // A mark on the window: it survives only if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true))
  await page.getByLabel('Annual CTC').pressSequentially('18.5 LPA')
  await expect(page.getByTestId('monthly-in-hand')).toHaveText(MONTHLY_18_5)
  await expect(page).toHaveURL(/\?ctc=18\.5\+LPA&regime=new$/)

  // The old regime, with rent in one of the 50 % cities: the headline moves to the old regime's.
  await page.getByLabel('Tax regime').selectOption('old')
  await page.getByText('Old-regime deductions').click()
  await page.getByLabel('Rent you pay, a month').fill('30000')
  await page.getByLabel('City you rent in').selectOption('metro')
  await expect(page.getByTestId('result-regime')).toHaveText('Old regime')
  await expect(page).toHaveURL(/regime=old&rent=30000&city=metro/)
  const oldMonthly = await page.getByTestId('monthly-in-hand').textContent()
  expect(oldMonthly).not.toBe(MONTHLY_18_5)

  // A value out of range keeps the last answer, and says so; a field's message waits until the
  // reader leaves the field.
  await page.getByText('Adjust assumptions').click()
  await page.getByLabel('Variable pay, % of CTC').fill('80')
  await expect(page.getByText('The figures below are for your last complete answer')).toBeVisible()
  await expect(page.getByTestId('monthly-in-hand')).toHaveText(oldMonthly!)
  await expect(page.locator('#take-home-variable-error')).toHaveCount(0)
  await page.getByLabel('Tax regime').focus()
  await expect(page.locator('#take-home-variable-error')).toHaveText(
    'Give a percentage from 0 to 50.',
  )
  // Sending the form with a problem takes the reader to the field to fix.
  await page.getByRole('button', { name: 'Work out my take-home' }).click()
  await expect(page.getByLabel('Variable pay, % of CTC')).toBeFocused()
  // The data link follows the last complete answer.
  await page.getByLabel('Variable pay, % of CTC').fill('20')
  await expect(page.getByRole('link', { name: /take-home\.json/ })).toHaveAttribute(
    'href',
    /variable=20/,
  )
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true)
})

test('a profile band leads to its in-hand in one click, the calculator filled in', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto('/careers/devops-engineer')
  const band = page.getByTestId('band-mid')
  // "₹16–30 LPA": the calculator opens on the band's middle, in rupees a year.
  const [low, high] = ((await band.textContent())!.match(/[\d.]+/g) ?? []).map(Number)
  const middle = ((low! + high!) / 2) * 100_000
  const note = band.locator('xpath=..').getByTestId('in-hand')
  const shown = (await note.textContent())!
  expect(shown).toMatch(/^≈ ₹[\d,]+ a month in hand$/)
  await note.click()
  await expect(page).toHaveURL(new RegExp(`/salaries/take-home\\?ctc=${middle}$`))
  await expect(page.getByLabel('Annual CTC')).toHaveValue(String(middle))
  const monthly = Number(
    (await page.getByTestId('monthly-in-hand').textContent())!.replace(/\D/g, ''),
  )
  // The note is the calculator's answer to the nearest ₹100.
  expect(shown).toContain(`₹${(Math.round(monthly / 100) * 100).toLocaleString('en-IN')}`)
  // The browser's first render of the calculator matches the server's: no hydration error.
  expect(problems).toEqual([])
})

test('the JSON twin answers the same figures, and 400 with a message per bad parameter', async ({
  request,
}) => {
  const response = await request.get(`${PAGE}.json?ctc=18.5%20LPA`)
  expect(response.status()).toBe(200)
  const data = await response.json()
  expect(data).toMatchObject({
    taxYear: '2026-27',
    regime: 'new',
    ctc: 1_850_000,
    taxableIncome: 1_619_530,
    incomeTax: 123_906,
    rebate: 0,
    surcharge: 0,
    cess: 4_956,
    totalTax: 128_860,
    monthlyInHand: 108_087,
    betterRegime: 'new',
  })
  for (const key of ['taxableIncome', 'totalTax', 'annualInHand', 'monthlyInHand'])
    expect(Number.isInteger(data[key])).toBe(true)

  const gross = await (await request.get(`${PAGE}.json?gross=1275010`)).json()
  expect(gross).toMatchObject({ gross: 1_275_010, taxableIncome: 1_200_010, totalTax: 10 })

  const bad = await request.get(`${PAGE}.json?ctc=lots&regime=both&basic=120`)
  expect(bad.status()).toBe(400)
  expect((await bad.json()).errors).toEqual({
    ctc: expect.stringMatching(/rupees/),
    regime: 'Choose one of the options.',
    basic: 'Give a percentage from 10 to 90.',
  })
})
