import { JsonLd } from '@/components/JsonLd'
import { Container } from '@/components/layout/Container'
import { PageHeader } from '@/components/layout/PageHeader'
import { Section } from '@/components/layout/Section'
import { SiteLink } from '@/components/SiteLink'
import type { CareerMoves } from '@/lib/content/careerMoves'
import { movesPath, rolePath } from '@/lib/paths'
import { breadcrumbs } from '@/lib/seo/breadcrumbs'
import { movesPageJsonLd } from '@/lib/seo/jsonLd'
import { CORE_WEIGHT, ROADMAP_WEIGHT } from '@/lib/skills/graph'
import { careerSkillIds } from '@/lib/skills/refs'
import { aCareer, plural } from '@/lib/skills/words'

import { MoveCard } from './MoveCard'
import { PaceForm } from './PaceForm'

export const movesTitle = (title: string) => `Where ${aCareer(title)} can go next`
export const movesDescription = (title: string) =>
  `Careers ${aCareer(title)} can move to, ranked by the skills they share, with what is left to learn, in order, and how long it takes.`

/** A career's moves page, at a pace: the same for the default address and `?pace=`. */
export function MovesPage({ data, pace }: { data: CareerMoves; pace: number }) {
  const { role, moves } = data
  const namesSkills = careerSkillIds(role).length > 0
  const slug = role.slug ?? ''
  const crumbs = breadcrumbs.moves(role)
  const title = movesTitle(role.title)
  return (
    <>
      <JsonLd
        data={movesPageJsonLd(
          { title, description: movesDescription(role.title), path: movesPath(slug), crumbs },
          moves.map((move) => ({ title: move.career.title, slug: move.career.slug ?? '' })),
        )}
      />
      <PageHeader crumbs={crumbs} title={title} lead={movesDescription(role.title)} />
      <Container className="pb-10">
        {moves.length === 0 ? (
          <Section id="moves" title="No moves to show yet">
            <p className="text-slate-700">
              {namesSkills
                ? `No other career we cover shares the skills of the ${role.title} profile yet, so we cannot say honestly which are within reach.`
                : `The ${role.title} profile does not name the skills we match careers by yet, so we cannot say honestly which careers are close to it.`}{' '}
              Read the{' '}
              <SiteLink href={rolePath(slug)} className="text-brand-700 underline">
                {role.title} profile
              </SiteLink>{' '}
              or compare it with another career.
            </p>
          </Section>
        ) : (
          <>
            <div className="mt-8">
              <PaceForm action={movesPath(slug)} pace={pace} />
            </div>
            <Section id="moves" title={`${plural(moves.length, 'career')} within reach`}>
              <div className="space-y-6">
                {moves.map((move) => (
                  <MoveCard key={move.career.id} move={move} from={role.title} pace={pace} />
                ))}
              </div>
            </Section>
          </>
        )}
        <Section id="how" title="How we rank moves">
          <ul className="list-disc space-y-1 pl-5 text-slate-700">
            <li>
              Skills in common: a skill weighs {CORE_WEIGHT} in a career that names it among its
              core skills and {ROADMAP_WEIGHT} when only its roadmap teaches it; the share is the
              weight both careers have over the weight either has.
            </li>
            <li>
              Moves are ordered by skills in common, then by the pay difference at the same level
              (where both careers have salary data), then by the hours left.
            </li>
            <li>
              Hours are the destination roadmap&apos;s learning resources still to do: each
              stage&apos;s hours times the share of its skills you do not have yet. Estimates are
              editors&apos; rounded figures for someone new to the stage.
            </li>
          </ul>
        </Section>
      </Container>
    </>
  )
}
