import { workplaceLabel } from '@/lib/workplaces'
import type { Role } from '@/payload-types'

export function DayToDay({ entries }: { entries: Role['dayToDay'] }) {
  if (!entries?.length) return null
  return (
    <dl className="space-y-5">
      {entries.map((entry) => (
        <div key={entry.id ?? entry.workplace}>
          <dt className="font-semibold text-slate-900">
            At {article(workplaceLabel(entry.workplace))}
          </dt>
          <dd className="mt-1 leading-7 text-slate-700">{entry.description}</dd>
        </div>
      ))}
    </dl>
  )
}

function article(label: string): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1)
  if (/^IT /.test(label)) return `an ${label} firm`
  return /^[aeiou]/i.test(lower) ? `an ${lower}` : `a ${lower}`
}
