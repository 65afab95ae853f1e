import type { PayloadRequest, Where } from 'payload'

/**
 * Whether a publish or unpublish is scheduled for this document and has not run yet. Payload's
 * schedule drawer files the document's id as a string; other callers may have used a number.
 */
export async function hasPendingSchedule(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> {
  const ids: Where[] = [{ 'input.doc.value': { equals: String(id) } }]
  if (typeof id === 'number' || /^\d+$/.test(String(id))) {
    ids.push({ 'input.doc.value': { equals: Number(id) } })
  }
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: collection } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { or: ids },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
