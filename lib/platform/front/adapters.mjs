/**
 * The caches in front of the origin that purge by tag, and how each is spoken to: which response
 * header carries a page's tags, how the tags are joined in it, and the purge request for a list of
 * tags. Varnish (deploy/varnish/default.vcl, with varnish-modules' xkey) is what we run; Cloudflare
 * and Fastly are the hosted CDNs whose documented APIs these shapes follow (none is reachable from
 * our machines, so the shapes are unit-tested, not exercised).
 *
 * - Varnish: `xkey` response header, space-separated; `PURGE /` with `xkey-purge: <tags>` and the
 *   shared secret in `x-purge-secret` (the VCL refuses any other purge).
 * - Cloudflare: `Cache-Tag` response header, comma-separated; `POST /zones/{zone}/purge_cache` with
 *   `{ "tags": [...] }` and an API token (`Authorization: Bearer`), at most 30 tags a call.
 * - Fastly: `Surrogate-Key` response header, space-separated; `POST /service/{id}/purge` with the
 *   keys in a `Surrogate-Key` request header and the API token in `Fastly-Key`, at most 256 a call.
 *
 * FRONT_PURGE_URLS is the purge endpoint of each front (for Cloudflare and Fastly, the zone's or
 * service's purge URL above); FRONT_PURGE_SECRET the shared secret or API token.
 */
export const FRONT_ADAPTERS = {
  varnish: {
    header: 'xkey',
    separator: ' ',
    batch: 100,
    request: (url, secret, tags) => ({
      url,
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' '), 'x-purge-secret': secret },
    }),
  },
  cloudflare: {
    header: 'Cache-Tag',
    separator: ',',
    batch: 30,
    request: (url, secret, tags) => ({
      url,
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
    }),
  },
  fastly: {
    header: 'Surrogate-Key',
    separator: ' ',
    batch: 256,
    request: (url, secret, tags) => ({
      url,
      method: 'POST',
      headers: { 'fastly-key': secret, 'surrogate-key': tags.join(' ') },
    }),
  },
}

/** Next's own tags for a route (`_N_T_/…`): we never expire them, so no front needs them. */
const IMPLICIT_TAG = /^_N_T_/

/**
 * The front's adapter from FRONT_ADAPTER (default varnish); an unknown name is a setup error.
 * @param {Record<string, string | undefined>} [env]
 */
export function frontAdapter(env = process.env) {
  const name = env.FRONT_ADAPTER || 'varnish'
  const adapter = FRONT_ADAPTERS[name]
  if (!adapter)
    throw new Error(
      `FRONT_ADAPTER is "${name}": use one of ${Object.keys(FRONT_ADAPTERS).join(', ')}.`,
    )
  return adapter
}

/** A page's tags as its front reads them, from Next's own `x-next-cache-tags` value; null if none. */
export function frontTagsValue(nextTags, adapter) {
  if (typeof nextTags !== 'string') return null
  const tags = nextTags.split(',').filter((tag) => tag && !IMPLICIT_TAG.test(tag))
  return tags.length ? tags.join(adapter.separator) : null
}

/** The purge requests for these tags at one front: the tags in batches the front accepts. */
export function purgeRequests(adapter, url, secret, tags) {
  const requests = []
  for (let i = 0; i < tags.length; i += adapter.batch)
    requests.push(adapter.request(url, secret, tags.slice(i, i + adapter.batch)))
  return requests
}
