'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Makes a salary-table draft from a career's reader reports for a year, then opens it. */
export function FoldIntoTableButton({
  role,
  year,
  career,
}: {
  role: string
  year: number
  career: string
}) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  async function fold() {
    setBusy(true)
    try {
      const response = await fetch(`${api}/salary-reports/draft-table`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role, year }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        url?: string
        errors?: { message: string }[]
      }
      if (response.ok && body.url) {
        toast.success(`Draft table made for ${career}, ${year}.`)
        router.push(body.url)
        return
      }
      toast.error(body.errors?.[0]?.message ?? 'The draft could not be made.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={fold} margin={false}>
      Create draft table
    </Button>
  )
}
