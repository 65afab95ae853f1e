/* Payload's admin shell, as create-payload-app generates it. Keep in step with @payloadcms/next. */
import '@payloadcms/next/css'
import './custom.css'

import config from '@payload-config'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import React from 'react'

import { schedulePublishForEditors } from '@/payload/jobs/schedulePublish'

import { importMap } from './admin/importMap.js'

type Args = {
  children: React.ReactNode
}

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    // Ours: scheduling is publishing, so it is for editors (payload/jobs/schedulePublish.ts).
    serverFunctions: { 'schedule-publish': schedulePublishForEditors },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
