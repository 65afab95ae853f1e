/**
 * The environment of the end-to-end copies of the app, shared by their build (./build.mjs) and
 * their servers (./server.mjs): production mode, test secrets, the local sign-in and mail services,
 * and the schedules shortened so that tests need not wait a week.
 */
import fs from 'node:fs'

export const services = JSON.parse(
  fs.readFileSync(new URL('./services.json', import.meta.url), 'utf8'),
)
export const BUILD_DIR = '.next-e2e'

export const baseEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: BUILD_DIR,
  PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
  SEED_ADMIN_EMAIL: 'admin@careerscope.test',
  SEED_ADMIN_PASSWORD: 'e2e admin password 2026',
  NEXTAUTH_SECRET: 'e2e-nextauth-secret-0123456789abcdef0123456789',
  AUTH_OIDC_ISSUER: `http://localhost:${services.oidc.port}`,
  AUTH_OIDC_CLIENT_ID: services.oidc.clientId,
  AUTH_OIDC_CLIENT_SECRET: services.oidc.clientSecret,
  AUTH_OIDC_NAME: services.oidc.name,
  EMAIL_SERVER: `smtp://127.0.0.1:${services.mail.smtpPort}`,
  EMAIL_FROM: services.mail.from,
  // The weekly digest every five seconds, so its test need not wait a week (still one email a week).
  READER_DIGEST_CRON: '*/5 * * * * *',
  // Reader figures published every five seconds instead of on Mondays, with no wait for new accounts.
  READER_FIGURES_EVERY_SECONDS: '5',
  READER_REPORT_ACCOUNT_WAIT_DAYS: '0',
  // Reader figures on the backend developer's pages, so that every layout check sees them.
  SEED_REPORT_EXAMPLES: 'true',
}

/** One running copy of the app: its port and database. */
export function target(port, databaseUri, distDir = BUILD_DIR) {
  const origin = `http://localhost:${port}`
  // NEXTAUTH_URL is read at run time; NEXT_PUBLIC_SERVER_URL is fixed by the build (the SQLite copy's).
  return {
    port: String(port),
    env: {
      ...baseEnv,
      DATABASE_URI: databaseUri,
      NEXT_DIST_DIR: distDir,
      NEXT_PUBLIC_SERVER_URL: `http://localhost:${services.app.port}`,
      NEXTAUTH_URL: origin,
      // The build's public origin is the SQLite copy's: the admin cookie must work on this one too.
      ADMIN_ORIGINS: origin,
    },
  }
}
