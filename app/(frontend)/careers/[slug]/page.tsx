import type { Metadata } from 'next'

import { ArticleCard } from '@/components/cards/ArticleCard'
import { CardGrid } from '@/components/cards/CardGrid'
import { ComparePicker } from '@/components/comparison/ComparePicker'
import { JsonLd } from '@/components/JsonLd'
import { Container } from '@/components/layout/Container'
import { MissingPage } from '@/components/layout/MissingPage'
import { PageHeader } from '@/components/layout/PageHeader'
import { PrintSource } from '@/components/layout/PrintSource'
import { Section } from '@/components/layout/Section'
import { CareerTracks } from '@/components/profile/CareerTracks'
import { DayToDay } from '@/components/profile/DayToDay'
import { MarketFacts } from '@/components/profile/MarketFacts'
import { RelatedCareers } from '@/components/profile/RelatedCareers'
import { Roadmap } from '@/components/profile/Roadmap'
import { SkillList } from '@/components/profile/SkillList'
import { SaveButton } from '@/components/reader/SaveButton'
import { RichText } from '@/components/RichText'
import { EvidenceNotes, numberEvidence } from '@/components/salary/Evidence'
import { ReaderReports } from '@/components/salary/ReaderReports'
import { SalaryBandsTable } from '@/components/salary/SalaryBandsTable'
import { SalaryRangeChart } from '@/components/salary/SalaryRangeChart'
import { getCareerProfile, missingPage } from '@/lib/content'
import { marketInfo } from '@/lib/markets'
import { rolePath } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { breadcrumbList, occupationJsonLd } from '@/lib/seo/jsonLd'
import { documentMetadata, notFoundMetadata } from '@/lib/seo/metadata'
import { skillNames } from '@/lib/skills/refs'

type Props = { params: Promise<{ slug: string }> }

/** Nothing is built ahead: each page renders on its first request, then comes from the route cache. */
export function generateStaticParams() {
  return []
}

/** Re-rendered daily even if nothing changes, so "may be out of date" flags appear on time. */
export const revalidate = 86400

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getCareerProfile((await params).slug)
  if (!profile) return notFoundMetadata
  const { role } = profile
  return documentMetadata('roles', role, rolePath(role.slug ?? ''))
}

export default async function CareerProfilePage({ params }: Props) {
  const { slug } = await params
  const profile = await getCareerProfile(slug)
  if (!profile) return <MissingPage {...await missingPage(rolePath(slug))} />
  const { role, salaryTables, readerFigures, comparisons, related, links } = profile
  const crumbs = breadcrumbs.career(role)
  const path = rolePath(role.slug ?? slug)
  const now = new Date()
  const evidence = numberEvidence(
    salaryTables.map((table) => ({
      title: `${role.title}, ${marketInfo(table.market)?.label ?? table.market} ${table.year}`,
      table,
    })),
    '',
    // Each market's section shows its own note: one note shared across sections would be linked
    // from a section it is not in.
    { share: false },
  )
  return (
    <>
      <JsonLd data={[breadcrumbList(crumbs), occupationJsonLd(role, path, salaryTables, now)]} />
      <PageHeader crumbs={crumbs} title={role.title} lead={role.summary}>
        <div className="mt-6">
          <SaveButton collection="roles" id={String(role.id)} path={path} />
        </div>
      </PageHeader>
      <Container className="pb-10">
        {role.overview && (
          <Section id="overview" title="Overview">
            <RichText data={role.overview} links={links} />
          </Section>
        )}
        {salaryTables.map((table, i) => {
          const note = evidence[i]!
          return (
            <Section
              key={table.id}
              id={`salary-${table.market.toLowerCase()}`}
              title={`Salary in ${marketInfo(table.market)?.label ?? table.market}, ${table.year}`}
            >
              <div className="grid gap-8 lg:grid-cols-2">
                <SalaryBandsTable table={table} roleTitle={role.title} evidence={note} now={now} />
                <SalaryRangeChart
                  series={[{ label: role.title, table, evidence: note }]}
                  title="Range by level"
                />
              </div>
              <EvidenceNotes notes={[note]} now={now} id={`${note.id}-notes`} />
            </Section>
          )
        })}
        <Section id="reader-reports" title="What readers report">
          <ReaderReports figures={readerFigures} careerId={role.id} careerTitle={role.title} />
        </Section>
        {!!role.dayToDay?.length && (
          <Section id="day-to-day" title="Day to day">
            <DayToDay entries={role.dayToDay} />
          </Section>
        )}
        <Section id="skills" title="Skills and toolbox">
          <h3 className="font-semibold text-slate-900">Core skills</h3>
          <div className="mt-2">
            <SkillList label="Core skills" items={skillNames(role.skills)} />
          </div>
          {!!role.toolbox?.length && (
            <>
              <h3 className="mt-6 font-semibold text-slate-900">Toolbox</h3>
              <div className="mt-2">
                <SkillList label="Toolbox" items={role.toolbox.map((t) => t.tool)} />
              </div>
            </>
          )}
        </Section>
        <Section id="market" title="The job market">
          <MarketFacts role={role} />
        </Section>
        {!!role.roadmap?.length && (
          <Section id="roadmap" title="Skill roadmap">
            <Roadmap stages={role.roadmap} tracking={{ roleId: String(role.id), path }} />
          </Section>
        )}
        {!!role.careerTracks?.length && (
          <Section id="tracks" title="Where it leads">
            <CareerTracks tracks={role.careerTracks} />
          </Section>
        )}
        <Section id="comparisons" title={`Compare ${role.title} with…`}>
          {comparisons.length > 0 && (
            <div className="mb-6">
              <CardGrid>
                {comparisons.map((a) => (
                  <ArticleCard key={a.id} article={a} />
                ))}
              </CardGrid>
            </div>
          )}
          <ComparePicker
            from={{ slug: role.slug ?? slug, title: role.title }}
            heading={`Compare ${role.title} with another career`}
          />
        </Section>
        {related.length > 0 && (
          <Section id="related" title="Related careers">
            <RelatedCareers
              careers={related}
              from={{ title: role.title, slug: role.slug ?? slug }}
            />
          </Section>
        )}
        <PrintSource path={path} updatedAt={role.updatedAt} />
      </Container>
    </>
  )
}
