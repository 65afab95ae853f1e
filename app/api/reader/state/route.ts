import { readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseTarget } from '@/lib/readers/input'
import { readerPageState } from '@/lib/readers/pageState'

/**
 * What the save button and roadmap controls show on a cached public page: asked by the browser,
 * so the page itself stays the same for everyone. Signed-out readers get `{ signedIn: false }`.
 */
export const GET = readerRoute(
  async ({ request, reader, payload }) => {
    const params = new URL(request.url).searchParams
    const target = parseTarget({ collection: params.get('collection'), id: params.get('id') })
    return readerJson({ signedIn: true, ...(await readerPageState(payload, reader.id, target)) })
  },
  { whenSignedOut: () => readerJson({ signedIn: false }) },
)
