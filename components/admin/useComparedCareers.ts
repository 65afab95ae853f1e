'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  if (value && typeof value === 'object' && 'value' in value) return idOf(value.value)
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null
}

/**
 * The names of the two careers an article compares, in order, as the editor has them in the
 * form right now (drafts included), so fields can say "DevOps Engineer" instead of "second career".
 */
export function useComparedCareers(): [string | null, string | null] {
  const ids = useFormFields(([fields]) => fields.comparedRoles?.value)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const key = (Array.isArray(ids) ? ids.map(idOf) : []).filter(Boolean).join(',')
  const [names, setNames] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[id][in]': key,
      'select[title]': 'true',
      depth: '0',
      draft: 'true',
      limit: '2',
    })
    fetch(`${api}/roles?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: { id: number | string; title?: string }[] }) =>
        setNames(Object.fromEntries(docs.map((doc) => [String(doc.id), doc.title ?? '']))),
      )
      .catch(() => {})
    return () => controller.abort()
  }, [api, key])
  const [first, second] = key.split(',')
  return [(first && names[first]) || null, (second && names[second]) || null]
}
