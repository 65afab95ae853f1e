import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { staffFromHeaders } from '@/lib/content/previewUser'
import { safePreviewPath } from '@/lib/editorial/preview'

/**
 * Enters draft-preview for a signed-in member of staff (the admin's Preview and Live Preview link
 * here). A secret in the URL is not enough: without a staff session the answer is 403.
 */
export async function GET(request: NextRequest) {
  const path = safePreviewPath(request.nextUrl.searchParams.get('path'))
  const user = await staffFromHeaders(request.headers)
  if (!user) {
    return new Response('Sign in to the admin to preview drafts.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
