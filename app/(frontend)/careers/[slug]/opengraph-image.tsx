import { notFound } from 'next/navigation'

import { getRoleProfile } from '@/lib/content'
import { levelInfo } from '@/lib/levels'
import { formatBand } from '@/lib/money'
import { OG_SIZE, renderOgCard } from '@/lib/seo/ogImage'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'A career and its salary bands by level'

/** The career and its bands by level, from its newest salary table. */
export default async function RoleOgImage({ params }: { params: Promise<{ slug: string }> }) {
  const profile = await getRoleProfile((await params).slug)
  if (!profile) notFound()
  const table = profile.salaryTables[0]
  const lines = table ? table.rows.map((row) => `${levelInfo(row.level)?.label ?? row.level}: ${formatBand(row.min, row.max, table)}`) : ['Salary figures coming soon']
  return renderOgCard({ eyebrow: 'Career profile', title: profile.role.title, columns: [{ title: table ? `Salaries, ${table.year}` : 'Salaries', lines }] })
}
