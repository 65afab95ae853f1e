/**
 * One email address, as next-auth files it and as our limits count it: trimmed, lower-cased, and
 * exactly one address (next-auth's own normaliser keeps only what precedes a comma in the domain, so
 * `victim@x.com,1` and `victim@x.com,2` would reach one inbox under two names). Null when the value
 * is not a single plausible address.
 */
export function normaliseEmailAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  if (email.length > 254 || !/^[^\s@,;<>()"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(email)) return null
  return email
}

export class InvalidEmailError extends Error {
  constructor() {
    super('Enter one email address, like name@example.com.')
    this.name = 'InvalidEmailError'
  }
}

/** For next-auth's `normalizeIdentifier`: the address, or an error it reports as a failed sign-in. */
export function emailIdentifier(value: string): string {
  const email = normaliseEmailAddress(value)
  if (!email) throw new InvalidEmailError()
  return email
}

const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com'])

/**
 * The inbox an address reaches, for counting sign-in links: `+tags` are dropped (most providers
 * deliver `name+1@…` to `name@…`) and so are dots in Gmail addresses, which Gmail ignores. Links are
 * still sent to the address as the reader typed it.
 */
export function inboxKey(email: string): string {
  const [local = '', domain = ''] = email.toLowerCase().split('@')
  const mailbox = local.split('+')[0] ?? ''
  const canonicalDomain = domain === 'googlemail.com' ? 'gmail.com' : domain
  return `${DOTLESS_DOMAINS.has(canonicalDomain) ? mailbox.replace(/\./g, '') : mailbox}@${canonicalDomain}`
}
