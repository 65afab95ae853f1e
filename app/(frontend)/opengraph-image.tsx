import { OG_SIZE, renderOgCard } from '@/lib/seo/ogImage'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Careerscope — honest career guidance for India'

/** The site's default share card, for pages without one of their own. */
export default async function SiteOgImage() {
  return renderOgCard({
    eyebrow: 'Career guidance',
    title: 'Choose your next career with the figures in front of you',
    columns: [{ title: 'Profiles · Salaries in ₹ LPA · Comparisons', lines: [] }],
  })
}
