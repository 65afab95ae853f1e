import type { Metadata } from 'next'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { Section } from '@/components/layout/Section'
import { AccountDataControls } from '@/components/reader/AccountDataControls'
import { DigestControls } from '@/components/reader/DigestControls'
import { RoadmapProgressList } from '@/components/reader/RoadmapProgressList'
import { SalaryReportsList } from '@/components/reader/SalaryReportsList'
import { SavedPagesList } from '@/components/reader/SavedPagesList'
import { SignOutButton } from '@/components/reader/SignOutButton'
import { readerPage } from '@/lib/auth/readerPage'
import { SITE_PATHS } from '@/lib/paths'
import { canSendMail } from '@/lib/platform/mail'
import { accountOverview } from '@/lib/readers/account'
import { readerPreferences } from '@/lib/readers/preferences'
import { readerReports } from '@/lib/readers/salaryReports'

import {
  deleteAccount,
  removeSavedPage,
  savePageNote,
  setDigest,
  withdrawSalaryReport,
} from './actions'

export const metadata: Metadata = { title: 'Your account', robots: { index: false, follow: false } }

type Props = {
  searchParams: Promise<{ confirm?: string; reported?: string; note?: string; digest?: string }>
}

export default async function AccountPage({ searchParams }: Props) {
  const { reader, payload } = await readerPage(SITE_PATHS.account)
  const [{ saved, roles, hiddenSaves }, reports, preferences, { confirm, reported, note, digest }] =
    await Promise.all([
      accountOverview(payload, reader.id),
      readerReports(payload, reader.id),
      readerPreferences(payload, reader.id),
      searchParams,
    ])
  return (
    <>
      <PageHeader
        title="Your account"
        lead={`Signed in as ${reader.email || reader.name || 'a reader'}.`}
      >
        <div className="mt-6">
          <SignOutButton />
        </div>
      </PageHeader>
      <Container className="pb-10">
        <Section id="saved" title="Saved pages">
          {note === 'refused' && (
            <p role="alert" className="mb-3 text-sm font-medium text-red-700">
              That note was not saved: keep it to 2,000 characters, on a page that is still
              published.
            </p>
          )}
          <SavedPagesList
            pages={saved}
            hidden={hiddenSaves}
            removeAction={removeSavedPage}
            noteAction={savePageNote}
          />
        </Section>
        {canSendMail() && (
          <Section id="email-updates" title="Email updates">
            <DigestControls
              on={preferences.weeklyDigest}
              email={preferences.email}
              action={setDigest}
              changed={digest}
            />
          </Section>
        )}
        <Section id="progress" title="Roadmap progress">
          <RoadmapProgressList roles={roles} />
        </Section>
        <Section id="salary-reports" title="Your salary reports">
          <SalaryReportsList
            reports={reports}
            withdrawAction={withdrawSalaryReport}
            justSent={reported}
          />
        </Section>
        <Section id="your-data" title="Your data">
          <AccountDataControls
            deleteAction={deleteAccount}
            confirmMissing={confirm === 'missing'}
          />
        </Section>
      </Container>
    </>
  )
}
