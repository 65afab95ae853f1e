/**
 * Whether the database answered lately: kept on globalThis because instrumentation.ts and the
 * routes are separate module graphs in Next's server, and both need the same answer.
 */
type Health = { available: boolean; since: number }

const store = globalThis as typeof globalThis & { __careerscopeDatabaseHealth?: Health }

export function databaseAvailable(): boolean {
  return store.__careerscopeDatabaseHealth?.available ?? true
}

export function markDatabase(available: boolean): void {
  const current = store.__careerscopeDatabaseHealth
  if (current?.available === available) return
  store.__careerscopeDatabaseHealth = { available, since: Date.now() }
  // The first answer at start-up is not news: only a change from what was assumed is logged.
  if (!current && available) return
  console[available ? 'info' : 'error'](
    available ? '[database] answering again' : '[database] unreachable: answering 503 where needed',
  )
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  // Postgres: the server is shutting down, starting up, or the connection failed.
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  // SQLite: the file is gone or unreadable.
  'SQLITE_CANTOPEN',
  'SQLITE_NOTADB',
  'SQLITE_IOERR',
  'SQLITE_CORRUPT',
])

const CONNECTION_MESSAGES =
  /Connection terminated|connection refused|ECONNREFUSED|server closed the connection|Client has encountered a connection error|timeout exceeded when trying to connect|MongoServerSelectionError|topology was destroyed/i

/** Whether an error (or one of its causes) says the database could not be reached. */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 6; depth += 1) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown }
    if (typeof candidate.code === 'string' && CONNECTION_CODES.has(candidate.code)) return true
    if (typeof candidate.message === 'string' && CONNECTION_MESSAGES.test(candidate.message))
      return true
    if (candidate.name === 'MongoServerSelectionError') return true
    e = candidate.cause
  }
  return false
}

let watching = false

/**
 * Asks the database a trivial question every few seconds, so the server notices both an outage and
 * the recovery without anyone restarting it. `check` rejects when the database does not answer.
 */
export function watchDatabase(check: () => Promise<unknown>, intervalMs = 3_000): void {
  if (watching) return
  watching = true
  const timer = setInterval(async () => {
    try {
      await Promise.race([
        check(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), intervalMs)),
      ])
      markDatabase(true)
    } catch {
      markDatabase(false)
    }
  }, intervalMs)
  timer.unref()
}

/** For error hooks (Payload's afterError, Next's onRequestError): an outage is noted at once. */
export function noteDatabaseOutage({ error }: { error: unknown }): void {
  if (isConnectionError(error)) markDatabase(false)
}
