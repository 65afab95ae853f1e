declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each test file copies: a SQLite file's path, or a Postgres database's name. */
    databaseTemplate: string
  }
}

export {}
