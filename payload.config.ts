import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { contentEditor } from './collections/fields/richText'
import { Media } from './collections/Media'
import {
  Bookmarks,
  ReaderAccounts,
  ReaderDigests,
  ReaderNotes,
  ReaderSessions,
  ReportHolds,
  RoadmapProgress,
  VerificationTokens,
} from './collections/ReaderData'
import { Readers } from './collections/Readers'
import { ResourceChecks } from './collections/ResourceChecks'
import { Roles } from './collections/Roles'
import { SalaryReports } from './collections/SalaryReports'
import { SalaryTables } from './collections/SalaryTables'
import { Skills } from './collections/Skills'
import { Users } from './collections/Users'
import { ADMIN_TIME_PATTERN } from './lib/dates'
import {
  adminOrigins,
  PAYLOAD_SECRET_DEV_DEFAULT,
  requiredSecret,
  serverUrl,
} from './lib/platform/env'
import { noteDatabaseOutage } from './lib/platform/server/databaseHealth'
import { databaseAdapter } from './payload/db'
import { jobsConfig } from './payload/jobs/config'
import { onInit } from './payload/onInit'
import { plugins } from './payload/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  csrf: adminOrigins(),
  secret: requiredSecret('PAYLOAD_SECRET', PAYLOAD_SECRET_DEV_DEFAULT),
  admin: {
    user: Users.slug,
    // Gravatar is unreachable offline and leaks staff emails to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    dateFormat: ADMIN_TIME_PATTERN,
    meta: {
      titleSuffix: ' · Careerscope admin',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    components: {
      beforeDashboard: ['/components/admin/EditorsDesk#EditorsDesk'],
      graphics: {
        Logo: '/components/admin/BrandMark#AdminLogo',
        Icon: '/components/admin/BrandMark#AdminIcon',
      },
      views: {
        createFirstUser: { Component: '/components/admin/FirstUserView#FirstUserView' },
      },
    },
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [
    Articles,
    Roles,
    Skills,
    ResourceChecks,
    SalaryTables,
    Authors,
    Media,
    Users,
    Readers,
    SalaryReports,
    ReportHolds,
    Bookmarks,
    RoadmapProgress,
    ReaderNotes,
    ReaderDigests,
    ReaderAccounts,
    ReaderSessions,
    VerificationTokens,
  ],
  editor: contentEditor,
  db: databaseAdapter(),
  jobs: jobsConfig,
  plugins,
  sharp,
  telemetry: false,
  // Refusals, not faults: logged like Payload's own Forbidden and ValidationError. Payload looks the
  // level up by the error's name, but types only its own names.
  loggingLevels: { TooManyLogins: 'info' } as Config['loggingLevels'],
  // An error from an unreachable database marks it down at once, so this very response (REST,
  // GraphQL, the admin) is the branded 503 rather than a 500 until the health check notices.
  hooks: { afterError: [noteDatabaseOutage] },
  onInit,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
