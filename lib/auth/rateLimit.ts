/**
 * A fixed-window counter per key, kept in this process's memory. Enough for one server; several
 * instances behind a load balancer each count separately (at most N× the limit).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; returns how long to wait (ms) if it goes over the limit, else 0. */
  hit(key: string): number {
    const now = this.now()
    if (this.windows.size > 10_000) this.sweep(now)
    const window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs })
      return 0
    }
    window.count += 1
    return window.count > this.limit ? window.resetAt - now : 0
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
  }
}
