import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

const BATCH = 200

/**
 * Runs `count` creates in transactions of 200 (one per create would take minutes), printing
 * progress, with cache revalidation off: no server is running on a benchmark database.
 */
export async function inBatches(
  payload: Payload,
  label: string,
  count: number,
  create: (i: number, req: PayloadRequest) => Promise<unknown>,
) {
  const started = Date.now()
  for (let from = 0; from < count; from += BATCH) {
    const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
    const transactionID = await payload.db.beginTransaction?.()
    if (transactionID) req.transactionID = transactionID
    try {
      for (let i = from; i < Math.min(count, from + BATCH); i++) await create(i, req)
      if (transactionID) await payload.db.commitTransaction?.(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction?.(transactionID)
      throw error
    }
    process.stdout.write(`\r${label}: ${Math.min(count, from + BATCH)}/${count}`)
  }
  console.log(` in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
