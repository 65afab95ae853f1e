'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { readerPage } from '@/lib/auth/readerPage'
import { contributePath, SITE_PATHS } from '@/lib/paths'
import { clientAddress } from '@/lib/platform/clientAddress'
import { InvalidIdError } from '@/lib/platform/ids'
import { ReaderDataError } from '@/lib/readers/errors'
import { submitReport } from '@/lib/readers/salaryReports'
import type { ReportFormState } from '@/lib/salaries/reports/formState'
import { parseReport, reportDraft } from '@/lib/salaries/reports/input'

/**
 * Sends the contribute form (with or without JavaScript: React posts it either way). A server action
 * is a public endpoint, so it finds the reader from the session itself and checks every field again.
 */
export async function sendSalaryReport(
  _previous: ReportFormState,
  form: FormData,
): Promise<ReportFormState> {
  const { reader, payload } = await readerPage(contributePath())
  const values = reportDraft(form)
  const parsed = parseReport(form)
  if (parsed.errors) {
    return { message: 'Some answers need another look.', errors: parsed.errors, values }
  }
  const editing = typeof form.get('report') === 'string' ? String(form.get('report')) : undefined
  let result
  try {
    result = await submitReport(
      payload,
      reader.id,
      parsed.report,
      clientAddress({ headers: await headers() }),
      editing || undefined,
    )
  } catch (error) {
    if (error instanceof ReaderDataError) return { message: error.message, values }
    if (error instanceof InvalidIdError) return { message: 'That report does not exist.', values }
    throw error
  }
  if (!result.ok) {
    return {
      message: result.message || 'Some answers need another look.',
      errors: result.errors,
      values,
    }
  }
  redirect(`${SITE_PATHS.account}?reported=${result.id}#salary-reports`)
}
