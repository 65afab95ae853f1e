import type { UIFieldServerProps } from 'payload'

import { reportContext } from '@/lib/salaries/reports/context'

const signed = (percent: number) => (percent > 0 ? `+${percent}` : String(percent))

/**
 * Beside a salary report in the admin: the published band for its career and level and the readers'
 * published median, and how far this report sits from the band, so an editor can judge it.
 */
export async function ReportContext({ data, payload, req }: UIFieldServerProps) {
  const context = await reportContext(payload, req.user ?? null, data ?? {})
  if (!context) return null
  const { band, cohortMedian, level } = context
  return (
    <section className="cs-report-context" data-testid="report-context">
      <h3>Against what we publish</h3>
      <p>
        {level} band:{' '}
        {band ? (
          <>
            <strong>{band.text}</strong> ({band.year}, typical {band.typical}
            {band.illustrative && ', an illustrative sample, not data'})
            {band.offByPercent != null && (
              <>
                {' '}
                · this report is <strong>{signed(band.offByPercent)}%</strong> from it
              </>
            )}
          </>
        ) : (
          'no published table for this level yet'
        )}
      </p>
      <p>
        Readers&apos; median:{' '}
        {cohortMedian ? (
          <>
            <strong>{cohortMedian.text}</strong> (n = {cohortMedian.n}, {cohortMedian.year})
          </>
        ) : (
          'not published yet (fewer than 5 approved reports)'
        )}
      </p>
    </section>
  )
}
