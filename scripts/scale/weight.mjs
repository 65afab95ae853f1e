#!/usr/bin/env node
/**
 * `npm run scale:weight -- SMALL_URL LARGE_URL`: the HTML weight of the pages that list careers —
 * `/careers`, `/compare` and a career profile (the first `/careers` links to) — on a server with the
 * demo catalogue (13 careers) and one with the synthetic catalogue (`npm run scale:fill`, 1,000
 * careers), side by side with the ratio. A page whose weight grows with the catalogue shows it here.
 * Figures for notes, never a test assertion.
 */
const [small, large] = process.argv.slice(2).map((url) => url.replace(/\/$/, ''))
if (!small || !large) {
  console.error('Usage: npm run scale:weight -- SMALL_URL LARGE_URL')
  process.exit(2)
}

async function html(base, path) {
  const response = await fetch(base + path)
  if (!response.ok) throw new Error(`${base}${path} answered ${response.status}`)
  return response.text()
}

async function firstProfile(base) {
  const match = (await html(base, '/careers')).match(/href="(\/careers\/[a-z0-9-]+)"/)
  if (!match) throw new Error(`${base}/careers links to no profile`)
  return match[1]
}

const count = async (base) =>
  (await html(base, '/careers')).match(/([\d,]+) careers?(?:<!-- -->)?; pay is/)?.[1] ?? '?'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`careers: ${await count(small)} at ${small}, ${await count(large)} at ${large}`)
const pages = [
  ['/careers', '/careers', '/careers'],
  ['/compare', '/compare', '/compare'],
  ['a profile', await firstProfile(small), await firstProfile(large)],
]
for (const [label, smallPath, largePath] of pages) {
  // Twice: the first request renders the page into the route cache.
  await html(small, smallPath)
  await html(large, largePath)
  const [smallHtml, largeHtml] = [await html(small, smallPath), await html(large, largePath)]
  const [a, b] = [Buffer.byteLength(smallHtml), Buffer.byteLength(largeHtml)]
  const change = ((b / a - 1) * 100).toFixed(1)
  // Cards shown, and options any select carries: what could grow with the catalogue.
  const shape = (page) =>
    `${page.match(/<article/g)?.length ?? 0} cards, ${page.match(/<option/g)?.length ?? 0} options`
  console.log(
    `${label.padEnd(10)} ${kb(a).padStart(9)} → ${kb(b).padStart(9)}  (${change.startsWith('-') ? '' : '+'}${change} %)  ${smallPath} (${shape(smallHtml)}) · ${largePath} (${shape(largeHtml)})`,
  )
}
