import { notFound } from 'next/navigation'

import { getComparison } from '@/lib/content'
import { salaryBand } from '@/lib/comparison'
import { OG_SIZE, renderOgCard } from '@/lib/seo/ogImage'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Two careers compared, with their mid-level salary bands'

/** The two careers and their mid-level bands, from the same data as the page. */
export default async function ComparisonOgImage({ params }: { params: Promise<{ slug: string }> }) {
  const comparison = await getComparison((await params).slug)
  if (!comparison) notFound()
  const side = ({ role, salary }: typeof comparison.first) => ({
    title: role.title,
    lines: [`Mid-level: ${salaryBand(salary, 'mid') ?? '—'}`],
  })
  return renderOgCard({ eyebrow: 'Comparison', title: comparison.article.title, columns: [side(comparison.first), side(comparison.second)] })
}
