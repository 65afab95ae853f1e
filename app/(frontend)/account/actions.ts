'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { secureCookies, sessionCookieName } from '@/lib/auth/cookies'
import { readerPage } from '@/lib/auth/readerPage'
import { SITE_PATHS } from '@/lib/paths'
import { InvalidIdError } from '@/lib/platform/ids'
import { deleteReaderAccount } from '@/lib/readers/account'
import { ReaderDataError } from '@/lib/readers/errors'
import { parseNote, parseTarget } from '@/lib/readers/input'
import { setNote } from '@/lib/readers/notes'
import { setWeeklyDigest } from '@/lib/readers/preferences'
import { withdrawReport } from '@/lib/readers/salaryReports'
import { unsavePage } from '@/lib/readers/saves'

/** Server actions are public endpoints: each one finds the reader from the session itself. */
const requireReader = () => readerPage(SITE_PATHS.account)

export async function removeSavedPage(formData: FormData) {
  const { reader, payload } = await requireReader()
  const target = parseTarget({ collection: formData.get('collection'), id: formData.get('id') })
  await unsavePage(payload, reader.id, target)
  redirect(SITE_PATHS.account)
}

/** A note on a saved page, from the /account form (works without JavaScript). */
export async function savePageNote(formData: FormData) {
  const { reader, payload } = await requireReader()
  try {
    const { target, text } = parseNote({
      collection: formData.get('collection'),
      id: formData.get('id'),
      text: formData.get('note'),
    })
    await setNote(payload, reader.id, target, null, text)
  } catch (error) {
    if (!(error instanceof ReaderDataError || error instanceof InvalidIdError)) throw error
    redirect(`${SITE_PATHS.account}?note=refused#saved`)
  }
  redirect(`${SITE_PATHS.account}#saved`)
}

/** Opts in to the weekly email of changes to saved pages, or out of it; the page says which it did. */
export async function setDigest(formData: FormData) {
  const { reader, payload } = await requireReader()
  const on = formData.get('weeklyDigest') === 'on'
  try {
    await setWeeklyDigest(payload, reader.id, on)
  } catch (error) {
    if (!(error instanceof ReaderDataError)) throw error
    redirect(`${SITE_PATHS.account}?digest=refused#email-updates`)
  }
  redirect(`${SITE_PATHS.account}?digest=${on ? 'on' : 'off'}#email-updates`)
}

export async function withdrawSalaryReport(formData: FormData) {
  const { reader, payload } = await requireReader()
  const report = formData.get('report')
  if (typeof report === 'string') {
    try {
      await withdrawReport(payload, reader.id, report)
    } catch (error) {
      // A made-up id withdraws nothing, as a report that is not the reader's does; anything else is real.
      if (!(error instanceof InvalidIdError)) throw error
    }
  }
  redirect(`${SITE_PATHS.account}#salary-reports`)
}

export async function deleteAccount(formData: FormData) {
  const { reader, payload } = await requireReader()
  if (formData.get('confirm') !== 'delete')
    redirect(`${SITE_PATHS.account}?confirm=missing#delete-account`)
  await deleteReaderAccount(payload, reader.id)
  // The session is gone from the database already; expire the cookie too (a __Secure- cookie only with Secure).
  ;(await cookies()).set(sessionCookieName(), '', {
    maxAge: 0,
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(),
  })
  redirect(SITE_PATHS.accountDeleted)
}
