import { SkillList } from '@/components/profile/SkillList'
import { SiteLink } from '@/components/SiteLink'
import type { MoveView } from '@/lib/content/careerMoves'
import { rolePath } from '@/lib/paths'
import { payChangeText } from '@/lib/salaries/careerPay'
import { weeksAt } from '@/lib/skills/graph'
import { aCareer, plural } from '@/lib/skills/words'

/** One career a reader can move to: what they have, what is left in its roadmap order, how long. */
export function MoveCard({ move, from, pace }: { move: MoveView; from: string; pace: number }) {
  const { career } = move
  const id = `move-${career.slug}`
  return (
    <article aria-labelledby={id} className="rounded-xl border border-slate-200 p-5">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        <SiteLink href={rolePath(career.slug ?? '')} className="text-brand-700 hover:underline">
          {career.title}
        </SiteLink>
      </h3>
      <p className="mt-1 text-slate-700">
        <strong>
          {move.shared > 0 ? `${move.shared}% of skills in common` : 'Suggested by our editors'}
        </strong>
        {move.pay && <> · {payChangeText(move.pay)}</>}
        {' · '}
        {move.hours > 0 ? (
          <>
            about {move.hours} hours: <strong>{plural(weeksAt(move.hours, pace), 'week')}</strong>{' '}
            at {pace} hours a week
          </>
        ) : move.missing.length + move.missingElsewhere.length > 0 ? (
          'no learning hours listed to estimate from'
        ) : (
          'nothing left to learn on its roadmap'
        )}
      </p>
      {move.have.length > 0 && (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-slate-800">You already have</h4>
          <div className="mt-1">
            <SkillList
              label={`Skills ${aCareer(from)} has for ${career.title}`}
              items={move.have}
            />
          </div>
        </div>
      )}
      {move.missing.length + move.missingElsewhere.length > 0 && (
        <div className="mt-3">
          <h4 className="text-sm font-semibold text-slate-800">Still to learn, in order</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700">
            {move.missing.map((stage, i) => (
              <li key={`${i}-${stage.stage}`}>
                {stage.stage}
                {stage.skills.length > 0 && <>: {stage.skills.join(', ')}</>}
                {stage.hours > 0 && (
                  <span className="text-slate-500"> (about {Math.round(stage.hours)} h)</span>
                )}
              </li>
            ))}
            {move.missingElsewhere.length > 0 && (
              <li>
                Beyond the roadmap: {move.missingElsewhere.join(', ')}{' '}
                <span className="text-slate-500">(no hours estimated)</span>
              </li>
            )}
          </ol>
        </div>
      )}
      <p className="mt-4">
        <SiteLink href={move.comparePath} className="font-medium text-brand-700 hover:underline">
          Compare {from} with {career.title} →
        </SiteLink>
      </p>
    </article>
  )
}
