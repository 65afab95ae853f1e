import { getPayloadClient } from '../platform/payload'
import { readerOfUnsubscribeToken, stopDigest } from './preferences'

/**
 * For the digest's unsubscribe page and one-click route, which have no session: the signed token in
 * the address is the only credential, checked by ./preferences.ts on the site's own Payload.
 */
export const digestLink = {
  /** The reader the token was made for, or null (forged, or the account is gone). */
  holder: async (token: unknown) => readerOfUnsubscribeToken(await getPayloadClient(), token),
  /** Turns the digest off for the token's reader; false for a token the site did not make. */
  stop: async (token: unknown) => stopDigest(await getPayloadClient(), token),
}
