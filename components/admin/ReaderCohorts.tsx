import Link from 'next/link'
import type { ServerProps } from 'payload'

import { levelInfo } from '@/lib/levels'
import { adminDocPath } from '@/lib/paths'
import { foldableCohorts } from '@/lib/salaries/reports/foldIntoTable'
import { isPublisherUser } from '@/lib/staff'

import { FoldIntoTableButton } from './FoldIntoTableButton'

/**
 * Above the salary-report list: the careers and years whose approved reports are enough to publish,
 * each with one action to turn them into a salary-table draft (or a link to the table that exists).
 */
export async function ReaderCohorts({ payload, user }: ServerProps) {
  if (!isPublisherUser(user)) return null
  const cohorts = await foldableCohorts(payload)
  return (
    // Inside the list view's gutters, as a card like the desk's lists.
    <section
      className="cs-desk gutter--left gutter--right"
      aria-labelledby="cs-cohorts-heading"
      data-testid="reader-cohorts"
    >
      <header className="cs-desk__header">
        <h2 id="cs-cohorts-heading">Published reader figures</h2>
        <p>
          Careers and years with at least one level of 5+ approved reports. Make a salary-table
          draft from them in one step; nothing is published until you publish the draft.
        </p>
      </header>
      {cohorts.length === 0 ? (
        <p className="cs-desk__empty">No cohort has 5 approved reports yet.</p>
      ) : (
        <div className="cs-desk__list">
          <ul>
            {cohorts.map((cohort) => (
              <li key={`${cohort.roleId}:${cohort.year}`}>
                <strong>
                  {cohort.career}, {cohort.year}
                </strong>{' '}
                <span className="cs-desk__detail">
                  {cohort.levels
                    .map((l) => `${levelInfo(l.level)?.label ?? l.level} (n = ${l.n})`)
                    .join(' · ')}
                </span>{' '}
                {cohort.tableId ? (
                  <Link href={adminDocPath('salary-tables', cohort.tableId)}>
                    Open the {cohort.year} table
                  </Link>
                ) : (
                  <FoldIntoTableButton
                    role={cohort.roleId}
                    year={cohort.year}
                    career={cohort.career}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
