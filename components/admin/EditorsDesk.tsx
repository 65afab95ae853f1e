import type { ServerProps } from 'payload'

import { loadDesk } from '@/lib/editorial/desk'
import { sharedDeskLists } from '@/lib/editorial/desk/shared'
import { asStaff, isPublisherUser } from '@/lib/staff'

import { DeskList } from './DeskList'

/**
 * The top of the admin dashboard: what needs doing, for the member of staff looking. Rendered on
 * the server on every visit, each list read through the viewer's own access (lib/editorial/desk).
 */
export async function EditorsDesk({ payload, user }: ServerProps) {
  const staff = asStaff(user)
  if (!staff) return null
  const desk = await loadDesk({ payload, user: staff, now: new Date() }, sharedDeskLists)
  const editor = isPublisherUser(staff)
  return (
    <section className="cs-desk" aria-labelledby="cs-desk-heading">
      <header className="cs-desk__header">
        <h2 id="cs-desk-heading">Your desk</h2>
        <p>
          {editor
            ? 'Everything waiting on an editor, newest first.'
            : 'Your drafts and review requests. Editors publish what you mark ready for review.'}
        </p>
        {desk.readers && (
          <p className="cs-desk__readers" data-testid="desk-readers">
            Reader accounts: <strong>{desk.readers.total}</strong>, of which{' '}
            <strong>{desk.readers.thisWeek}</strong> signed up in the last 7 days.
          </p>
        )}
      </header>
      <div className="cs-desk__grid">
        <DeskList
          id="desk-ready"
          title="Ready for review"
          hint={
            editor
              ? 'Publish, or write a comment and choose "Changes requested".'
              : 'Waiting for an editor.'
          }
          empty="Nothing is waiting for review."
          items={desk.readyForReview}
        />
        <DeskList
          id="desk-changes"
          title={editor ? 'Sent back to writers' : 'Sent back to you'}
          hint="The editor's comment is in the document's sidebar."
          empty="Nothing has been sent back."
          items={desk.changesRequested}
        />
        <DeskList
          id="desk-unpublished"
          title="Unpublished changes"
          hint="Live pages with a newer draft that readers cannot see yet."
          empty="Every live page is up to date with its drafts."
          items={desk.unpublishedChanges}
        />
        <DeskList
          id="desk-scheduled"
          title="Scheduled"
          hint="Publishes and unpublishes queued from a document's Schedule button."
          empty="Nothing is scheduled."
          items={desk.scheduled}
        />
        <DeskList
          id="desk-old"
          title="Getting old"
          hint="Salary tables due for review (the public page flags them at 12 months) and careers with no table this year."
          empty="Every salary table is fresh."
          items={desk.gettingOld}
        />
        <DeskList
          id="desk-broken"
          title="Broken"
          hint="Published articles with links to pages readers cannot open, or comparisons missing salary figures."
          empty="Nothing broken."
          items={desk.broken}
        />
        {editor && (
          <DeskList
            id="desk-salary-reports"
            title="Salary reports to review"
            hint="From readers; flagged ones first. Approve, or reject with a reason the reader sees."
            empty="No report is waiting."
            items={desk.salaryReports}
          />
        )}
      </div>
    </section>
  )
}
