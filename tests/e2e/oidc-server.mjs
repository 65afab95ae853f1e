#!/usr/bin/env node
/**
 * A real OpenID Connect provider (panva's oidc-provider, the library behind many production IdPs)
 * for the end-to-end sign-in test. Its built-in development login form accepts any login and
 * password; the login becomes the account id, and the account's email is `<login>@readers.test`.
 */
import fs from 'node:fs'

import Provider from 'oidc-provider'

const services = JSON.parse(fs.readFileSync(new URL('./services.json', import.meta.url), 'utf8'))
const { port, clientId, clientSecret } = services.oidc

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [services.app.port, services.app.postgresPort, services.cluster.port].map(
        (p) => `http://localhost:${p}/api/auth/callback/oidc`,
      ),
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // next-auth reads the profile from the id_token: put the requested claims in it.
  conformIdTokenClaims: false,
  cookies: { keys: ['careerscope-e2e-oidc-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      claims: async () => ({
        sub: id,
        email: `${id}@readers.test`,
        email_verified: true,
        name: `Reader ${id}`,
      }),
    }
  },
})

provider.listen(port, () => console.log(`[e2e oidc] issuer http://localhost:${port}`))
