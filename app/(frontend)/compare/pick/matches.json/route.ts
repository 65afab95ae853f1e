import { findCareerMatches } from '@/lib/content'

/** Rendered per request: the answer depends on the query string (the list behind it is cached). */
export const dynamic = 'force-dynamic'

/**
 * `/compare/pick/matches.json?q=…`: the published careers whose name answers a typed name, best
 * first, at most eight — what the compare pickers suggest as a reader types. The same for everyone.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q') ?? ''
  const careers = await findCareerMatches(query)
  return Response.json({ careers })
}
