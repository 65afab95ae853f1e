import { SITE_PATHS } from '../paths'
import { serverUrl } from '../platform/env'
import type { Mail } from '../platform/mail'
import { escapeXml } from '../platform/xml'

export type DigestPage = { title: string; path: string; changes: string[] }

/**
 * The ISO week (Monday first) a moment falls in, in India, e.g. "2026-W49": a reader gets at most one
 * digest per such week, whenever and however often the job runs.
 */
export function digestWeek(now: Date): string {
  const india = new Date(now.getTime() + 5.5 * 3_600_000)
  const day = india.getUTCDay() || 7
  // The Thursday of this week decides its year (ISO 8601).
  const thursday = new Date(
    Date.UTC(india.getUTCFullYear(), india.getUTCMonth(), india.getUTCDate() + 4 - day),
  )
  const year = thursday.getUTCFullYear()
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * The weekly email: each changed page with what changed (`more` changed pages left out, listed on
 * /account), a link to /account and one to stop.
 */
export function digestMessage(
  to: string,
  pages: DigestPage[],
  more: number,
  unsubscribe: { page: string; oneClick: string },
): Mail {
  const site = serverUrl()
  const account = `${site}${SITE_PATHS.account}#saved`
  const [only] = pages
  const count = pages.length + more
  const subject =
    count === 1 && only
      ? `A page you saved on Careerscope changed: ${only.title}`
      : `${count} pages you saved on Careerscope changed`
  const andMore = more > 0 ? `…and ${more} more: see them all on your account.` : null
  const text = [
    'These pages you saved on Careerscope have changed since you last opened them (or since our last email):',
    ...pages.flatMap((page) => [
      '',
      page.title,
      `${site}${page.path}`,
      ...page.changes.map((change) => `- ${change}`),
    ]),
    ...(andMore ? ['', andMore] : []),
    '',
    `All your saved pages: ${account}`,
    '',
    'You get this email once a week at most, because you asked for it on your account.',
    `Stop these emails (no sign-in needed): ${unsubscribe.page}`,
  ].join('\n')
  const html = [
    '<p>These pages you saved on Careerscope have changed since you last opened them (or since our last email):</p>',
    ...pages.map(
      (page) =>
        `<h2 style="font-size:16px"><a href="${escapeXml(`${site}${page.path}`)}">${escapeXml(page.title)}</a></h2><ul>${page.changes
          .map((change) => `<li>${escapeXml(change)}</li>`)
          .join('')}</ul>`,
    ),
    ...(andMore ? [`<p>${escapeXml(andMore)}</p>`] : []),
    `<p><a href="${escapeXml(account)}">All your saved pages</a></p>`,
    `<p style="color:#555">You get this email once a week at most, because you asked for it on your account. <a href="${escapeXml(unsubscribe.page)}">Stop these emails</a> (no sign-in needed).</p>`,
  ].join('\n')
  return {
    to,
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribe.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
