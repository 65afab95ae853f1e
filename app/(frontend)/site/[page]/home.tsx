import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { CardGrid } from '@/components/cards/CardGrid'
import { CareerCard } from '@/components/cards/CareerCard'
import { FeaturedArticle } from '@/components/cards/FeaturedArticle'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { SiteLink } from '@/components/SiteLink'
import { getMostCompared, listArticleCards } from '@/lib/content'
import { marketInfo } from '@/lib/markets'
import { SITE_PATHS } from '@/lib/paths'
import { DEFAULT_EXPLORER_QUERY } from '@/lib/salaries/explorer'
import { pageMetadata } from '@/lib/seo/metadata'

export const metadata: Metadata = pageMetadata({
  title: 'Honest career guidance for India',
  description:
    'Career profiles, salary bands in ₹ LPA and side-by-side comparisons of tech careers, written and reviewed by editors.',
  path: SITE_PATHS.home,
})

const WAY_IN =
  'rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50'

export async function HomePage() {
  const [{ careers, comparisons, pay }, recent] = await Promise.all([
    getMostCompared(),
    listArticleCards({ limit: 10 }),
  ])
  const [featured, ...more] = comparisons
  // Each article is shown once: the featured one, then more comparisons, then the latest of the rest.
  const shown = new Set([featured, ...more.slice(0, 3)].map((a) => a?.id))
  const latest = recent.filter((a) => !shown.has(a.id)).slice(0, 6)
  const marketLabel = marketInfo(DEFAULT_EXPLORER_QUERY.market)?.label
  const popular = careers.slice(0, 6)
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
        <p className="mt-6 flex flex-wrap gap-3">
          <SiteLink href={SITE_PATHS.compare} className={WAY_IN}>
            Compare two careers
          </SiteLink>
          <SiteLink href={SITE_PATHS.salaries} className={WAY_IN}>
            Salaries by career and level
          </SiteLink>
        </p>
        {featured && <FeaturedArticle article={featured} />}
      </div>
      {more.length > 0 && (
        <Section id="comparisons" title="More comparisons">
          <CardGrid>
            {more.slice(0, 3).map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </CardGrid>
        </Section>
      )}
      <Section id="careers" title="Most compared careers">
        {popular.length === 0 ? (
          <p className="text-slate-600">No careers are published yet.</p>
        ) : (
          <>
            <p className="mb-5 text-sm text-slate-600">
              The careers in the most of our editors&apos; comparisons, then the best paid; pay is
              mid-level, in {marketLabel}.
            </p>
            <CardGrid>
              {popular.map((r) => (
                <CareerCard key={r.id} role={r} pay={pay[String(r.id)]} />
              ))}
            </CardGrid>
          </>
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
