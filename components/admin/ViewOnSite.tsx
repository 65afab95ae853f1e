'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { publicPath, rolePath } from '@/lib/paths'

type Live = {
  slug?: string | null
  kind?: string | null
  role?: { slug?: string | null; _status?: string | null } | null
}

/**
 * "View on site" for a published document: the page readers see now, at its live address (which a
 * pending rename has not changed yet). A salary table links to its career's page, when that is live.
 */
export function ViewOnSite() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [path, setPath] = useState<string | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug || !hasPublishedDoc) return
    const controller = new AbortController()
    const isTable = collectionSlug === 'salary-tables'
    const query = new URLSearchParams(
      isTable
        ? { depth: '1', 'select[role]': 'true' }
        : { depth: '0', 'select[slug]': 'true', 'select[kind]': 'true' },
    )
    fetch(`${api}/${collectionSlug}/${id}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((live: Live | null) => {
        if (!live) return
        setPath(
          isTable
            ? live.role?.slug && live.role._status === 'published'
              ? rolePath(live.role.slug)
              : null
            : publicPath(collectionSlug, live),
        )
      })
      .catch(() => {})
    return () => controller.abort()
  }, [api, collectionSlug, hasPublishedDoc, id])
  if (!path) return null
  return (
    <p className="cs-view-on-site">
      <a href={path} target="_blank" rel="noopener">
        View on site ↗
      </a>
    </p>
  )
}
