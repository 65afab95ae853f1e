import { renderOgCard } from '@/components/og/renderOgCard'
import { getCareerProfile } from '@/lib/content'
import { levelInfo } from '@/lib/levels'
import { marketInfo } from '@/lib/markets'
import { formatBand } from '@/lib/money'
import { shortEvidence } from '@/lib/salaries/evidence'
import { inHandSentence, rowInHand } from '@/lib/salaries/takeHome/band'

/** Drawn on first request, then served from the route cache until its career changes. */
export function generateStaticParams() {
  return []
}

/** Redrawn daily even if nothing changes, so an ageing table's warning appears on time. */
export const revalidate = 86400

/** The profile's share card: the career and its bands by level, from its newest salary table. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const profile = await getCareerProfile((await params).slug)
  if (!profile) return new Response('Not found', { status: 404 })
  const table = profile.salaryTables[0]
  const lines = table
    ? table.rows.map((row) => {
        const inHand = rowInHand(row, table)
        const band = `${levelInfo(row.level)?.label ?? row.level}: ${formatBand(row.min, row.max, table)}`
        return inHand ? `${band} (${inHandSentence(inHand).toLowerCase()})` : band
      })
    : ['Salary figures coming soon']
  return renderOgCard({
    eyebrow: 'Career profile',
    title: profile.role.title,
    columns: [
      {
        title: table
          ? `Salaries in ${marketInfo(table.market)?.label ?? table.market}, ${table.year}`
          : 'Salaries',
        lines: table ? [...lines, shortEvidence(table, new Date())] : lines,
      },
    ],
  })
}
