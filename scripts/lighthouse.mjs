#!/usr/bin/env node
/**
 * `npm run lighthouse [-- URL]`: Lighthouse (mobile) for the home page, a profile and the comparison
 * of a running production server (default http://localhost:3000), in Debian's Chromium. Each page
 * is measured LIGHTHOUSE_RUNS times (default 3) and the median run is printed — on a two-core machine
 * that also runs the server one run swings by several points; full reports go to lighthouse-reports/.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const base = (process.argv[2] ?? process.env.LIGHTHOUSE_URL ?? 'http://localhost:3000').replace(
  /\/$/,
  '',
)
const PAGES = ['/', '/careers/devops-engineer', '/compare/backend-developer-vs-devops-engineer']
const chrome = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const outDir = 'lighthouse-reports'
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
fs.mkdirSync(outDir, { recursive: true })

function runLighthouse(page, out) {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      base + page,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  const score = (id) => Math.round(report.categories[id].score * 100)
  const ms = (id) => Math.round(report.audits[id].numericValue)
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best practices': score('best-practices'),
    seo: score('seo'),
    'FCP ms': ms('first-contentful-paint'),
    'LCP ms': ms('largest-contentful-paint'),
    'TBT ms': ms('total-blocking-time'),
    CLS: report.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  }
}

const rows = []
for (const page of PAGES) {
  await fetch(base + page) // render it once: Lighthouse measures the cached page readers get
  const name = page === '/' ? 'home' : page.split('/').pop()
  const runs = Array.from({ length: RUNS }, (_, i) =>
    runLighthouse(page, path.join(outDir, `${name}-${i + 1}.json`)),
  )
  runs.sort((a, b) => a.performance - b.performance)
  rows.push({
    ...runs[Math.floor(runs.length / 2)],
    runs: runs.map((r) => r.performance).join('/'),
  })
}
console.table(rows)
