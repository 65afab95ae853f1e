import { renderOgCard } from '@/components/og/renderOgCard'

/** Drawn once, at build: it shows no content from the database. */
export const dynamic = 'force-static'

/** The site's share card, for pages without one of their own. */
export async function GET() {
  return renderOgCard({
    eyebrow: 'Career guidance',
    title: 'Choose your next career with the figures in front of you',
    columns: [{ title: 'Profiles · Salaries in ₹ LPA · Comparisons', lines: [] }],
  })
}
