import { cacheTags } from '../platform/revalidate'
import { publishedFigures } from '../salaries/reports/figures'
import type { CohortFigure } from '../salaries/reports/stats'
import type { ContentReader } from './publicFind'
import { publicRead } from './read'

const byId = (ids: (number | string)[]) => [...new Set(ids.map(String))].sort()

/**
 * The figures readers' approved salary reports allow for each career (cohorts of five or more;
 * lib/salaries/reports/stats.ts decides which), by career id. The reports themselves never leave the
 * server: only these aggregates are cached and rendered. Callers pass careers a published read
 * found, so no figure is shown for a career that is not public.
 */
export const readerFiguresOf = publicRead(
  'reader-figures',
  (roleIds: (number | string)[]) => byId(roleIds).map(cacheTags.readerReportsOf),
  async (
    { payload }: ContentReader,
    roleIds: (number | string)[],
  ): Promise<Record<string, CohortFigure[]>> => publishedFigures(payload, byId(roleIds)),
)
