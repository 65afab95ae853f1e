import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { CardGrid } from '@/components/cards/CardGrid'
import { CareerCard } from '@/components/cards/CareerCard'
import { FeaturedArticle } from '@/components/cards/FeaturedArticle'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { SiteLink } from '@/components/SiteLink'
import { listArticleCards, listCareerCards } from '@/lib/content'
import { SITE_PATHS } from '@/lib/paths'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Honest career guidance for India',
  description:
    'Career profiles, salary bands in ₹ LPA and side-by-side comparisons of tech careers, written and reviewed by editors.',
  path: SITE_PATHS.home,
})

export async function HomePage() {
  const [comparisons, roles, latest] = await Promise.all([
    listArticleCards({ kind: 'comparison', limit: 3 }),
    listCareerCards({ limit: 6 }),
    listArticleCards({ limit: 6 }),
  ])
  const featured = comparisons[0]
  return (
    <Container>
      <div className="py-14">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Choose your next career with the figures in front of you.
        </h1>
        <p className="mt-5 max-w-2xl text-lg leading-8 text-slate-700">
          Honest profiles of tech careers in India: what the work is, what it pays in ₹ LPA at each
          level, and how two careers compare.
        </p>
        {featured && <FeaturedArticle article={featured} />}
      </div>
      {comparisons.length > 1 && (
        <Section id="comparisons" title="Comparisons">
          <CardGrid>
            {comparisons.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </CardGrid>
        </Section>
      )}
      <Section id="careers" title="Popular careers">
        {roles.length === 0 ? (
          <p className="text-slate-600">No careers are published yet.</p>
        ) : (
          <CardGrid>
            {roles.map((r) => (
              <CareerCard key={r.id} role={r} />
            ))}
          </CardGrid>
        )}
        <p className="mt-6">
          <SiteLink
            href={SITE_PATHS.careers}
            className="font-medium text-brand-700 hover:underline"
          >
            All careers →
          </SiteLink>
        </p>
      </Section>
      {latest.length > 0 && (
        <Section id="latest" title="Latest articles">
          <CardGrid>
            {latest.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </CardGrid>
        </Section>
      )}
    </Container>
  )
}
