/**
 * A Redis of the scripts' own, described by its URL: the cluster script (scripts/cluster.mjs) starts
 * one with an ACL user and a password, as production should run it; the fault script
 * (scripts/cluster-faults.mjs) stops it and starts it again with the same settings. The password
 * never appears on a command line (where `ps` would show it): redis-server reads it from a config
 * file only its owner can read, redis-cli from REDISCLI_AUTH.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'

/** A URL for a new local Redis with its own user and a fresh password. */
export const newLocalRedisUrl = (port) =>
  `redis://careerscope:${randomBytes(18).toString('base64url')}@127.0.0.1:${port}/0`

/**
 * Writes the redis-server config that serves `url` — its port, loopback only, nothing on disk, and
 * only its user, with its password — to `file` (mode 0600), and answers the file's path.
 */
export function writeRedisConfig(url, file) {
  const { port, username, password } = new URL(url)
  const secret = decodeURIComponent(password)
  const lines = [`port ${port || '6379'}`, 'bind 127.0.0.1 -::1', 'save ""', 'appendonly no']
  if (username) {
    lines.push('user default off', `user ${decodeURIComponent(username)} on >${secret} ~* &* +@all`)
  } else if (password) {
    lines.push(`requirepass ${secret}`)
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  fs.chmodSync(file, 0o600)
  return file
}

/** How to run redis-cli against `url`: its arguments, and an environment holding the password. */
export function redisCli(url) {
  const { hostname, port, username, password } = new URL(url)
  return {
    args: [
      '-h',
      hostname,
      '-p',
      port || '6379',
      ...(username ? ['--user', decodeURIComponent(username)] : []),
    ],
    env: { ...process.env, ...(password && { REDISCLI_AUTH: decodeURIComponent(password) }) },
  }
}

/** The URL with its password hidden, for logs. */
export function redacted(url) {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
