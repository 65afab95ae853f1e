/**
 * A Redis of the scripts' own, described by its URL: the cluster script (scripts/cluster.mjs) starts
 * one with an ACL user and a password, as production should run it; the fault script
 * (scripts/cluster-faults.mjs) stops it and starts it again with the same settings.
 */
import { randomBytes } from 'node:crypto'

/** A URL for a new local Redis with its own user and a fresh password. */
export const newLocalRedisUrl = (port) =>
  `redis://careerscope:${randomBytes(18).toString('base64url')}@127.0.0.1:${port}/0`

/** The redis-server arguments that serve `url`: its port, and only its user, with its password. */
export function redisServerArgs(url) {
  const { port, username, password } = new URL(url)
  const auth = username
    ? [
        '--user',
        'default',
        'off',
        '--user',
        decodeURIComponent(username),
        'on',
        `>${decodeURIComponent(password)}`,
        '~*',
        '&*',
        '+@all',
      ]
    : password
      ? ['--requirepass', decodeURIComponent(password)]
      : []
  return [
    '--bind',
    '127.0.0.1',
    '-::1',
    '--port',
    port || '6379',
    '--save',
    '',
    '--appendonly',
    'no',
    ...auth,
  ]
}

/** redis-cli arguments that reach `url`, signed in as its user. */
export function redisCliArgs(url) {
  const { hostname, port, username, password } = new URL(url)
  return [
    '-h',
    hostname,
    '-p',
    port || '6379',
    ...(username ? ['--user', decodeURIComponent(username)] : []),
    ...(password ? ['--pass', decodeURIComponent(password), '--no-auth-warning'] : []),
  ]
}

/** The URL with its password hidden, for logs. */
export function redacted(url) {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
