import type { CollectionConfig, Field } from 'payload'

import { hiddenUnlessAdmin, internalOnlyAccess, readerDataAccess } from '../access/readerData'
import { compositeKeyField, readerField } from '../fields/readerFields'

type ReaderRecords = {
  slug: string
  labels?: CollectionConfig['labels']
  /**
   * Records admins may look at (to answer a support or erasure request) show these columns after
   * the reader; without them the collection is plumbing nobody browses (sessions, tokens).
   */
  columns?: string[]
  access?: CollectionConfig['access']
  /** Records of no reader yet (one-time sign-in tokens) have no reader field. */
  ownerless?: true
  fields: Field[]
  /** The record's unique key, composed from its fields (lib/readers/keys.ts). */
  key?: (data: Record<string, unknown>) => string | null
}

/**
 * A collection of what readers keep, each record theirs: the reader first, the unique key last,
 * written through lib/readers only (access/readerData.ts), never through GraphQL.
 */
export function readerRecords({
  slug,
  labels,
  columns,
  access,
  ownerless,
  fields,
  key,
}: ReaderRecords): CollectionConfig {
  return {
    slug,
    ...(labels && { labels }),
    admin: columns
      ? { group: 'Readers', hidden: hiddenUnlessAdmin, defaultColumns: ['reader', ...columns] }
      : { group: 'Readers', hidden: true },
    access: access ?? (columns ? readerDataAccess : internalOnlyAccess),
    graphQL: false,
    fields: [
      ...(ownerless ? [] : [readerField()]),
      ...fields,
      ...(key ? [compositeKeyField(key)] : []),
    ],
  }
}
