import type { CollectionBeforeDeleteHook } from 'payload'

import { READER_OWNED_COLLECTIONS } from '@/lib/readers/vocabulary'

/**
 * Deleting a reader deletes everything that belongs to them — saves, progress, linked sign-ins,
 * sessions and unused sign-in links to their address — in the same transaction, whether the reader
 * deleted their account or an admin did.
 */
export const deleteReaderData: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const reader = await req.payload.findByID({
    collection: 'readers',
    id,
    select: { email: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (reader?.email) {
    await req.payload.delete({
      collection: 'verification-tokens',
      where: { identifier: { equals: reader.email } },
      req,
      overrideAccess: true,
    })
  }
  for (const collection of READER_OWNED_COLLECTIONS) {
    await req.payload.delete({
      collection,
      where: { reader: { equals: id } },
      req,
      overrideAccess: true,
    })
  }
}
