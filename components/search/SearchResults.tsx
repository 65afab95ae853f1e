import { SiteLink } from '@/components/SiteLink'
import type { SearchHit } from '@/lib/content'

import { Highlighted } from './Highlighted'

const KIND_LABEL: Record<string, string> = {
  career: 'Career',
  comparison: 'Comparison',
  guide: 'Guide',
}

export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  if (hits.length === 0)
    return (
      <p className="text-slate-700">
        Nothing matches “{query}”. Try a skill, a tool or a job title.
      </p>
    )
  return (
    <ol className="space-y-6" aria-label="Search results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {KIND_LABEL[hit.kind] ?? hit.kind}
          </p>
          <h2 className="text-lg font-semibold">
            <SiteLink href={hit.path} className="hover:underline">
              <Highlighted text={hit.title} query={query} />
            </SiteLink>
          </h2>
          <p className="mt-1 text-slate-700">
            <Highlighted text={hit.summary} query={query} />
          </p>
          {hit.skills && (
            <p className="mt-1 text-sm text-slate-600">
              Skills: <Highlighted text={hit.skills} query={query} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
