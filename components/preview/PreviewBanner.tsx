import { LivePreviewListener } from './LivePreviewListener'

/** Shown only to staff in draft mode, so nobody mistakes a draft for the published page. */
export function PreviewBanner({ serverUrl }: { serverUrl: string }) {
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm sm:px-6">
        <p>
          <strong>Preview:</strong> you are seeing drafts. Readers see the published version.
        </p>
        <a href="/preview/exit" className="font-medium underline">
          Exit preview
        </a>
      </div>
      <LivePreviewListener serverUrl={serverUrl} />
    </div>
  )
}
