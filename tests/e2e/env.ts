/** Shared by the Playwright config, the server script's callers and the tests. */
export const E2E_PORT = 3100
export const E2E_EDITOR = { email: 'editor@careerscope.test', password: 'e2e editor password 2026' }
