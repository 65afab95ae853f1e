import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { ComparePicker } from '@/components/comparison/ComparePicker'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { listCareerChoices } from '@/lib/content'
import { pickPair, type Resolved } from '@/lib/search/careerNames'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'

export const metadata: Metadata = {
  title: 'Compare two careers',
  robots: { index: false, follow: true },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const text = (value: unknown) => (typeof value === 'string' ? value : '')
/** A field shows the name of the career it resolved to, not the address it was sent as. */
const shown = (resolved: Resolved, raw: unknown) =>
  resolved.kind === 'career' ? resolved.career.title : text(raw)

/**
 * Where the compare pickers send their GET form: two names that each mean one career, and not the
 * same one, go on to the pair's one address (which leads to an editor's comparison of the pair when
 * there is one); anything else shows the picker again with what to fix, and the careers a name
 * could mean as links.
 */
export default async function PickComparisonPage({ searchParams }: Props) {
  const { a, b } = await searchParams
  const outcome = pickPair(await listCareerChoices(), a, b)
  if ('path' in outcome) redirect(outcome.path)
  return (
    <>
      <PageHeader crumbs={breadcrumbs.compare()} title="Compare two careers" />
      <Container className="py-10">
        <ComparePicker
          state={{
            ...outcome,
            values: { a: shown(outcome.first, a), b: shown(outcome.second, b) },
          }}
        />
      </Container>
    </>
  )
}
