import { createHash } from 'node:crypto'

import type {
  Adapter,
  AdapterAccount,
  AdapterSession,
  AdapterUser,
  VerificationToken,
} from 'next-auth/adapters'
import type { Payload } from 'payload'

import type { Reader } from '@/payload-types'

import { relationId } from '../platform/ids'
import { toDocId } from '../platform/ids'
import { accountKey } from '../readers/keys'
import { InvalidEmailError, normaliseEmailAddress } from './emailAddress'

/** Session tokens live in a cookie; the database keeps only their hash, so a leaked table signs no one in. */
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex')

const toAdapterUser = (reader: Reader): AdapterUser => ({
  id: String(reader.id),
  email: reader.email ?? '',
  name: reader.name ?? null,
  image: reader.image ?? null,
  emailVerified: reader.emailVerified ? new Date(reader.emailVerified) : null,
})

/**
 * An address as the readers collection keeps it: one plausible address, normalised as magic links
 * are (./emailAddress.ts). The sign-in callback refuses a provider's unusable address before it gets
 * here (lib/auth/options.ts); this is the last line, so no path stores one.
 */
function storedEmail(email: string): string {
  const normalised = normaliseEmailAddress(email)
  if (!normalised) throw new InvalidEmailError()
  return normalised
}

const readerFields = (user: Partial<AdapterUser>) => ({
  // Omitted rather than null when a provider shares none: MongoDB's unique index skips absent values only.
  ...(user.email && { email: storedEmail(user.email) }),
  ...(user.name !== undefined && { name: user.name }),
  ...(user.image !== undefined && { image: user.image }),
  ...(user.emailVerified !== undefined && {
    emailVerified: user.emailVerified?.toISOString() ?? null,
  }),
})

/**
 * next-auth's storage, written on Payload's Local API, so reader sign-in works on every database
 * Payload supports (SQLite, Postgres, MongoDB). Runs with overrideAccess: these collections are
 * closed to everyone through Payload, and this adapter is the only code that writes them.
 */
export function payloadAdapter(getPayload: () => Promise<Payload>): Adapter {
  const local = { overrideAccess: true, depth: 0 } as const

  async function findOne<T>(
    collection: 'readers' | 'reader-accounts' | 'reader-sessions' | 'verification-tokens',
    where: Record<string, unknown>,
    depth = 0,
  ) {
    const payload = await getPayload()
    const { docs } = await payload.find({
      collection,
      where: where as never,
      limit: 1,
      depth,
      overrideAccess: true,
      pagination: false,
    })
    return (docs[0] as T | undefined) ?? null
  }

  async function readerById(id: string) {
    const payload = await getPayload()
    const reader = await payload.findByID({
      collection: 'readers',
      id: toDocId(payload, id),
      ...local,
      disableErrors: true,
    })
    return reader ? toAdapterUser(reader) : null
  }

  return {
    async createUser(user: Omit<AdapterUser, 'id'>) {
      const payload = await getPayload()
      return toAdapterUser(
        await payload.create({ collection: 'readers', data: readerFields(user), ...local }),
      )
    },
    getUser: readerById,
    async getUserByEmail(email) {
      const normalised = normaliseEmailAddress(email)
      if (!normalised) return null
      const reader = await findOne<Reader>('readers', { email: { equals: normalised } })
      return reader ? toAdapterUser(reader) : null
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await findOne<{ reader: unknown }>('reader-accounts', {
        key: { equals: accountKey(provider, providerAccountId) },
      })
      const readerId = relationId(account?.reader)
      return readerId ? readerById(readerId) : null
    },
    async updateUser(user) {
      const payload = await getPayload()
      const reader = await payload.update({
        collection: 'readers',
        id: toDocId(payload, user.id),
        data: readerFields(user),
        ...local,
      })
      return toAdapterUser(reader)
    },
    async deleteUser(userId) {
      const payload = await getPayload()
      await payload.delete({ collection: 'readers', id: toDocId(payload, userId), ...local })
    },
    async linkAccount(account: AdapterAccount) {
      const payload = await getPayload()
      await payload.create({
        collection: 'reader-accounts',
        data: {
          reader: toDocId(payload, account.userId),
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
        ...local,
      })
    },
    async unlinkAccount({
      provider,
      providerAccountId,
    }: Pick<AdapterAccount, 'provider' | 'providerAccountId'>) {
      const payload = await getPayload()
      await payload.delete({
        collection: 'reader-accounts',
        where: { key: { equals: accountKey(provider, providerAccountId) } },
        ...local,
      })
    },
    async createSession(session) {
      const payload = await getPayload()
      await payload.create({
        collection: 'reader-sessions',
        data: {
          reader: toDocId(payload, session.userId),
          tokenHash: hashSessionToken(session.sessionToken),
          expires: session.expires.toISOString(),
        },
        ...local,
      })
      return session
    },
    async getSessionAndUser(sessionToken) {
      const stored = await findOne<{ reader: Reader | null; expires: string }>(
        'reader-sessions',
        { tokenHash: { equals: hashSessionToken(sessionToken) } },
        1,
      )
      if (!stored?.reader || typeof stored.reader !== 'object') return null
      const user = toAdapterUser(stored.reader)
      const session: AdapterSession = {
        sessionToken,
        userId: user.id,
        expires: new Date(stored.expires),
      }
      return { session, user }
    },
    async updateSession({ sessionToken, expires }) {
      const payload = await getPayload()
      if (!expires) return null
      const { docs } = await payload.update({
        collection: 'reader-sessions',
        where: { tokenHash: { equals: hashSessionToken(sessionToken) } },
        data: { expires: expires.toISOString() },
        ...local,
      })
      const reader = relationId(docs[0]?.reader)
      return reader ? { sessionToken, userId: reader, expires } : null
    },
    async deleteSession(sessionToken) {
      const payload = await getPayload()
      await payload.delete({
        collection: 'reader-sessions',
        where: { tokenHash: { equals: hashSessionToken(sessionToken) } },
        ...local,
      })
    },
    async createVerificationToken(token: VerificationToken) {
      const payload = await getPayload()
      await payload.create({
        collection: 'verification-tokens',
        data: {
          identifier: token.identifier,
          tokenHash: token.token,
          expires: token.expires.toISOString(),
        },
        ...local,
      })
      return token
    },
    async useVerificationToken({ identifier, token }) {
      const payload = await getPayload()
      // Deleting is what makes the link single-use: of two concurrent clicks, one deletes the row.
      const { docs } = await payload.delete({
        collection: 'verification-tokens',
        where: { and: [{ identifier: { equals: identifier } }, { tokenHash: { equals: token } }] },
        ...local,
      })
      const used = docs[0]
      return used
        ? { identifier: used.identifier, token: used.tokenHash, expires: new Date(used.expires) }
        : null
    },
  }
}
