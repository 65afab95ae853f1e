import { readerJson } from '@/lib/auth/readerRoute'
import { digestLink } from '@/lib/readers/digestLink'

/**
 * One-click unsubscribe (RFC 8058): mail clients POST here from the digest's List-Unsubscribe header,
 * with no cookies and from no page of ours, so the signed token in the address is the only credential.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  if (!(await digestLink.stop(token)))
    return readerJson(
      { error: 'InvalidToken', message: 'This unsubscribe link is not valid.' },
      400,
    )
  return readerJson({ weeklyDigest: false })
}
