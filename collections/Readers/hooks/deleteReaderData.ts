import type { CollectionBeforeDeleteHook } from 'payload'

import { READER_OWNED_COLLECTIONS } from '@/lib/readers/vocabulary'

/**
 * Deleting a reader deletes everything that belongs to them — saves, progress, linked sign-ins and
 * sessions — in the same transaction, whether the reader deleted their account or an admin did.
 */
export const deleteReaderData: CollectionBeforeDeleteHook = async ({ req, id }) => {
  for (const collection of READER_OWNED_COLLECTIONS) {
    await req.payload.delete({
      collection,
      where: { reader: { equals: id } },
      req,
      overrideAccess: true,
    })
  }
}
