'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { relationId } from '@/lib/platform/ids'

/** One request per pair of careers, however many verdict rows ask. */
const requests = new Map<string, Promise<Record<string, string>>>()

function careerNames(api: string, key: string): Promise<Record<string, string>> {
  const known = requests.get(key)
  if (known) return known
  const query = new URLSearchParams({
    'where[id][in]': key,
    'select[title]': 'true',
    depth: '0',
    draft: 'true',
    limit: '2',
  })
  const request = fetch(`${api}/roles?${query}`, { credentials: 'include' })
    .then((response) => {
      if (!response.ok) throw new Error(`roles: ${response.status}`)
      return response.json()
    })
    .then(({ docs }: { docs: { id: number | string; title?: string }[] }) =>
      Object.fromEntries(docs.map((doc) => [String(doc.id), doc.title ?? ''])),
    )
    .catch(() => {
      requests.delete(key)
      return {}
    })
  requests.set(key, request)
  return request
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
  const key = (Array.isArray(ids) ? ids.map(relationId) : []).filter(Boolean).join(',')
  const [names, setNames] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!key) return
    let current = true
    void careerNames(api, key).then((found) => {
      if (current) setNames(found)
    })
    return () => {
      current = false
    }
  }, [api, key])
  const [first, second] = key.split(',')
  return [(first && names[first]) || null, (second && names[second]) || null]
}
