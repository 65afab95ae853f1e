'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { usePostThenOpen } from './usePostThenOpen'

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
  const post = usePostThenOpen()
  const [busy, setBusy] = useState(false)
  async function fold() {
    setBusy(true)
    try {
      await post(
        '/salary-reports/draft-table',
        { role, year },
        {
          done: `Draft table made for ${career}, ${year}.`,
          failed: 'The draft could not be made.',
        },
      )
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
