/** Shared by the Playwright config, the server script's callers and the tests. */
import services from './services.json' with { type: 'json' }

export const E2E_PORT = services.app.port
/** The same build on Postgres, for the specs that run on both databases (when TEST_POSTGRES_URL is set). */
export const E2E_POSTGRES_PORT = services.app.postgresPort
export const E2E_EDITOR = { email: 'editor@careerscope.test', password: 'e2e editor password 2026' }
