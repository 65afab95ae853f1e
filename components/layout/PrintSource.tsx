import { formatDate } from '@/lib/dates'
import { absoluteUrl } from '@/lib/seo/metadata'

/**
 * Only on paper: where the page lives and when its content was last changed, so a printed comparison
 * or profile can be found again and dated. The page stays the same for every reader.
 */
export function PrintSource({ path, updatedAt }: { path: string; updatedAt?: string | null }) {
  return (
    <p className="mt-10 hidden border-t border-slate-300 pt-3 text-sm text-slate-700 print:block">
      Printed from {absoluteUrl(path)}
      {updatedAt ? ` · content as of ${formatDate(updatedAt)}` : ''}. Salary figures carry their
      sources and review dates beside them.
    </p>
  )
}
