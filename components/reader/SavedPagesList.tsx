import { SiteLink } from '@/components/SiteLink'
import type { SavedPage } from '@/lib/readers/account'
import { NOTE_MAX_LENGTH } from '@/lib/readers/vocabulary'

type Props = {
  pages: SavedPage[]
  hidden: number
  removeAction: (formData: FormData) => Promise<void>
  noteAction: (formData: FormData) => Promise<void>
}

const KIND: Record<SavedPage['collection'], string> = {
  roles: 'Career profile',
  articles: 'Article',
  pairs: 'Comparison',
}

/** What changed on a saved page since the reader last opened it; opening it clears the mark. */
function PageChanges({ title, changes }: { title: string; changes: string[] }) {
  return (
    <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-slate-800">
      <p className="font-medium">
        <span className="sr-only">{title}: </span>Changed since you last opened it
      </p>
      <ul className="mt-1 list-disc pl-5">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </div>
  )
}

export function SavedPagesList({ pages, hidden, removeAction, noteAction }: Props) {
  const changed = pages.filter((page) => page.changes.length > 0).length
  return (
    <>
      {changed > 0 && (
        <p className="mb-3 text-sm font-medium text-slate-800">
          {changed === 1
            ? '1 saved page changed since you last opened it.'
            : `${changed} saved pages changed since you last opened them.`}
        </p>
      )}
      {pages.length === 0 ? (
        <p className="text-slate-700">
          Nothing saved yet. Use “Save” on a career profile or a comparison to keep it here.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {pages.map((page) => (
            <li
              key={`${page.collection}:${page.id}`}
              className="flex flex-wrap items-start justify-between gap-4 px-4 py-3"
            >
              <div className="min-w-0 flex-1">
                <SiteLink href={page.path} className="font-medium text-brand-700 hover:underline">
                  {page.title}
                </SiteLink>
                <p className="text-sm text-slate-600">{KIND[page.collection]}</p>
                {page.changes.length > 0 && (
                  <PageChanges title={page.title} changes={page.changes} />
                )}
                {/* Folded until asked for, unless there is a note to show. */}
                <details className="mt-2 text-sm" open={Boolean(page.note) || undefined}>
                  <summary className="cursor-pointer text-slate-700">
                    {page.note ? 'Your private note' : 'Add a private note'}
                  </summary>
                  <form action={noteAction} className="mt-1">
                    <input type="hidden" name="collection" value={page.collection} />
                    <input type="hidden" name="id" value={page.id} />
                    <label className="sr-only" htmlFor={`note-${page.collection}-${page.id}`}>
                      Your private note on {page.title}
                    </label>
                    <textarea
                      id={`note-${page.collection}-${page.id}`}
                      name="note"
                      rows={2}
                      maxLength={NOTE_MAX_LENGTH}
                      defaultValue={page.note ?? ''}
                      className="w-full rounded border border-slate-300 bg-white p-2 text-slate-900"
                    />
                    <button type="submit" className="mt-1 text-brand-700 underline">
                      Save note
                    </button>
                    <span className="ml-2 text-slate-600">Only you can see it.</span>
                  </form>
                </details>
              </div>
              <form action={removeAction}>
                <input type="hidden" name="collection" value={page.collection} />
                <input type="hidden" name="id" value={page.id} />
                <button
                  type="submit"
                  className="text-sm text-slate-700 underline hover:text-red-700"
                  aria-label={`Remove ${page.title} from saved pages`}
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="mt-3 text-sm text-slate-600">
          {hidden} saved page{hidden > 1 ? 's are' : ' is'} no longer published and not shown.
        </p>
      )}
    </>
  )
}
