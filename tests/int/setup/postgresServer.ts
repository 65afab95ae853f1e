import pg from 'pg'

/** The address of database `name` on the test Postgres server (TEST_POSTGRES_URL). */
export function testDatabaseUrl(name: string): string {
  const url = new URL(process.env.TEST_POSTGRES_URL as string)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs one statement on the test server's own database (creating and dropping test databases). */
export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
