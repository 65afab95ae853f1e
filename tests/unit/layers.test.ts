import fs from 'node:fs'
import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layers hold because `npm run lint` fails when one is crossed (eslint.config.mjs, layers.mjs):
 * these probes are linted as if they were files of the house, and must be refused.
 */
const root = path.resolve(__dirname, '../..')
// import/no-cycle follows imports on disk, which a probe is not; the whole-tree lint checks circles.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('the layers of the house', () => {
  it('refuse an import from a layer above', async () => {
    expect(
      await problems(
        'lib/platform/probe.ts',
        "import { Container } from '@/components/layout/Container'\nexport const probe = Container\n",
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"lib-platform".*"components"/)])
    expect(
      await problems(
        'components/layout/Probe.tsx',
        "import { probe } from '@/app/(frontend)/layout'\nexport const Probe = probe\n",
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"components".*"app"/)])
    expect(
      await problems(
        'lib/salaries/probe.ts',
        "import { getComparePage } from '@/lib/content'\nexport const probe = getComparePage\n",
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"lib-salaries".*"lib-content"/)])
  }, 60_000)

  it('keep the Payload config out of lib/, and let lower domains serve higher ones', async () => {
    expect(
      await problems(
        'lib/content/probe.ts',
        "import config from '@payload-config'\nexport const probe = config\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*getPayloadClient/)])
    expect(
      await problems(
        'lib/content/probe.ts',
        "import { formatAmount } from '@/lib/money'\nimport { relationId } from '@/lib/platform/ids'\nexport const probe = [formatAmount, relationId]\n",
      ),
    ).toEqual([])
  }, 60_000)

  it('refuse a circle of imports, through the @/ alias as through relative paths', async () => {
    // import/no-cycle reads imports from disk: two real files, removed afterwards.
    const folder = path.join(root, 'lib', `circleProbe${process.pid}`)
    fs.mkdirSync(folder, { recursive: true })
    try {
      const alias = `@/lib/circleProbe${process.pid}`
      fs.writeFileSync(
        path.join(folder, 'a.ts'),
        `import { b } from '${alias}/b'\nexport const a = () => b\n`,
      )
      fs.writeFileSync(
        path.join(folder, 'b.ts'),
        "import { a } from './a'\nexport const b = () => a\n",
      )
      const [result] = await new ESLint({ cwd: root }).lintFiles([path.join(folder, 'a.ts')])
      expect(result!.messages.map((m) => m.ruleId)).toContain('import/no-cycle')
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  }, 60_000)
})
