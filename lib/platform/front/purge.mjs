/**
 * Purging the fronts (./adapters.mjs) by tag, from the one place every change passes through: the
 * route cache handler's revalidateTag (lib/platform/cache/routeCacheHandler.mjs), which Next calls
 * for each tag our collection hooks and jobs expire (lib/platform/revalidate.ts).
 *
 * A purge never holds up or breaks a publish: it runs in the background, each front on its own; a
 * front that fails is retried (1 s, 4 s, 15 s) and each failure logged. Every purge is sent again
 * 5 s and 35 s later: a page whose render began before the change (with the old data) and ended
 * after the first purge — or that another instance served before it heard of the change — would
 * otherwise sit in the front for its whole edge lifetime. 35 s outlasts the front's 30 s wait for a
 * render.
 *
 * All the fronts in FRONT_PURGE_URLS are of one kind (FRONT_ADAPTER) and share FRONT_PURGE_SECRET.
 */
import { FRONT_ADAPTERS, frontAdapter, purgeRequests } from './adapters.mjs'

const RETRY_DELAYS_MS = [1_000, 4_000, 15_000]
const REPEAT_AFTER_MS = [5_000, 35_000]
const TIMEOUT_MS = 5_000

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The fronts to purge, from FRONT_PURGE_URLS (comma-separated), FRONT_PURGE_SECRET and
 * FRONT_ADAPTER; null when none is configured. Throws on a configuration that cannot work (an
 * unknown adapter, a secret missing, a secret that would travel in clear to another machine):
 * instrumentation.ts checks it at boot, so a server never starts with it.
 * @param {Record<string, string | undefined>} [env]
 */
export function frontPurgeConfig(env = process.env) {
  const urls = (env.FRONT_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  if (!urls.length) return null
  if (!env.FRONT_PURGE_SECRET)
    throw new Error(
      'FRONT_PURGE_URLS is set but FRONT_PURGE_SECRET is not: the fronts refuse unauthenticated purges. Set the secret the fronts expect.',
    )
  for (const url of urls) {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && !LOCAL_HOSTS.has(parsed.hostname))
      throw new Error(
        `FRONT_PURGE_URLS: ${url} would carry the purge secret in clear to another machine; use https.`,
      )
  }
  return {
    urls,
    secret: env.FRONT_PURGE_SECRET,
    adapter: frontAdapter(env),
    retryDelays: RETRY_DELAYS_MS,
    repeatAfterMs: REPEAT_AFTER_MS,
  }
}

let processConfig
/** This process's configuration, read once (Next builds a cache handler per request). */
export function currentFrontConfig() {
  if (processConfig === undefined) processConfig = frontPurgeConfig()
  return processConfig
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.())

async function send({ url, method, headers, body }) {
  const response = await fetch(url, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.arrayBuffer().catch(() => {})
  if (!response.ok) throw new Error(`answered ${response.status}`)
}

/** Sends these requests to one front, retried; resolves true when all went through. Never rejects. */
async function sendRetried(config, url, requests, what, consequence) {
  const attempts = config.retryDelays.length + 1
  for (let attempt = 1; ; attempt += 1) {
    try {
      for (const request of requests) await send(request)
      return true
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const last = attempt === attempts
      console.warn(
        `[front] ${what} at ${url} failed (attempt ${attempt} of ${attempts}): ${reason}` +
          (last
            ? `; giving up — ${consequence}`
            : `; retrying in ${config.retryDelays[attempt - 1] / 1000} s`),
      )
      if (last) return false
      await wait(config.retryDelays[attempt - 1])
    }
  }
}

/**
 * Purges these tags at every front now, and again after each of `repeatAfterMs`. Resolves (never
 * rejects) with, per front, whether the first purge went through; callers need not wait for it.
 */
export async function purgeFronts(tags, config = currentFrontConfig()) {
  if (!config || !tags.length) return []
  const once = () =>
    Promise.all(
      config.urls.map((url) =>
        sendRetried(
          config,
          url,
          purgeRequests(config.adapter, url, config.secret, tags),
          `purge of ${tags.length} tag(s)`,
          `pages tagged ${tags.join(' ')} may stay stale there until their edge lifetime ends`,
        ),
      ),
    )
  const results = await once()
  let waited = 0
  for (const at of config.repeatAfterMs) {
    await wait(at - waited)
    waited = at
    await once()
  }
  return results
}

/**
 * At start: asks each front to drop the pages of every other build (their HTML names script files
 * this build does not have). Varnish only — a PURGE naming the build to keep, which its VCL turns
 * into a ban (deploy/varnish/default.vcl); a CDN is purged whole by its own deploy step. Resolves
 * (never rejects) with, per front, whether it went through.
 */
export async function dropOtherBuilds(buildId, config = currentFrontConfig()) {
  if (!config || !buildId || config.adapter !== FRONT_ADAPTERS.varnish) return []
  return Promise.all(
    config.urls.map((url) =>
      sendRetried(
        config,
        url,
        [
          {
            url,
            method: 'PURGE',
            headers: { 'x-build-keep': buildId, 'x-purge-secret': config.secret },
          },
        ],
        `dropping pages of builds other than ${buildId}`,
        'pages of the previous build may be served there until their edge lifetime ends',
      ),
    ),
  )
}
