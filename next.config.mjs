import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Media is served by Payload from local disk; no remote image hosts are needed (and none are reachable).
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
