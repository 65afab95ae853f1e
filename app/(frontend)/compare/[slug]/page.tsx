import type { Metadata } from 'next'

import { ArticleByline } from '@/components/article/ArticleByline'
import { ComparisonTable } from '@/components/comparison/ComparisonTable'
import { PerRole } from '@/components/comparison/PerRole'
import { PickSignals } from '@/components/comparison/PickSignals'
import { ProfileLinks } from '@/components/comparison/ProfileLinks'
import { Verdicts } from '@/components/comparison/Verdicts'
import { JsonLd } from '@/components/JsonLd'
import { Container } from '@/components/layout/Container'
import { MissingPage } from '@/components/layout/MissingPage'
import { PageHeader } from '@/components/layout/PageHeader'
import { Section } from '@/components/layout/Section'
import { CareerTracks } from '@/components/profile/CareerTracks'
import { DayToDay } from '@/components/profile/DayToDay'
import { SaveButton } from '@/components/reader/SaveButton'
import { RichText } from '@/components/RichText'
import { SalaryRangeChart } from '@/components/salary/SalaryRangeChart'
import { getComparison, missingPage } from '@/lib/content'
import { marketInfo } from '@/lib/markets'
import { comparisonPath } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { articlePageJsonLd } from '@/lib/seo/jsonLd'
import { articleMetadata, notFoundMetadata, shareCards } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

/** Nothing is built ahead: each page renders on its first request, then comes from the route cache. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await getComparison((await params).slug)
  if (!comparison) return notFoundMetadata
  const { article } = comparison
  const slug = article.slug ?? ''
  return articleMetadata(article, {
    path: comparisonPath(slug),
    image: shareCards.comparison(slug, article.title),
  })
}

export default async function ComparisonPage({ params }: Props) {
  const { slug } = await params
  const comparison = await getComparison(slug)
  if (!comparison) return <MissingPage {...await missingPage(comparisonPath(slug))} />
  const { article, authors, first, second, rows, links } = comparison
  const path = comparisonPath(article.slug ?? slug)
  const crumbs = breadcrumbs.comparison({ title: article.title, slug: article.slug ?? slug })
  const sides = [first, second]
  const roles = [first.role, second.role]
  const market = marketInfo(article.market ?? 'IN')?.label ?? article.market
  const year = first.salary?.year ?? second.salary?.year
  const chartSeries = sides.flatMap((s) =>
    s.salary ? [{ label: s.role.title, table: s.salary }] : [],
  )
  return (
    <article>
      <JsonLd
        data={articlePageJsonLd(article, {
          path,
          image: shareCards.comparison(article.slug ?? slug, article.title).url,
          authors,
          crumbs,
        })}
      />
      <PageHeader crumbs={crumbs} title={article.title}>
        <ArticleByline
          authors={authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
        />
        <div className="mt-6">
          <SaveButton collection="articles" id={String(article.id)} path={path} />
        </div>
      </PageHeader>
      <Container className="pb-10">
        <Section id="distinction" title="The one-line distinction">
          <p className="max-w-3xl text-xl leading-9 text-slate-800">{article.distinction}</p>
        </Section>
        {article.body && (
          <div className="mt-8">
            <RichText data={article.body} links={links} />
          </div>
        )}
        <Section id="day-to-day" title={`What each role does in ${market}`}>
          <PerRole roles={roles} heading={(role) => `${role.title} — day to day`}>
            {(role) => <DayToDay entries={role.dayToDay} />}
          </PerRole>
        </Section>
        <Section id="comparison-table" title="Side by side">
          <ComparisonTable
            rows={rows}
            firstTitle={first.role.title}
            secondTitle={second.role.title}
            caption={`${first.role.title} and ${second.role.title} compared${year ? `; salaries for ${market}, ${year}` : ''}.`}
          />
          {chartSeries.length > 0 && (
            <div className="mt-8">
              <SalaryRangeChart
                series={chartSeries}
                title={`Salary ranges by level, ${market}${year ? ` ${year}` : ''}`}
              />
            </div>
          )}
        </Section>
        {!!article.pickSignals?.length && (
          <Section id="who-should-pick" title="Who should pick which">
            <PickSignals signals={article.pickSignals} roles={roles} />
          </Section>
        )}
        <Section id="trajectory" title="Career trajectory and overlap">
          {article.trajectory && <RichText data={article.trajectory} links={links} />}
          <div className="mt-6">
            <PerRole roles={roles}>{(role) => <CareerTracks tracks={role.careerTracks} />}</PerRole>
          </div>
        </Section>
        {!!article.verdicts?.length && (
          <Section id="verdict" title="Verdict">
            <Verdicts
              verdicts={article.verdicts}
              firstTitle={first.role.title}
              secondTitle={second.role.title}
            />
          </Section>
        )}
        {article.closingTake && (
          <Section id="closing" title="The honest take">
            <RichText data={article.closingTake} links={links} />
          </Section>
        )}
        <Section id="profiles" title="Read the full profiles">
          <ProfileLinks roles={roles} />
        </Section>
      </Container>
    </article>
  )
}
