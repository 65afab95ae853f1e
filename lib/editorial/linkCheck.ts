/**
 * Whether a learning resource's address still answers. HEAD first (cheap), GET when a server
 * refuses HEAD; redirects are not followed but reported with their target, so an editor updates the
 * address rather than readers taking a detour through it; a server silent for ten seconds counts as
 * down for this check.
 */

export type LinkOutcome = {
  outcome: 'ok' | 'moved' | 'dead' | 'timeout'
  /** The HTTP status, when the server answered. */
  status: number | null
  /** Where a redirect leads, as an absolute address. */
  location: string | null
}

export const LINK_TIMEOUT_MS = 10_000
const USER_AGENT = 'CareerscopeLinkChecker/1.0 (checks learning resources weekly)'

/** Statuses some servers give HEAD requests only: asked again with GET. */
const HEAD_REFUSED = new Set([403, 405, 501])

/**
 * Answers that say the page is there but the server will not show it to a robot (sign-in walls,
 * bot protection on course sites, rate limits): readers get the page, so the link is not dead.
 */
const ROBOT_REFUSED = new Set([401, 403, 429])

export async function checkLink(url: string, timeoutMs = LINK_TIMEOUT_MS): Promise<LinkOutcome> {
  const ask = (method: 'HEAD' | 'GET') =>
    fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT },
    })
  try {
    let response = await ask('HEAD')
    if (HEAD_REFUSED.has(response.status)) {
      await response.body?.cancel()
      response = await ask('GET')
    }
    await response.body?.cancel()
    const { status } = response
    if (status >= 300 && status < 400) {
      const target = response.headers.get('location')
      return { outcome: 'moved', status, location: target ? new URL(target, url).toString() : null }
    }
    const live = response.ok || ROBOT_REFUSED.has(status)
    return { outcome: live ? 'ok' : 'dead', status, location: null }
  } catch (error) {
    const name = (error as Error).name
    const timedOut = name === 'TimeoutError' || name === 'AbortError'
    return { outcome: timedOut ? 'timeout' : 'dead', status: null, location: null }
  }
}

/** Checks every address, a few at a time (kind to the sites, and to this server). */
export async function checkLinks(
  urls: readonly string[],
  check: (url: string) => Promise<LinkOutcome> = checkLink,
  atOnce = 4,
): Promise<Map<string, LinkOutcome>> {
  const results = new Map<string, LinkOutcome>()
  const queue = [...new Set(urls)]
  await Promise.all(
    Array.from({ length: Math.min(atOnce, queue.length) }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift())
        results.set(url, await check(url))
    }),
  )
  return results
}

/** What the desk says of a result worth an editor's time; null when the address is fine. */
export function linkProblem(result: {
  outcome: LinkOutcome['outcome']
  status?: number | null
  location?: string | null
}) {
  switch (result.outcome) {
    case 'ok':
      return null
    case 'moved':
      return `moved to ${result.location ?? 'an unknown address'}`
    case 'timeout':
      return 'did not answer within 10 s'
    case 'dead':
      return result.status ? `answers ${result.status}` : 'cannot be reached'
  }
}
