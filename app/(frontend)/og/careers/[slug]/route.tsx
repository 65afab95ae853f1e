import { renderOgCard } from '@/components/og/renderOgCard'
import { getRoleProfile } from '@/lib/content'
import { levelInfo } from '@/lib/levels'
import { formatBand } from '@/lib/money'

/** Drawn on first request, then served from the route cache until its career changes. */
export function generateStaticParams() {
  return []
}

/** The profile's share card: the career and its bands by level, from its newest salary table. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const profile = await getRoleProfile((await params).slug)
  if (!profile) return new Response('Not found', { status: 404 })
  const table = profile.salaryTables[0]
  const lines = table
    ? table.rows.map(
        (row) =>
          `${levelInfo(row.level)?.label ?? row.level}: ${formatBand(row.min, row.max, table)}`,
      )
    : ['Salary figures coming soon']
  return renderOgCard({
    eyebrow: 'Career profile',
    title: profile.role.title,
    columns: [{ title: table ? `Salaries, ${table.year}` : 'Salaries', lines }],
  })
}
