import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { seed } from '@/payload/seed/seed'

import { bootPayload, shutdown } from './helpers'

/**
 * The site an integration test file runs against: the real Payload on a brand-new database (the
 * project's setup file gives every test file its own SQLite file or Postgres database), booted
 * before the file's tests, with the demo content when asked for, and shut down after them.
 * `payload` is a live binding: each test file has its own copy of this module, set by its own
 * `bootSite()`, which must come before the file's own `beforeAll`.
 */
export let payload: Payload

export function bootSite({ demo = false }: { demo?: boolean } = {}): void {
  beforeAll(async () => {
    payload = await bootPayload()
    if (demo) await seed(payload)
  })
  afterAll(() => shutdown(payload))
}
