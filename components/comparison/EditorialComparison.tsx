import { ArticleFrame } from '@/components/article/ArticleFrame'
import { CareerLinks } from '@/components/cards/CareerLinks'
import { Container } from '@/components/layout/Container'
import { PrintSource } from '@/components/layout/PrintSource'
import { Section } from '@/components/layout/Section'
import { CareerTracks } from '@/components/profile/CareerTracks'
import { DayToDay } from '@/components/profile/DayToDay'
import { SaveButton } from '@/components/reader/SaveButton'
import { RichText } from '@/components/RichText'
import type { Comparison } from '@/lib/content'
import { marketInfo } from '@/lib/markets'
import { comparisonPath } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'

import { PerCareer } from './PerCareer'
import { PickSignals } from './PickSignals'
import { ReaderReportsPair } from './ReaderReportsPair'
import { SideBySide } from './SideBySide'
import { Verdicts } from './Verdicts'

/** An editor's comparison of two careers, its salary rows derived from their tables. */
export function EditorialComparison({ comparison, now }: { comparison: Comparison; now: Date }) {
  const { article, authors, first, second, rows, links, readerFigures } = comparison
  const slug = article.slug ?? ''
  const path = comparisonPath(slug)
  const crumbs = breadcrumbs.comparison({ title: article.title, slug })
  const roles = [first.role, second.role]
  const market = marketInfo(article.market ?? 'IN')?.label ?? article.market
  return (
    <ArticleFrame
      {...{ article, authors, path, crumbs }}
      actions={
        <div className="mt-6">
          <SaveButton collection="articles" id={String(article.id)} path={path} />
        </div>
      }
    >
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
          <PerCareer roles={roles} heading={(role) => `${role.title} — day to day`}>
            {(role) => <DayToDay entries={role.dayToDay} />}
          </PerCareer>
        </Section>
        <Section id="comparison-table" title="Side by side">
          <SideBySide rows={rows} first={first} second={second} market={market ?? null} now={now} />
        </Section>
        <Section id="reader-reports" title="What readers report">
          <ReaderReportsPair careers={roles} figures={readerFigures} market={article.market} />
        </Section>
        {!!article.pickSignals?.length && (
          <Section id="who-should-pick" title="Who should pick which">
            <PickSignals signals={article.pickSignals} roles={roles} />
          </Section>
        )}
        <Section id="trajectory" title="Career trajectory and overlap">
          {article.trajectory && <RichText data={article.trajectory} links={links} />}
          <div className="mt-6">
            <PerCareer roles={roles}>
              {(role) => <CareerTracks tracks={role.careerTracks} />}
            </PerCareer>
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
          <CareerLinks careers={roles} />
        </Section>
        <PrintSource path={path} updatedAt={article.updatedAt} />
      </Container>
    </ArticleFrame>
  )
}
