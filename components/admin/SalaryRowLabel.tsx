'use client'

import { useRowLabel } from '@payloadcms/ui'

import { levelInfo } from '@/lib/levels'

type Row = { level?: string | null; min?: number | null; max?: number | null }

/** A collapsed salary row reads "Mid-level · 14–28", not "Level 02". */
export function SalaryRowLabel() {
  const { data, rowNumber } = useRowLabel<Row>()
  const level = data?.level ? levelInfo(data.level)?.label : undefined
  const band = data?.min != null && data?.max != null ? ` · ${data.min}–${data.max}` : ''
  return <span>{level ? `${level}${band}` : `Level ${(rowNumber ?? 0) + 1} (not chosen yet)`}</span>
}
