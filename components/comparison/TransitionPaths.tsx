import type { TransitionPath } from '@/lib/comparisons/pairComparison'

/** "Moving from A to B": the destination's roadmap in order, what the reader has and what to learn. */
export function TransitionPaths({ paths }: { paths: TransitionPath[] }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      {paths.map((path) => (
        <div key={`${path.from}-${path.to}`} data-testid="transition-path">
          <h3 className="text-lg font-semibold text-slate-900">
            From {path.from} to {path.to}
          </h3>
          <p className="mt-1 text-sm text-slate-600">
            You already have {path.haveCount} of the {path.totalCount} skills on the {path.to}{' '}
            roadmap.
          </p>
          <ol className="mt-4 space-y-4">
            {path.stages.map((stage, i) => (
              <li key={stage.stage} className="rounded-lg border border-slate-200 p-4">
                <p className="font-medium text-slate-900">
                  {i + 1}. {stage.stage}
                  {stage.learn.length === 0 && stage.have.length > 0 && (
                    <span className="ml-2 text-sm font-normal text-emerald-800">
                      — you have this
                    </span>
                  )}
                </p>
                {stage.description && (
                  <p className="mt-1 text-sm text-slate-600">{stage.description}</p>
                )}
                <dl className="mt-2 text-sm">
                  {stage.have.length > 0 && (
                    <div>
                      <dt className="inline font-semibold text-slate-700">Already have: </dt>
                      <dd className="inline text-slate-700">{stage.have.join(', ')}</dd>
                    </div>
                  )}
                  {stage.learn.length > 0 && (
                    <div>
                      <dt className="inline font-semibold text-slate-700">To learn: </dt>
                      <dd className="inline text-slate-700">{stage.learn.join(', ')}</dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  )
}
