import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import boundaries from 'eslint-plugin-boundaries'
import simpleImportSort from 'eslint-plugin-simple-import-sort'

import { layerPolicies, layers } from './layers.mjs'

/**
 * Next's recommended rules (Core Web Vitals + TypeScript), imports sorted by machine, and nothing that
 * argues with Prettier, which owns formatting. `npm test` fails on any error here.
 */
const config = [
  {
    ignores: [
      // Every build folder: .next, and those of the e2e copies, the cluster and its instances.
      '.next/**',
      '.next-*/**',
      'lighthouse-reports/**',
      'node_modules/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // The layers of the house (layers.mjs; docs/architecture.md): nothing imports a layer above it,
    // and no two files import each other round a circle.
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { boundaries },
    settings: {
      // import/no-cycle follows our own files only: parsing node_modules' type declarations for it
      // cost most of the lint run, and a circle cannot pass through a package.
      'import/ignore': ['node_modules'],
      'boundaries/elements': layers,
      'boundaries/include': [
        'app/**',
        'components/**',
        'blocks/**',
        'collections/**',
        'payload/**',
        'lib/**',
        'payload.config.ts',
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The config imports collections/ and payload/, which import lib/: only Payload's own routes
    // and the server's start (instrumentation.ts) import it; lib/ is handed the client.
    files: ['lib/**', 'components/**', 'collections/**', 'blocks/**', 'payload/**', 'app/**'],
    ignores: ['app/(payload)/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@payload-config', '**/payload.config', '**/payload.config.ts'],
              message:
                'Only Payload’s own routes and instrumentation.ts import the config: use getPayloadClient (lib/platform/payload.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The App Router's root document owns <head> (next/head is the Pages Router's). Next's rule skips
    // any path containing "app/" — the whole checkout when it lives in /app, as in Docker — so an
    // inline disable would be "unused" there and fail the lint: the exemption lives here instead.
    files: ['components/layout/SiteDocument.tsx'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  {
    // Tests read arbitrary JSON from the API and assert on its shape: a wrong guess fails the test.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
]

export default config
