import { choices } from '../choices'

/** Learning resources on a roadmap stage: what each is, and the rules its fields follow. */
export const RESOURCE_TYPES = choices({
  documentation: 'Documentation',
  course: 'Course',
  book: 'Book',
  video: 'Video',
  project: 'Project',
  practice: 'Practice',
})

export const RESOURCE_COSTS = choices({ free: 'Free', paid: 'Paid' })

export const RESOURCE_LANGUAGES = choices({ en: 'English', hi: 'Hindi' })

export const RESOURCE_LEVELS = choices({
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
})

/** Hours a learner spends on one resource: more than a year of evenings is a typo. */
export const MAX_RESOURCE_HOURS = 500

/** Why a resource's address cannot be published, or null: readers follow https links only. */
export function resourceUrlProblem(value: string | null | undefined): string | null {
  if (!value) return 'Give the resource\u2019s address.'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not a web address: start it with https://.`
  }
  if (url.protocol !== 'https:') return 'Use an https:// address: readers follow secure links only.'
  if (url.username || url.password) return 'Leave sign-in details out of the address.'
  if (isPrivateHost(url.hostname))
    return 'Use a public web address: this one points inside a private network.'
  return null
}

/**
 * Hosts no reader can reach and the weekly link check must never be sent to: single-label names
 * (`localhost`, `intranet`), `.local`/`.internal` names, and loopback, private and link-local IPs.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (!host.includes('.') && !host.includes(':')) return true
  if (/\.(local|internal|localhost)$/.test(host)) return true
  const v4 = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  if (!host.includes(':')) return false
  return host === '::1' || /^(fc|fd|fe80)/.test(host)
}
