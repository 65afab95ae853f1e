import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * `next build` adds its build folder's type globs to tsconfig.json when they are missing, which left
 * a developer's checkout dirty after `npm run cluster`. Every folder a documented command builds
 * into is listed already: `npm run build` (.next), the end-to-end suite (.next-e2e) and the cluster
 * (.next-cluster, scripts/cluster.mjs).
 */
const BUILD_FOLDERS = ['.next', '.next-e2e', '.next-cluster']

describe('tsconfig.json', () => {
  it('already holds the type globs next build would add for every build folder', () => {
    const tsconfig = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../tsconfig.json'), 'utf8'),
    ) as { include: string[] }
    for (const folder of BUILD_FOLDERS) {
      expect(tsconfig.include).toContain(`${folder}/types/**/*.ts`)
      expect(tsconfig.include).toContain(`${folder}/dev/types/**/*.ts`)
    }
    const cluster = fs.readFileSync(path.resolve(__dirname, '../../scripts/cluster.mjs'), 'utf8')
    expect(cluster).toContain("option('--dist') ?? '.next-cluster'")
  })
})

describe('next.config.ts', () => {
  it('keeps next dev from writing its notes for coding agents into the checkout', async () => {
    const { default: config } = await import('@/next.config')
    expect(config.agentRules).toBe(false)
    expect(config.experimental?.agentUpgrade).toBe(false)
  })
})
