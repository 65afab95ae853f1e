import { notFoundSuggestions } from '@/lib/content'

/** Answered per request from cached reads: nothing is read at build time. */
export const dynamic = 'force-dynamic'

/**
 * The 404's suggestions as JSON, for the 404 the browser shows (app/(frontend)/not-found.tsx, which
 * reads no content itself, or every page would carry and be tagged with these lists).
 */
export async function GET() {
  return Response.json(await notFoundSuggestions())
}
