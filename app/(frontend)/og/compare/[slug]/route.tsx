import { renderOgCard } from '@/components/og/renderOgCard'
import { bandInHand, salaryBand } from '@/lib/comparisons/comparison'
import { getComparePage } from '@/lib/content'
import type { LatestSalaryTable } from '@/lib/content/salaryTables'
import { shortEvidence } from '@/lib/salaries/evidence'
import { inHandSentence } from '@/lib/salaries/takeHome/band'

/** Drawn on first request, then served from the route cache until its career changes. */
export function generateStaticParams() {
  return []
}

/** Redrawn daily even if nothing changes, so an ageing table's warning appears on time. */
export const revalidate = 86400

type Side = { role: { title: string }; salary: LatestSalaryTable | null }

/**
 * A career's column: its mid-level band, what its middle leaves in hand, and where the figure
 * comes from.
 */
const column = ({ role, salary }: Side, now: Date) => {
  const inHand = bandInHand(salary, 'mid')
  return {
    title: role.title,
    lines: [
      `Mid-level: ${salaryBand(salary, 'mid') ?? '—'}`,
      ...(inHand ? [inHandSentence(inHand)] : []),
      ...(salary ? [shortEvidence(salary, now)] : []),
    ],
  }
}

/** The share card of a comparison, editorial or generated, from the page's own data. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const page = await getComparePage((await params).slug)
  if (!page || page.kind === 'redirect') return new Response('Not found', { status: 404 })
  const now = new Date()
  const { first, second } = page.comparison
  return renderOgCard({
    eyebrow: page.kind === 'editorial' ? 'Comparison' : 'Generated comparison',
    title:
      page.kind === 'editorial'
        ? page.comparison.article.title
        : `${first.role.title} vs ${second.role.title}`,
    columns: [column(first, now), column(second, now)],
  })
}
