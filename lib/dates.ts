/** Dates as Indian readers write them: 29 Nov 2026. Fixed time zone so server and tests agree. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat('en-IN', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
  }).format(new Date(iso))
}

/** The time zones staff can choose for the admin desk; the first is the default. */
export const STAFF_TIME_ZONES = [
  'Asia/Kolkata',
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Dubai',
  'Asia/Singapore',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
] as const

export const DEFAULT_TIME_ZONE = STAFF_TIME_ZONES[0]

/** A moment in a member of staff's own time zone, named so nobody mistakes it: 2 Dec 2026, 09:30 IST. */
export function formatDateTimeIn(
  iso: string | null | undefined,
  timeZone: string | null | undefined,
): string {
  if (!iso) return ''
  const zone =
    timeZone && (STAFF_TIME_ZONES as readonly string[]).includes(timeZone)
      ? timeZone
      : DEFAULT_TIME_ZONE
  return new Intl.DateTimeFormat('en-IN', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(new Date(iso))
}
