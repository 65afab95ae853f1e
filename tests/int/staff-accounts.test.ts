import { beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER, stampedAddress } from '@/lib/platform/clientAddress'

import { graphql, rest, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

/**
 * Staff accounts against the two attacks a review found: a writer clearing an admin's login lockout
 * (so a password could be guessed without limit, and learning which staff emails exist from the
 * answer), and password guessing with no limit per address or per account. Over REST as the admin
 * sends it, and over GraphQL.
 */

bootSite()
const PASSWORD = 'correct horse battery staple'
let admin: { email: string; token: string }
let writer: { email: string; token: string }

beforeAll(async () => {
  const a = await signedInStaff(payload, 'admin')
  const w = await signedInStaff(payload, 'writer')
  admin = { email: a.user.email, token: a.token }
  writer = { email: w.user.email, token: w.token }
})

let networks = 0
/** A login from its own network address (as the server stamps it), unless one is given. */
function login(email: string, password: string, address = `198.51.100.${(networks += 1)}`) {
  return rest('POST', 'users/login', {
    body: { email, password },
    headers: { [CLIENT_ADDRESS_HEADER]: stampedAddress(address) },
  })
}

async function lockedAccount() {
  const { user } = await signedInStaff(payload, 'editor')
  // Payload locks an account after five failed logins.
  for (let i = 0; i < 5; i += 1) expect((await login(user.email, 'wrong')).status).toBe(401)
  const locked = await login(user.email, PASSWORD)
  expect(locked.status).toBe(401)
  expect(JSON.stringify(locked.json)).toMatch(/locked/i)
  return user.email
}

describe('clearing a login lockout', () => {
  it('is for admins only, and a writer learns nothing about which staff emails exist', async () => {
    const email = await lockedAccount()
    const forStranger = await rest('POST', 'users/unlock', {
      token: writer.token,
      body: { email: 'nobody-here@careerscope.test' },
    })
    const forColleague = await rest('POST', 'users/unlock', {
      token: writer.token,
      body: { email },
    })
    expect([forStranger.status, forColleague.status]).toEqual([403, 403])
    expect(forColleague.json).toEqual(forStranger.json)
    // Still locked: the writer's request changed nothing.
    expect((await login(email, PASSWORD)).status).toBe(401)

    expect(
      (await rest('POST', 'users/unlock', { token: admin.token, body: { email } })).status,
    ).toBe(200)
    expect((await login(email, PASSWORD)).status).toBe(200)
  })
})

describe('staff login limits', () => {
  it('answer 429 with Retry-After after 10 failed logins to one account, from any network; successes do not count', async () => {
    const { user } = await signedInStaff(payload, 'writer')
    for (let i = 0; i < 4; i += 1) await login(user.email, 'wrong')
    // Payload's own lock is five failures; sign in before it, to show a success takes its attempt back.
    for (let i = 0; i < 3; i += 1) expect((await login(user.email, PASSWORD)).status).toBe(200)
    for (let i = 0; i < 6; i += 1) expect((await login(user.email, 'wrong')).status).toBe(401)
    const limited = await login(` ${user.email.toUpperCase()} `, PASSWORD)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(limited.json.errors[0].message).toMatch(
      /^Too many failed sign-ins for this account or from your network\. Try again in 15 minutes\.$/,
    )
    // Over GraphQL too (its errors answer 200 with the status inside, as GraphQL does).
    const overGraphql = await graphql(
      `mutation { loginUser(email: "${user.email}", password: "wrong") { token } }`,
    )
    expect(overGraphql.errors?.[0]?.message).toMatch(/Too many failed sign-ins/)
  })

  it('answer 429 after 20 failed logins from one network address, for every account; other networks go on', async () => {
    const address = '203.0.113.77'
    for (let i = 0; i < 20; i += 1)
      expect((await login(`guess-${i}@careerscope.test`, 'wrong', address)).status).toBe(401)
    expect((await login(admin.email, PASSWORD, address)).status).toBe(429)
    expect((await login(admin.email, PASSWORD, '203.0.113.78')).status).toBe(200)
  })
})
