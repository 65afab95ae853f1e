import { CareerLinks } from '@/components/cards/CareerLinks'
import { JsonLd } from '@/components/JsonLd'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { PrintSource } from '@/components/layout/PrintSource'
import { Section } from '@/components/layout/Section'
import { DayToDay } from '@/components/profile/DayToDay'
import { SaveButton } from '@/components/reader/SaveButton'
import type { GeneratedComparison as Generated } from '@/lib/content/pairs'
import { marketInfo } from '@/lib/markets'
import { pairTargetId } from '@/lib/readers/targets'
import { pairPage } from '@/lib/seo/pairs'

import { PairVerdicts } from './PairVerdicts'
import { PayDifferences } from './PayDifferences'
import { PerCareer } from './PerCareer'
import { ReaderReportsPair } from './ReaderReportsPair'
import { SideBySide } from './SideBySide'
import { SkillOverlapLists } from './SkillOverlapLists'
import { TransitionPaths } from './TransitionPaths'

/** A comparison generated from two profiles and their salary tables, and labelled as such. */
export function GeneratedComparison({ comparison, now }: { comparison: Generated; now: Date }) {
  const { first, second, market } = comparison
  const page = pairPage(comparison)
  const marketLabel = market ? (marketInfo(market)?.label ?? market) : null
  const titles = { firstTitle: first.role.title, secondTitle: second.role.title }
  return (
    <article>
      <JsonLd data={page.jsonLd(now)} />
      <PageHeader crumbs={page.crumbs} title={page.heading} lead={page.description}>
        <p
          className="mt-4 inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900"
          data-testid="generated-label"
        >
          Generated from our data, not written by an editor
        </p>
        <div className="mt-6">
          <SaveButton
            collection="pairs"
            id={pairTargetId(first.role.id, second.role.id)}
            path={page.path}
          />
        </div>
      </PageHeader>
      <Container className="pb-10">
        <Section id="comparison-table" title="Side by side">
          {!marketLabel && (
            <p className="mb-4 text-slate-700">
              We have no salary data for both careers in the same market, so pay is not compared.
            </p>
          )}
          <SideBySide
            rows={comparison.rows}
            first={first}
            second={second}
            market={marketLabel}
            now={now}
          >
            <PayDifferences differences={comparison.payDifferences} {...titles} />
          </SideBySide>
        </Section>
        <Section id="reader-reports" title="What readers report">
          <ReaderReportsPair
            careers={[first.role, second.role]}
            figures={comparison.readerFigures}
            market={market}
          />
        </Section>
        <Section id="verdicts" title="Verdicts, by rule">
          <PairVerdicts verdicts={comparison.verdicts} {...titles} />
        </Section>
        <Section id="skills" title="Skills: shared and different">
          <SkillOverlapLists skills={comparison.skills} {...titles} />
        </Section>
        <Section id="transition" title="Switching from one to the other">
          <TransitionPaths paths={comparison.transitions} />
        </Section>
        <Section id="day-to-day" title="Day to day">
          <PerCareer roles={[first.role, second.role]}>
            {(role) => <DayToDay entries={role.dayToDay} />}
          </PerCareer>
        </Section>
        <Section id="profiles" title="Read the full profiles">
          <CareerLinks careers={[first.role, second.role]} />
        </Section>
        <PrintSource path={page.path} />
      </Container>
    </article>
  )
}
