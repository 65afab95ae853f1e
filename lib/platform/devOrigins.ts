import os from 'node:os'

/**
 * The hosts `next dev` may be opened at besides `localhost`: 127.0.0.1 and this machine's own network
 * addresses (the "Network:" line Next prints). Next refuses dev-only requests (hot reload, the client
 * bundles' chunks) from any other origin, and the page then never hydrates.
 */
export function devOrigins(interfaces = os.networkInterfaces()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address)
  return ['127.0.0.1', ...new Set(addresses)]
}
