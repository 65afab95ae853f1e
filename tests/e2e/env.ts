/** Shared by the Playwright config, the server script's callers and the tests. */
import services from './services.json' with { type: 'json' }

export const E2E_PORT = services.app.port
/** The same build on Postgres, for the specs that run on both databases (when TEST_POSTGRES_URL is set). */
export const E2E_POSTGRES_PORT = services.app.postgresPort
/** Two instances behind HAProxy (npm run cluster) on Postgres and Redis: the balancer, then each instance. */
export const E2E_CLUSTER_PORT = services.cluster.port
export const FRONT_PURGE_SECRET: string = services.cluster.purgeSecret
export const clusterInstance = (n: 1 | 2) => `http://localhost:${services.cluster.port + n}`
/** The admin the e2e server seeds (SEED_ADMIN_*); specs create writers and editors through it. */
export const E2E_ADMIN = { email: 'admin@careerscope.test', password: 'e2e admin password 2026' }
