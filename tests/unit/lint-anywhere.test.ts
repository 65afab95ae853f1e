import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Some of Next's lint rules decide by the file's path (anything under a folder named "app" counts as
 * the App Router), so a checkout in Docker's usual `/app` once failed `npm run lint` before any test
 * ran. The checkout is copied into a folder named `app` and linted there.
 */
const root = path.resolve(__dirname, '../..')
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-lint-'))
const copy = path.join(parent, 'app')

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }))

function copyCheckout(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
  for (const file of files) {
    const from = path.join(root, file)
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
    fs.copyFileSync(from, path.join(copy, file))
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
  return files
}

// The copy is made of the files git tracks: a tree without .git (a Docker build context) has none.
const hasGit = fs.existsSync(path.join(root, '.git'))
if (!hasGit) console.warn('[lint-anywhere] skipped: no .git here, so no list of tracked files.')

describe.runIf(hasGit)('npm run lint in a checkout named app', () => {
  it('gives the same answer as anywhere else for the files that depend on the path', async () => {
    const files = copyCheckout()
    // The files whose lint can depend on where they sit: every inline exemption, and the root document.
    const probes = files.filter(
      (file) =>
        /\.(ts|tsx|mjs)$/.test(file) &&
        !file.startsWith('migrations/') &&
        (fs.readFileSync(path.join(root, file), 'utf8').includes('eslint-disable') ||
          file === 'components/layout/SiteDocument.tsx'),
    )
    expect(probes).toContain('components/layout/SiteDocument.tsx')
    const eslint = new ESLint({ cwd: copy })
    const linted = []
    for (const file of probes) if (!(await eslint.isPathIgnored(file))) linted.push(file)
    const results = await eslint.lintFiles(linted)
    const problems = results.flatMap((result) =>
      result.messages.map((m) => `${path.relative(copy, result.filePath)}: ${m.message}`),
    )
    expect(problems).toEqual([])
  }, 120_000)
})
