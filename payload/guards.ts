import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Plugin,
} from 'payload'

import { publicError } from '@/collections/errors'
import { bodyRefusal } from '@/lib/platform/server/requestBodies'

/**
 * The data of a create or update, whichever path it came by (REST and GraphQL are checked before
 * Payload sees them, in app/(payload)/api; this covers the Local API and server functions too):
 * an object whose keys never start with `$` (lib/platform/server/requestBodies.ts says why).
 */
const refuseBadData: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  const refusal = data === undefined ? null : bodyRefusal(data)
  if (refusal) throw publicError(refusal)
  return args
}

type Bulk = { docs?: unknown[]; errors?: { id?: unknown; message?: string }[] }

/**
 * A bulk update or delete changes every document or none where the database has transactions
 * (Postgres, MongoDB): Payload saves the documents that pass and reports the others inside one
 * transaction, and failing here before it commits rolls all of them back. SQLite runs without
 * transactions (its adapter turns them off: concurrent writers would meet "database is locked"), so
 * there the answer says which documents changed and which were refused, and why — Payload's own
 * answer gives only a count, and the admin shows only that.
 */
const allOrNothing: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const { docs = [], errors = [] } = (result ?? {}) as Bulk
  if (errors.length === 0) return result
  const verb = operation === 'update' ? 'changed' : 'deleted'
  const total = errors.length + docs.length
  const reasons = errors.map((e) => `#${String(e.id)}: ${e.message ?? 'refused'}`).join('; ')
  // A transaction has an id (a string, on Postgres and MongoDB); without one Payload leaves a
  // placeholder here that is not an id.
  const id = await req.transactionID
  const rolledBack = typeof id === 'string' || typeof id === 'number'
  throw publicError(
    rolledBack
      ? `Nothing was ${verb}: ${errors.length} of ${total} documents were refused (${reasons}).`
      : `${docs.length} of ${total} documents were ${verb}; ${errors.length} were refused and left as they were (${reasons}).`,
  )
}

const guarded = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseBadData, ...(collection.hooks?.beforeOperation ?? [])],
    afterOperation: [...(collection.hooks?.afterOperation ?? []), allOrNothing],
  },
})

/** The last plugin, so that it reaches the collections the other plugins add (search, redirects). */
export const guardEveryCollection: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(guarded),
})
