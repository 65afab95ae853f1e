import type { CalloutBlock } from '@/payload-types'

import { calloutTone } from './tones'

/** The Callout block on a page: an aside titled by the editor, or by its tone's name. */
export function Callout({ tone, title, text }: Pick<CalloutBlock, 'tone' | 'title' | 'text'>) {
  const style = calloutTone(tone)
  const heading = title || style.label
  return (
    <aside
      className={`my-6 rounded-r-lg border-l-4 px-5 py-4 ${style.className}`}
      aria-label={heading}
    >
      <p className="text-sm font-semibold text-slate-900">{heading}</p>
      <p className="mt-1 text-slate-800">{text}</p>
    </aside>
  )
}
