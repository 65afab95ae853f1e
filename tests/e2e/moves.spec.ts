import { expect, type Page, test } from '@playwright/test'

/**
 * The career graph as readers use it: from a profile's related careers to the careers within reach,
 * to the pair comparison — with JavaScript and without it.
 */

async function profileToComparison(page: Page) {
  await page.goto('/careers/devops-engineer')
  const related = page.locator('#related')
  await expect(related.getByText(/% of skills in common/).first()).toBeVisible()
  await related.getByRole('link', { name: /Where a DevOps Engineer can go next/ }).click()
  await expect(page).toHaveURL(/\/careers\/devops-engineer\/moves$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Where a DevOps Engineer can go next',
  )
  const sre = page.getByRole('article', { name: 'Site Reliability Engineer' })
  await expect(sre.getByText('You already have')).toBeVisible()
  await expect(sre.getByRole('list', { name: /Skills a DevOps Engineer has/ })).toContainText(
    'Kubernetes',
  )
  await expect(sre.getByText(/weeks? at 8 hours a week/)).toBeVisible()

  // A slower pace: more weeks, from the server, JavaScript or not.
  const weeksAt8 = Number(
    (await sre.getByText(/weeks? at 8/).textContent())!.match(/(\d+) weeks?/)![1],
  )
  await page.getByLabel('Hours a week you can learn').selectOption('4')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/\/careers\/devops-engineer\/moves\?pace=4$/)
  const sreAt4 = page.getByRole('article', { name: 'Site Reliability Engineer' })
  const weeksAt4 = Number(
    (await sreAt4.getByText(/weeks? at 4/).textContent())!.match(/(\d+) weeks?/)![1],
  )
  expect(weeksAt4).toBeGreaterThan(weeksAt8)

  await sreAt4
    .getByRole('link', { name: 'Compare DevOps Engineer with Site Reliability Engineer →' })
    .click()
  await expect(page).toHaveURL(/\/compare\/devops-engineer-vs-site-reliability-engineer$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Site Reliability Engineer')
}

test('a reader goes from a profile to the careers within reach, to a pair comparison', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await profileToComparison(page)
  expect(errors).toEqual([])
})

test('the same path works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  await profileToComparison(await context.newPage())
  await context.close()
})

test('roadmap stages list where to learn them, with hours', async ({ page }) => {
  await page.goto('/careers/devops-engineer')
  const stage = page.locator('#roadmap li').filter({ hasText: 'Orchestration and reliability' })
  await stage.getByText(/Where to learn it: \d+ resources, about \d+ hours/).click()
  const resources = stage.getByRole('list', { name: 'Resources for Orchestration and reliability' })
  await expect(resources.getByRole('link', { name: 'Kubernetes basics tutorial' })).toHaveAttribute(
    'href',
    'https://kubernetes.io/docs/tutorials/kubernetes-basics/',
  )
})

test('an unknown career has no moves page, and another pace is not indexed', async ({
  request,
}) => {
  expect((await request.get('/careers/no-such-career/moves')).status()).toBe(404)
  const paced = await request.get('/careers/devops-engineer/moves?pace=12')
  expect(paced.status()).toBe(200)
  expect(await paced.text()).toContain('noindex')
  // A pace not offered goes back to the page's own address.
  const odd = await request.get('/careers/devops-engineer/moves?pace=13', { maxRedirects: 0 })
  expect(odd.status()).toBe(307)
  expect(odd.headers().location).toMatch(/\/careers\/devops-engineer\/moves$/)
  const page = await request.get('/careers/devops-engineer/moves')
  expect(await page.text()).toContain('"@type":"ItemList"')
})

test('a stage done on one roadmap shows its skills learned on every other roadmap, signed out too', async ({
  page,
}) => {
  await page.goto('/careers/backend-developer')
  await page.getByLabel('Your progress on Production services').selectOption('done')
  await page.goto('/careers/devops-engineer')
  const containers = page.locator('#roadmap li').filter({ hasText: 'Containers and CI/CD' })
  await expect(containers.getByTestId('learned-elsewhere')).toHaveText(
    '✓ Already learned on the Backend Developer roadmap: Docker',
  )
  // Its own roadmap does not repeat it.
  await page.goto('/careers/backend-developer')
  await expect(page.getByTestId('learned-elsewhere')).toHaveCount(0)
})
