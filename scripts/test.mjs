#!/usr/bin/env node
/**
 * `npm test`: every test, phase by phase, stopping at the first that fails, and then how long each
 * phase took. The static checks run side by side (ESLint and tsc each keep one core busy); the
 * suites run one after the other, each already parallel inside (vitest workers, one Playwright
 * worker per server). The end-to-end suite's production build runs beside the integration suite,
 * which waits on its databases often enough to leave room for it (about a minute saved here).
 */
import { spawn } from 'node:child_process'

const PHASES = [
  {
    name: 'checks',
    parallel: ['lint', 'format:check', 'typecheck', 'check:generated'],
  },
  { name: 'unit', parallel: ['test:unit'] },
  { name: 'integration', parallel: ['test:int', 'build:e2e'] },
  // tests/e2e/server.mjs builds only when nothing did before it.
  { name: 'end-to-end', parallel: ['test:e2e'], env: { E2E_BUILT: '1' } },
]

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`

function npmRun(script, env = {}) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('exit', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0) }))
  })
}

const timings = []
const started = Date.now()
let failed = null
for (const phase of PHASES) {
  const phaseStarted = Date.now()
  const results = await Promise.all(phase.parallel.map((script) => npmRun(script, phase.env)))
  timings.push([phase.name, Date.now() - phaseStarted])
  failed = results.find((result) => result.code !== 0) ?? null
  if (failed) break
}

console.log('\nnpm test, by phase:')
for (const [name, ms] of timings) console.log(`  ${name.padEnd(12)} ${seconds(ms).padStart(6)}`)
console.log(`  ${'total'.padEnd(12)} ${seconds(Date.now() - started).padStart(6)}`)
if (failed) {
  console.error(`\nnpm test failed: \`npm run ${failed.script}\` exited with ${failed.code}.`)
  process.exit(failed.code)
}
