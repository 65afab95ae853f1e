import type { CalloutBlock } from '@/payload-types'

const TONE = {
  tip: { label: 'Tip', className: 'border-sky-600 bg-sky-50' },
  takeaway: { label: 'Key takeaway', className: 'border-emerald-600 bg-emerald-50' },
  warning: { label: 'Heads-up', className: 'border-amber-600 bg-amber-50' },
} as const

export function Callout({ tone, title, text }: Pick<CalloutBlock, 'tone' | 'title' | 'text'>) {
  const style = TONE[tone] ?? TONE.tip
  return (
    <aside
      className={`my-6 rounded-r-lg border-l-4 px-5 py-4 ${style.className}`}
      aria-label={title ?? style.label}
    >
      <p className="text-sm font-semibold text-slate-900">{title ?? style.label}</p>
      <p className="mt-1 text-slate-800">{text}</p>
    </aside>
  )
}
