#!/usr/bin/env node
/**
 * The app as production runs it, for the end-to-end suite: `next build` into .next-e2e, the seed on
 * a brand-new SQLite file (with an admin the tests sign in as), then `next start` — with a local
 * OpenID Connect provider and a local SMTP server beside it for reader sign-in.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const services = JSON.parse(fs.readFileSync(new URL('./services.json', import.meta.url), 'utf8'))
const PORT = String(services.app.port)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerscope-e2e-'))
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-e2e',
  DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
  PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
  NEXT_PUBLIC_SERVER_URL: `http://localhost:${PORT}`,
  SEED_ADMIN_EMAIL: 'editor@careerscope.test',
  SEED_ADMIN_PASSWORD: 'e2e editor password 2026',
  NEXTAUTH_SECRET: 'e2e-nextauth-secret-0123456789abcdef0123456789',
  AUTH_OIDC_ISSUER: `http://localhost:${services.oidc.port}`,
  AUTH_OIDC_CLIENT_ID: services.oidc.clientId,
  AUTH_OIDC_CLIENT_SECRET: services.oidc.clientSecret,
  AUTH_OIDC_NAME: services.oidc.name,
  EMAIL_SERVER: `smtp://127.0.0.1:${services.mail.smtpPort}`,
  EMAIL_FROM: services.mail.from,
}

function run(label, args) {
  const started = Date.now()
  const result = spawnSync('npx', args, { env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`[e2e server] ${label} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
  console.log(`[e2e server] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

run('next build', ['next', 'build'])
// A brand-new database wants an empty data cache too (the build keeps .next-e2e/cache between runs).
fs.rmSync('.next-e2e/cache/fetch-cache', { recursive: true, force: true })
run('seed', ['node', 'scripts/seed.mjs'])

const helpers = ['oidc-server.mjs', 'mail-server.mjs'].map((file) => spawn(process.execPath, [path.join(import.meta.dirname, file)], { stdio: 'inherit' }))
const server = spawn('npx', ['next', 'start', '-p', PORT], { env, stdio: 'inherit' })
const stop = () => {
  for (const child of [server, ...helpers]) child.kill('SIGTERM')
  fs.rmSync(dir, { recursive: true, force: true })
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
