'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Inside the admin's Live Preview frame, re-renders the page on the server whenever the editor's
 * draft is saved (autosave runs every two seconds), so the real page components show the draft.
 */
export function LivePreviewListener({ serverUrl }: { serverUrl: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverUrl} />
}
