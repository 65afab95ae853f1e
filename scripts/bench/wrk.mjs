/** wrk (apt-get install -y wrk), and the one table every benchmark here prints from it. */
import { spawnSync } from 'node:child_process'

/** wrk's requests per second, errors (non-2xx, socket errors) and timeouts; `headers` as `Name: value`. */
export function wrk(url, connections, seconds, headers = []) {
  const run = spawnSync(
    'wrk',
    [
      '-t2',
      `-c${connections}`,
      `-d${seconds}s`,
      '--timeout',
      '2s',
      ...headers.flatMap((header) => ['-H', header]),
      url,
    ],
    { encoding: 'utf8' },
  )
  if (run.error) throw new Error('wrk is not installed: apt-get install -y wrk')
  const out = run.stdout
  const number = (re) => Number(re.exec(out)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    errors:
      number(/Non-2xx or 3xx responses: (\d+)/) +
      (socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0),
    timeouts: socket ? Number(socket[4]) : 0,
  }
}

/**
 * Each target measured with wrk at 32 and 64 connections, one after another, in one table: its
 * requests per second and errors, and the ratios asked for (`[label, numerator, denominator]`).
 */
export function wrkTable(targets, seconds, ratios) {
  const rows = []
  for (const connections of [32, 64]) {
    const results = Object.fromEntries(
      Object.entries(targets).map(([name, { url, headers }]) => [
        name,
        wrk(url, connections, seconds, headers),
      ]),
    )
    const row = { connections }
    for (const [name, result] of Object.entries(results))
      row[`${name} req/s`] = Math.round(result.rps)
    for (const [label, numerator, denominator] of ratios)
      row[label] = (results[numerator].rps / results[denominator].rps).toFixed(2)
    for (const [name, result] of Object.entries(results))
      row[`${name} errors`] = result.errors + result.timeouts
    rows.push(row)
  }
  console.table(rows)
}
