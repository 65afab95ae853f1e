/* Payload's GraphQL playground (disabled in production by Payload itself). */
import '@payloadcms/next/css'

import config from '@payload-config'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

export const GET = GRAPHQL_PLAYGROUND_GET(config)
