import type { Metadata } from 'next'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { ReportPrivacy } from '@/components/reader/ReportPrivacy'
import { SalaryReportForm } from '@/components/reader/SalaryReportForm'
import { readerPage } from '@/lib/auth/readerPage'
import { listCareerChoices } from '@/lib/content'
import { SALARY_LEVELS } from '@/lib/levels'
import { contributePath } from '@/lib/paths'
import { ownReport } from '@/lib/readers/salaryReports'
import type { ReportDraft } from '@/lib/salaries/reports/input'
import { CITIES, COMPANY_TYPES, REPORT_YEARS_BACK } from '@/lib/salaries/reports/vocabulary'

import { sendSalaryReport } from './actions'

export const metadata: Metadata = {
  title: 'Add your salary',
  description:
    'Tell other readers what your career pays. Only anonymous group figures are published.',
  robots: { index: false, follow: false },
}

type Props = { searchParams: Promise<{ career?: string; edit?: string }> }

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/** The form to send (or edit) a salary report: signed-in readers only, one per career and year. */
export default async function ContributePage({ searchParams }: Props) {
  const { career, edit } = await searchParams
  const { reader, payload } = await readerPage(
    edit ? `${contributePath()}?edit=${encodeURIComponent(edit)}` : contributePath(career),
  )
  const existing = edit ? await ownReport(payload, reader.id, edit).catch(() => null) : null
  const careers = await listCareerChoices()
  const initial: ReportDraft = existing
    ? {
        role: asText(typeof existing.role === 'object' ? existing.role.id : existing.role),
        level: existing.level,
        yearsOfExperience: asText(existing.yearsOfExperience),
        city: existing.city,
        companyType: existing.companyType,
        year: asText(existing.year),
        ctc: asText(existing.ctc),
        fixed: asText(existing.fixed),
        variable: asText(existing.variable || ''),
        stock: asText(existing.stock || ''),
        monthlyInHand: asText(existing.monthlyInHand),
      }
    : { role: careers.some((c) => String(c.id) === career) ? career : '' }
  const thisYear = new Date().getUTCFullYear()
  return (
    <>
      <PageHeader
        title={existing ? 'Edit your salary report' : 'Add your salary'}
        lead="Your pay helps the next person weigh a career. Editors check every report; only group figures are ever published."
      />
      <Container className="grid gap-10 py-10 lg:grid-cols-[2fr_1fr]">
        {edit && !existing && (
          <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 lg:col-span-2">
            We could not find that report among yours (it may have been withdrawn). You can send a
            new one below.
          </p>
        )}
        <SalaryReportForm
          action={sendSalaryReport}
          careers={careers.map((c) => ({ value: String(c.id), label: c.title }))}
          levels={SALARY_LEVELS.map((l) => ({
            value: l.value,
            label: `${l.label} (${l.experience})`,
          }))}
          cities={CITIES.map(({ value, label }) => ({ value, label }))}
          companyTypes={COMPANY_TYPES.map(({ value, label }) => ({ value, label }))}
          years={Array.from({ length: REPORT_YEARS_BACK + 1 }, (_, i) => thisYear - i)}
          initial={initial}
          editing={existing ? String(existing.id) : undefined}
        />
        <ReportPrivacy />
      </Container>
    </>
  )
}
