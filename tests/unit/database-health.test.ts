import { afterEach, describe, expect, it, vi } from 'vitest'

import { databaseAvailable, markDatabase } from '@/lib/platform/server/databaseHealth'

afterEach(() => vi.restoreAllMocks())

describe('the database health log', () => {
  it('says nothing at start-up, then reports each change once', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    markDatabase(true)
    markDatabase(true)
    expect(info).not.toHaveBeenCalled()
    expect(databaseAvailable()).toBe(true)

    markDatabase(false)
    markDatabase(false)
    expect(error).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalledWith('[database] unreachable: answering 503 where needed')
    expect(databaseAvailable()).toBe(false)

    markDatabase(true)
    expect(info).toHaveBeenCalledTimes(1)
    expect(info).toHaveBeenCalledWith('[database] answering again')
  })
})
