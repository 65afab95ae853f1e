import { renderOgCard } from '@/components/og/renderOgCard'
import { salaryBand } from '@/lib/comparison'
import { getComparison } from '@/lib/content'

/** Drawn on first request, then served from the route cache until its career changes. */
export function generateStaticParams() {
  return []
}

/** The comparison's share card: both careers and their mid-level bands, from the page's own data. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const comparison = await getComparison((await params).slug)
  if (!comparison) return new Response('Not found', { status: 404 })
  const side = ({ role, salary }: typeof comparison.first) => ({
    title: role.title,
    lines: [`Mid-level: ${salaryBand(salary, 'mid') ?? '—'}`],
  })
  return renderOgCard({
    eyebrow: 'Comparison',
    title: comparison.article.title,
    columns: [side(comparison.first), side(comparison.second)],
  })
}
