import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { ComparePicker } from '@/components/comparison/ComparePicker'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { pairPath, pickProblem } from '@/lib/comparisons/pairs'
import { listCareerChoices } from '@/lib/content'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'

export const metadata: Metadata = {
  title: 'Compare two careers',
  robots: { index: false, follow: true },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * Where the compare pickers send their GET form: two valid, different careers go on to the pair's
 * one address (which leads to an editor's comparison of the pair when there is one); anything else
 * shows the picker again with what to fix.
 */
export default async function PickComparisonPage({ searchParams }: Props) {
  const { a, b } = await searchParams
  const careers = await listCareerChoices()
  const problem = pickProblem(a, b, new Set(careers.map((c) => c.slug ?? '')))
  if (!problem) redirect(pairPath(a as string, b as string))
  return (
    <>
      <PageHeader crumbs={breadcrumbs.compare()} title="Compare two careers" />
      <Container className="py-10">
        <ComparePicker
          careers={careers}
          first={typeof a === 'string' ? a : null}
          second={typeof b === 'string' ? b : null}
          error={problem}
        />
      </Container>
    </>
  )
}
