// Building an Intl.DateTimeFormat costs far more than using one (as in ./money.ts): each format is
// built once, and a page with hundreds of evidence dates reuses it.

const readerDate = new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Asia/Kolkata',
})

const readerMonth = new Intl.DateTimeFormat('en-IN', {
  month: 'short',
  year: 'numeric',
  timeZone: 'Asia/Kolkata',
})

/** Dates as Indian readers write them: 29 Nov 2026. Fixed time zone so server and tests agree. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return readerDate.format(new Date(iso))
}

/** A month as Indian readers write it: Apr 2026. */
export function formatMonth(iso: string): string {
  return readerMonth.format(new Date(iso))
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

const staffFormats = new Map<string, Intl.DateTimeFormat>()

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
  let format = staffFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-IN', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
      timeZoneName: 'short',
    })
    staffFormats.set(zone, format)
  }
  return format.format(new Date(iso))
}

/**
 * How Payload's own admin screens (document header, list cells, versions) write a moment: a date-fns
 * pattern, in the browser's zone, which it names ("7 Dec 2026, 19:04 (GMT+5:30)"), since the desk
 * writes times in each member of staff's chosen zone. Date inputs keep a pattern an editor can type.
 */
export const ADMIN_TIME_PATTERN = 'd MMM yyyy, HH:mm (O)'
