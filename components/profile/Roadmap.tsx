import type { Role } from '@/payload-types'

export function Roadmap({ stages }: { stages: Role['roadmap'] }) {
  if (!stages?.length) return null
  return (
    <ol className="space-y-4 border-l-2 border-brand-100 pl-6">
      {stages.map((stage, i) => (
        <li key={stage.id ?? stage.stage} className="relative">
          <span aria-hidden="true" className="absolute -left-[2.1rem] flex h-6 w-6 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white">
            {i + 1}
          </span>
          <h3 className="font-semibold text-slate-900">{stage.stage}</h3>
          {stage.description && <p className="mt-1 text-slate-700">{stage.description}</p>}
          {stage.skills && <p className="mt-1 text-sm text-slate-600">Skills: {stage.skills}</p>}
        </li>
      ))}
    </ol>
  )
}
