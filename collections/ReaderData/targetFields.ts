import type { Field } from 'payload'

import { targetOf } from '@/lib/readers/targets'
import { SAVEABLE_COLLECTIONS } from '@/lib/readers/vocabulary'

const ON_ONE =
  'A record is on one page: a profile or article, or a pair of careers (a generated comparison), not both.'

/** What a save or a note is on (lib/readers/targets.ts): a page, or a generated comparison's two careers. */
export const targetFields = (): Field[] => [
  {
    name: 'page',
    type: 'relationship',
    relationTo: [...SAVEABLE_COLLECTIONS],
    validate: (value: unknown, { data }: { data: Partial<Record<string, unknown>> }) => {
      const pair = data?.pair as unknown[] | null | undefined
      if (value && pair?.length) return ON_ONE
      return value || pair?.length ? true : 'Choose the page, or the two careers of a comparison.'
    },
  },
  {
    name: 'pair',
    type: 'relationship',
    relationTo: 'roles',
    hasMany: true,
    admin: { description: 'The two careers of a generated comparison; empty for a page.' },
    validate: (value: unknown) => {
      const careers = (value as unknown[] | null | undefined) ?? []
      if (careers.length === 0) return true
      return targetOf({ pair: careers })?.collection === 'pairs'
        ? true
        : 'A comparison is of two different careers.'
    },
  },
]

/** The part of a record's key that names what it is on. */
export const targetKeyParts = (data: Record<string, unknown>) => {
  const target = targetOf(data as Parameters<typeof targetOf>[0])
  return [target?.collection, target?.id] as const
}
