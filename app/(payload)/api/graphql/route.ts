/*
 * Payload's GraphQL API, as create-payload-app generates it, with requests refused when their body
 * is not a JSON object or carries a `$`-prefixed key anywhere, variables included
 * (lib/platform/server/requestBodies.ts).
 */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refusingBadBodies } from '@/lib/platform/server/requestBodies'

export const POST = refusingBadBodies(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
