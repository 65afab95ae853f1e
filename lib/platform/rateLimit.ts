import { sharedRedis } from './redis'

/** Attempts counted for one key in the current window. */
type Window = { count: number; resetInMs: number }

/** Where counts live: this process's memory, or Redis so that every instance counts together. */
export interface CounterStore {
  /** Counts one attempt and answers the window's total. */
  add(key: string, windowMs: number): Promise<Window>
  /** The window's total so far, without counting. */
  read(key: string): Promise<Window>
  /** Takes back one attempt counted earlier in the window (never below zero). */
  refund(key: string): Promise<void>
}

export class MemoryCounterStore implements CounterStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  async add(key: string, windowMs: number): Promise<Window> {
    const now = this.now()
    if (this.windows.size > 10_000) this.sweep(now)
    const current = this.windows.get(key)
    const window =
      current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMs }
    window.count += 1
    this.windows.set(key, window)
    return { count: window.count, resetInMs: window.resetAt - now }
  }

  async read(key: string): Promise<Window> {
    const now = this.now()
    const window = this.windows.get(key)
    return window && window.resetAt > now
      ? { count: window.count, resetInMs: window.resetAt - now }
      : { count: 0, resetInMs: 0 }
  }

  async refund(key: string): Promise<void> {
    const window = this.windows.get(key)
    if (window && window.count > 0) window.count -= 1
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }
}

/**
 * Fixed windows in Redis: the first attempt creates the counter with the window as its expiry
 * (SET NX PX, which every Redis since 2.6 has), each attempt then INCRs it, atomically in one MULTI.
 */
export class RedisCounterStore implements CounterStore {
  constructor(private readonly prefix = 'careerscope:rate:') {}

  async add(key: string, windowMs: number): Promise<Window> {
    const redis = sharedRedis()
    if (!redis) throw new Error('Redis is not connected')
    const name = this.prefix + key
    const [, count, ttl] = await redis
      .multi()
      .set(name, '0', { condition: 'NX', expiration: { type: 'PX', value: windowMs } })
      .incr(name)
      .pTTL(name)
      .exec()
    return { count: Number(count), resetInMs: Math.max(0, Number(ttl)) }
  }

  async read(key: string): Promise<Window> {
    const redis = sharedRedis()
    if (!redis) throw new Error('Redis is not connected')
    const name = this.prefix + key
    const [count, ttl] = await redis.multi().get(name).pTTL(name).exec()
    return { count: Number(count ?? 0), resetInMs: Math.max(0, Number(ttl)) }
  }

  async refund(key: string): Promise<void> {
    const redis = sharedRedis()
    if (!redis) throw new Error('Redis is not connected')
    // DECR on a missing key would create it without an expiry: only a counter still in its window.
    await redis.eval(
      "if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then return redis.call('DECR', KEYS[1]) end return 0",
      { keys: [this.prefix + key] },
    )
  }
}

/**
 * Redis when REDIS_URL is set and reachable, this process's memory otherwise — including for the
 * moments Redis is down, so a Redis outage never locks readers out (each instance then counts alone).
 */
export class SharedCounterStore implements CounterStore {
  private readonly redis = new RedisCounterStore()
  private readonly memory = new MemoryCounterStore()
  private lastFailure = ''

  add(key: string, windowMs: number): Promise<Window> {
    return sharedRedis()
      ? this.redis
          .add(key, windowMs)
          .catch((error) => this.fallBack(error, () => this.memory.add(key, windowMs)))
      : this.memory.add(key, windowMs)
  }

  read(key: string): Promise<Window> {
    return sharedRedis()
      ? this.redis.read(key).catch((error) => this.fallBack(error, () => this.memory.read(key)))
      : this.memory.read(key)
  }

  refund(key: string): Promise<void> {
    return sharedRedis()
      ? this.redis.refund(key).catch((error) => this.fallBack(error, () => this.memory.refund(key)))
      : this.memory.refund(key)
  }

  /** Counts in memory for now, and says so once per kind of failure (not once per request). */
  private fallBack<T>(error: unknown, counting: () => Promise<T>): Promise<T> {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== this.lastFailure) {
      console.error(`[rate-limit] Redis refused a counter (${message}); counting in memory`)
      this.lastFailure = message
    }
    return counting()
  }
}

/** A fixed-window limit per key: at most `limit` attempts per `windowMs`. */
export class RateLimiter {
  constructor(
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
    private readonly store: CounterStore = new SharedCounterStore(),
  ) {}

  /** Counts one attempt; answers how long to wait (ms) if it goes over the limit, else 0. */
  async hit(key: string): Promise<number> {
    const { count, resetInMs } = await this.store.add(`${this.name}:${key}`, this.windowMs)
    return count > this.limit ? resetInMs || this.windowMs : 0
  }

  /** How long to wait (ms) if the limit is already used up, without counting an attempt. */
  async wait(key: string): Promise<number> {
    const { count, resetInMs } = await this.store.read(`${this.name}:${key}`)
    return count >= this.limit ? resetInMs || this.windowMs : 0
  }

  /** Takes back an attempt that turned out not to count (a successful sign-in, say). */
  refund(key: string): Promise<void> {
    return this.store.refund(`${this.name}:${key}`)
  }
}

const MINUTE = 60_000

/** "Try again in 15 minutes." */
export function retryAfterText(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE))
  return `Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`
}
