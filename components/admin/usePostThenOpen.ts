'use client'

import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

/**
 * An admin action: POST JSON to one of our endpoints, then open the document it answers with
 * (`{ url }`), saying so; or show the endpoint's own message when it refuses.
 */
export function usePostThenOpen() {
  const router = useRouter()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  return async (
    path: string,
    body: unknown,
    words: { done: string; failed: string },
  ): Promise<boolean> => {
    const response = await fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as {
      url?: string
      errors?: { message: string }[]
    }
    if (response.ok && answer.url) {
      toast.success(words.done)
      router.push(answer.url)
      return true
    }
    toast.error(answer.errors?.[0]?.message ?? words.failed)
    return false
  }
}
