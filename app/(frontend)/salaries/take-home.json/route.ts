import { takeHomeData } from '@/lib/salaries/takeHome/data'
import { parseTakeHome, takeHomeDraft } from '@/lib/salaries/takeHome/input'
import { takeHome } from '@/lib/salaries/takeHome/pay'

/** Computed per request from the query string alone: nothing is read from the database. */
export const dynamic = 'force-dynamic'

/**
 * `/salaries/take-home.json?ctc=1850000` (or `gross=`), with the calculator's other parameters:
 * the same computation as the page, as integers in rupees; 400 with a message per bad parameter.
 */
export function GET(request: Request) {
  const parsed = parseTakeHome(takeHomeDraft(new URL(request.url).searchParams))
  if (parsed.errors) return Response.json({ errors: parsed.errors }, { status: 400 })
  return Response.json(takeHomeData(takeHome(parsed.input, parsed.year), parsed.year))
}
