import { expect, test } from '@playwright/test'

/**
 * Every kind of public page fits a 390 px phone, in both themes, with reader figures on the pages
 * that show them (the end-to-end seed adds example reader reports for the backend developer).
 */
const PAGES = {
  home: '/',
  careers: '/careers',
  profile: '/careers/backend-developer',
  'compare picker': '/compare',
  'editorial comparison': '/compare/backend-developer-vs-devops-engineer',
  'generated comparison': '/compare/backend-developer-vs-frontend-developer',
  'salary explorer': '/salaries',
  'contribute (signed out: sign-in)': '/salaries/contribute',
  search: '/search?q=backend',
  'sign-in': '/account/sign-in',
  'not found': '/careers/no-such-career',
}

test('every public page type fits a 390 px phone, in both themes, with reader figures', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  // The examples count from the first publication point after the server starts (every 5 s here).
  await expect
    .poll(
      async () =>
        (await (await request.get(PAGES['editorial comparison'])).text()).includes(
          'data-testid="reader-median-mid"',
        ),
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(true)

  const wide: string[] = []
  const backgrounds: string[] = []
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme,
    })
    const page = await context.newPage()
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(path)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      if (overflow > 0) wide.push(`${name} (${path}), ${colorScheme}: ${overflow} px too wide`)
    }
    // Both kinds of comparison had reader figures on them.
    for (const path of [PAGES['generated comparison'], PAGES['editorial comparison']]) {
      await page.goto(path)
      await expect(page.getByTestId('reader-median-mid').first()).toBeVisible()
    }
    backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    await context.close()
  }
  // The two passes really were in two themes.
  expect(backgrounds[0]).not.toBe(backgrounds[1])
  expect(wide).toEqual([])
})

test('the phone header is tabbed through in the order it reads: name, theme, then the links', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto('/')
  const header = page.locator('header').first()
  const theme = header.getByLabel('Theme')
  const firstLink = header.getByRole('navigation', { name: 'Main' }).getByRole('link').first()
  await expect(theme).toBeVisible()
  // Two rows: the theme beside the name, the links under both.
  const [themeBox, linkBox] = [await theme.boundingBox(), await firstLink.boundingBox()]
  expect(themeBox!.y + themeBox!.height).toBeLessThanOrEqual(linkBox!.y)
  await header.getByRole('link', { name: 'Careerscope' }).focus()
  await page.keyboard.press('Tab')
  await expect(theme).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(firstLink).toBeFocused()
  await context.close()
})
