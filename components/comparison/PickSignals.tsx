import type { Article, Role } from '@/payload-types'

type Signal = NonNullable<Article['pickSignals']>[number]

/** "Pick X if…" columns, one per career, in the order the article compares them. */
export function PickSignals({
  signals,
  roles,
}: {
  signals: Article['pickSignals']
  roles: Role[]
}) {
  if (!signals?.length) return null
  const roleId = (signal: Signal) =>
    String(typeof signal.role === 'object' ? signal.role.id : signal.role)
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {roles.map((role) => {
        const own = signals.filter((s) => roleId(s) === String(role.id))
        if (own.length === 0) return null
        return (
          <div key={role.id} className="rounded-xl border border-slate-200 p-5">
            <h3 className="text-lg font-semibold text-slate-900">Pick {role.title} if…</h3>
            <ol className="mt-4 space-y-4">
              {own.map((signal, i) => (
                <li key={signal.id ?? i}>
                  <p className="font-medium text-slate-900">
                    {i + 1}. {signal.signal}
                  </p>
                  <p className="mt-1 leading-7 text-slate-700">{signal.explanation}</p>
                </li>
              ))}
            </ol>
          </div>
        )
      })}
    </div>
  )
}
