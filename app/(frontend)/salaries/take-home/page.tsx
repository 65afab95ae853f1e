import type { Metadata } from 'next'

import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { TakeHomeCalculator } from '@/components/takeHome/TakeHomeCalculator'
import { TaxSources } from '@/components/takeHome/TaxSources'
import { SITE_PATHS } from '@/lib/paths'
import { takeHomeDraft } from '@/lib/salaries/takeHome/input'
import { takeHomeSearch } from '@/lib/salaries/takeHome/search'
import { CURRENT_TAX_YEAR, taxYearById } from '@/lib/salaries/takeHome/taxYears'
import { TAKE_HOME_WORDS } from '@/lib/salaries/takeHome/words'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const search = takeHomeSearch(takeHomeDraft(await searchParams))
  const metadata = pageMetadata({
    title: `${TAKE_HOME_WORDS.title}: CTC to monthly in-hand, ${CURRENT_TAX_YEAR.id}`,
    description: `What your CTC leaves in hand each month in tax year ${CURRENT_TAX_YEAR.id}: PF, gratuity, professional tax, and income tax step by step under the new and the old regime.`,
    path: SITE_PATHS.takeHome,
  })
  // One indexed page; a filled-in calculation is for the reader who made it.
  return search ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

/**
 * The take-home calculator: the answer for the query string is rendered on the server (the form is
 * a plain GET form), and the same computation runs in the browser as the reader types.
 */
export default async function TakeHomePage({ searchParams }: Props) {
  const draft = takeHomeDraft(await searchParams)
  // The rules the answer uses: the year asked for when it is one we know.
  const year = (draft.year && taxYearById(draft.year)) || CURRENT_TAX_YEAR
  return (
    <>
      <PageHeader
        crumbs={breadcrumbs.takeHome()}
        title={TAKE_HOME_WORDS.title}
        lead={TAKE_HOME_WORDS.intro}
      />
      <Container className="py-10">
        <TakeHomeCalculator initial={draft} />
        <TaxSources year={year} />
      </Container>
    </>
  )
}
