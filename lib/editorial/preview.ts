import { previewPath, sameSitePath } from '../paths'
import { serverUrl } from '../platform/env'

/**
 * The address the admin opens to preview a page: our preview route, which turns on Next's draft mode
 * for a signed-in member of staff only, then sends them to the page itself.
 */
export function previewUrl(path: string): string {
  return `${serverUrl()}${previewPath(path)}`
}

/** Only our own pages: a path, never a URL to another site (an open redirect). */
export const safePreviewPath = (value: string | null): string => sameSitePath(value, '/')
