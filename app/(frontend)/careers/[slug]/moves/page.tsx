import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'

import { MissingPage } from '@/components/layout/MissingPage'
import { movesDescription, MovesPage, movesTitle } from '@/components/moves/MovesPage'
import { missingPage } from '@/lib/content'
import { getCareerMoves } from '@/lib/content/careerMoves'
import { movesPath } from '@/lib/paths'
import { notFoundMetadata, pageMetadata } from '@/lib/seo/metadata'
import { DEFAULT_PACE } from '@/lib/skills/graph'

type Props = { params: Promise<{ slug: string }> }

/** Nothing is built ahead: each page renders on its first request, then comes from the route cache. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const answer = await getCareerMoves((await params).slug)
  if (!answer || !('moves' in answer)) return notFoundMetadata
  const { title, slug } = answer.moves.role
  return pageMetadata({
    title: movesTitle(title),
    description: movesDescription(title),
    path: movesPath(slug ?? ''),
  })
}

/** `/careers/<slug>/moves`, at the default pace; `?pace=` is served by ./pace (a rewrite). */
export default async function CareerMovesPage({ params }: Props) {
  const { slug } = await params
  const answer = await getCareerMoves(slug)
  if (answer && 'redirect' in answer) permanentRedirect(answer.redirect)
  if (!answer) return <MissingPage {...await missingPage(movesPath(slug))} />
  return <MovesPage data={answer.moves} pace={DEFAULT_PACE} />
}
