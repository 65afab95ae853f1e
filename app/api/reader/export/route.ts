import { readerRoute } from '@/lib/auth/readerRoute'
import { exportReaderData } from '@/lib/readers/account'

/** Download everything stored about the signed-in reader, as JSON. */
export const GET = readerRoute(async ({ reader, payload }) => {
  const data = await exportReaderData(payload, reader.id)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="careerscope-data-${data.exportedAt.slice(0, 10)}.json"`,
      'cache-control': 'private, no-store',
    },
  })
})
