#!/usr/bin/env node
/**
 * `npm run scale:measure [-- URL]`: with a production server running on the synthetic catalogue
 * (`npm run scale:fill`, then `DATABASE_URI=file:./data/scale.db npm start`), times what grows with
 * content: a generated comparison rendered cold (first request, nothing cached) and warm, the salary
 * explorer, the sitemap of ~500,000 pairs, a profile and search. Figures for notes, never a test.
 */
const base = (process.argv[2] ?? process.env.BENCH_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
)

async function timed(path) {
  const started = performance.now()
  const response = await fetch(base + path, { redirect: 'manual' })
  const body = await response.arrayBuffer()
  return {
    ms: performance.now() - started,
    status: response.status,
    bytes: body.byteLength,
    cache: response.headers.get('x-nextjs-cache') ?? '-',
    text: () => new TextDecoder().decode(body),
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (value) => `${value.toFixed(0)} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`

function report(label, runs) {
  const times = runs.map((r) => r.ms)
  const statuses = [...new Set(runs.map((r) => r.status))].join('/')
  console.log(
    `${label.padEnd(44)} n=${String(runs.length).padStart(3)}  p50 ${ms(percentile(times, 50)).padStart(7)}  p95 ${ms(percentile(times, 95)).padStart(7)}  ${kb(runs[0].bytes).padStart(6)}  status ${statuses}  cache ${[...new Set(runs.map((r) => r.cache))].join('/')}`,
  )
}

async function series(paths) {
  const runs = []
  for (const path of paths) runs.push(await timed(path))
  return runs
}

// The sitemap first: it lists the pairs the other measurements pick from.
const index = await timed('/sitemap.xml')
const files = [...index.text().matchAll(/<loc>[^<]*\/sitemaps\/(\d+)\.xml<\/loc>/g)].map(
  (m) => m[1],
)
console.log(`sitemap index: ${files.length} files`)
report('/sitemap.xml (index), cold', [index])
report('/sitemap.xml (index), warm', await series(['/sitemap.xml', '/sitemap.xml', '/sitemap.xml']))
const first = await timed(`/sitemaps/${files[0] ?? 0}.xml`)
const urls = [...first.text().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
report(`/sitemaps/${files[0] ?? 0}.xml (${urls.length} URLs), cold`, [first])
const last = files.at(-1) ?? '0'
report(`/sitemaps/${last}.xml, cold`, [await timed(`/sitemaps/${last}.xml`)])
report(`/sitemaps/${last}.xml, warm`, await series(Array(3).fill(`/sitemaps/${last}.xml`)))

const pairs = urls.filter((p) => /^\/compare\/.+-vs-.+/.test(p))
const sample = Array.from({ length: 30 }, (_, i) => pairs[Math.floor((i * pairs.length) / 30)])
report('generated pair, cold (first request)', await series(sample))
report('generated pair, warm (route cache)', await series(sample))
const profiles = urls.filter((p) => p.startsWith('/careers/')).slice(0, 20)
report('career profile, cold', await series(profiles))
report('career profile, warm', await series(profiles))

report('/salaries page 1, first request', [await timed('/salaries')])
report('/salaries page 1, again', await series(Array(10).fill('/salaries')))
report('/salaries page 40, level=all', await series(Array(10).fill('/salaries?page=40')))
report(
  '/salaries level=mid sorted asc',
  await series(Array(10).fill('/salaries?level=mid&sort=pay-asc')),
)
report('/salaries/data.csv page 1', await series(Array(10).fill('/salaries/data.csv')))

const queries = ['kubernetes', 'payments', 'data', 'rust', 'synthetic guide 42', 'product manager']
report(
  '/search (6 queries)',
  await series(queries.map((q) => `/search?q=${encodeURIComponent(q)}`)),
)
