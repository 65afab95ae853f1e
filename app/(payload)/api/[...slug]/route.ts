/*
 * Payload's REST API, as create-payload-app generates it, with writes refused when their body is not
 * a JSON object or carries a `$`-prefixed key (lib/platform/server/requestBodies.ts).
 */
import '@payloadcms/next/css'

import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { refusingBadBodies } from '@/lib/platform/server/requestBodies'

export const GET = REST_GET(config)
export const POST = refusingBadBodies(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = refusingBadBodies(REST_PATCH(config))
export const PUT = refusingBadBodies(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
