import { ReaderFiguresMethod, ReaderReports } from '@/components/salary/ReaderReports'
import type { CohortFigure } from '@/lib/salaries/reports/stats'

import { PerCareer } from './PerCareer'

type Career = { id: number | string; title: string }

/** Both careers' reader-report figures, side by side, and how they are made, once: on both kinds of comparison. */
export function ReaderReportsPair({
  careers,
  figures,
  market,
}: {
  careers: Career[]
  figures: Record<string, CohortFigure[]>
  market?: string | null
}) {
  return (
    <>
      <PerCareer roles={careers}>
        {(career) => (
          <ReaderReports
            figures={figures[String(career.id)] ?? []}
            careerId={career.id}
            careerTitle={career.title}
            market={market ?? 'IN'}
            withMethod={false}
          />
        )}
      </PerCareer>
      {/* One method for both careers' figures, not the same paragraph twice side by side. */}
      <ReaderFiguresMethod careers={careers} />
    </>
  )
}
