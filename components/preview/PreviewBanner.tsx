import { PREVIEW_EXIT_PATH } from '@/lib/paths'

import { Container } from '../layout/Container'
import { LivePreviewListener } from './LivePreviewListener'

/** Shown only to staff in draft mode, so nobody mistakes a draft for the published page. */
export function PreviewBanner({ serverUrl }: { serverUrl: string }) {
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <Container className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
        <p>
          <strong>Preview:</strong> you are seeing drafts. Readers see the published version.
        </p>
        <a href={PREVIEW_EXIT_PATH} className="font-medium underline">
          Exit preview
        </a>
      </Container>
      <LivePreviewListener serverUrl={serverUrl} />
    </div>
  )
}
