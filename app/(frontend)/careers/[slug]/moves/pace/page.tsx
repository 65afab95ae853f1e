import type { Metadata } from 'next'
import { permanentRedirect, redirect } from 'next/navigation'

import { MissingPage } from '@/components/layout/MissingPage'
import { MovesPage, movesTitle } from '@/components/moves/MovesPage'
import { missingPage } from '@/lib/content'
import { getCareerMoves } from '@/lib/content/careerMoves'
import { movesPath } from '@/lib/paths'
import { notFoundMetadata, pageMetadata } from '@/lib/seo/metadata'
import { DEFAULT_PACE, paceFrom } from '@/lib/skills/graph'

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Another pace is for one reader: the default address is the one indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const answer = await getCareerMoves((await params).slug)
  if (!answer || !('moves' in answer)) return notFoundMetadata
  const { title, slug } = answer.moves.role
  return {
    ...pageMetadata({ title: movesTitle(title), path: movesPath(slug ?? '') }),
    robots: { index: false, follow: true },
  }
}

/**
 * `/careers/<slug>/moves?pace=…` (a rewrite, lib/platform/routing.ts): the same page with weeks at
 * the reader's pace, rendered per request from cached reads. A pace not offered, or the default, is
 * sent to the page's own address; an unknown career is a 404 whatever the pace.
 */
export default async function CareerMovesAtPacePage({ params, searchParams }: Props) {
  const { slug } = await params
  const answer = await getCareerMoves(slug)
  if (!answer) return <MissingPage {...await missingPage(movesPath(slug))} />
  if ('redirect' in answer) permanentRedirect(answer.redirect)
  const asked = (await searchParams).pace
  const pace = paceFrom(asked)
  if (pace === DEFAULT_PACE || String(pace) !== asked)
    redirect(movesPath(slug, pace === DEFAULT_PACE ? undefined : pace))
  return <MovesPage data={answer.moves} pace={pace} />
}
