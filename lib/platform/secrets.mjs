/**
 * The server's secrets, read from the environment: production fails fast with a message that says
 * what to set; development and tests get fixed, clearly-fake defaults so `npm run dev` needs nothing.
 * Plain JavaScript, because Next loads the shared cache handler (lib/platform/cache) at run time without
 * compiling it, and it keys its Redis entries with these too.
 */
import { createHmac } from 'node:crypto'

export const PAYLOAD_SECRET_DEV_DEFAULT = 'dev-only-payload-secret-not-for-production'
export const NEXTAUTH_SECRET_DEV_DEFAULT = 'dev-only-nextauth-secret-not-for-production'

const isProductionRuntime = () =>
  process.env.NODE_ENV === 'production' &&
  // `next build` evaluates the config to collect pages; the running server is where a secret matters.
  process.env.NEXT_PHASE !== 'phase-production-build'

/** @param {string} name @param {string} devDefault @returns {string} */
export function requiredSecret(name, devDefault) {
  const value = process.env[name]
  if (value && value.length > 0) {
    if (isProductionRuntime() && value.length < 32) {
      throw new Error(
        `${name} must be at least 32 characters in production (generate one with \`openssl rand -hex 32\`).`,
      )
    }
    return value
  }
  if (isProductionRuntime()) {
    throw new Error(
      `${name} is not set. Production refuses to start without it: generate one with \`openssl rand -hex 32\` and set ${name}.`,
    )
  }
  return devDefault
}

/**
 * A keyed hash of `text` under PAYLOAD_SECRET: nobody without the secret can compute one or test a
 * guess. Give each use its own prefix in `text` ("salary-figure:…", "client-address:…").
 * @param {string} text @param {'hex' | 'base64url'} [encoding]
 */
export function serverHmac(text, encoding = 'hex') {
  return createHmac('sha256', requiredSecret('PAYLOAD_SECRET', PAYLOAD_SECRET_DEV_DEFAULT))
    .update(text)
    .digest(encoding)
}
