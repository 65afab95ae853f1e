import { levelInfo } from '@/lib/levels'
import { formatBand } from '@/lib/money'
import type { SalaryTable } from '@/payload-types'

import { EvidenceMarker, type EvidenceRef } from './Evidence'

export type ChartSeries = {
  label: string
  table: Pick<SalaryTable, 'rows' | 'currency' | 'unit' | 'market'>
  /** The note saying where the series' figures come from. */
  evidence?: Pick<EvidenceRef, 'id' | 'marker'>
}

const SERIES_COLOURS = ['bg-brand-600', 'bg-emerald-600']

/**
 * Salary ranges as horizontal bars on one shared scale, drawn with plain HTML so it needs no client
 * JavaScript; the figures are in the bars' accessible labels and in the table beside the chart.
 */
export function SalaryRangeChart({ series, title }: { series: ChartSeries[]; title: string }) {
  const scaleMax = Math.max(...series.flatMap((s) => s.table.rows.map((r) => r.max)), 1)
  const levels = [...new Set(series.flatMap((s) => s.table.rows.map((r) => r.level)))]
  return (
    <figure aria-label={title} className="rounded-lg border border-slate-200 p-4 sm:p-6">
      <figcaption className="text-sm font-medium text-slate-700">{title}</figcaption>
      {series.length > 1 && (
        <ul className="mt-3 flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.label} className="flex items-center gap-2">
              <span
                className={`inline-block h-3 w-3 rounded-sm ${SERIES_COLOURS[i % SERIES_COLOURS.length]}`}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-4 space-y-4">
        {levels.map((level) => (
          <div key={level}>
            <dt className="text-sm font-medium text-slate-800">
              {levelInfo(level)?.label ?? level}
            </dt>
            {series.map((s, i) => {
              const row = s.table.rows.find((r) => r.level === level)
              if (!row) return null
              const band = formatBand(row.min, row.max, s.table)
              return (
                <dd key={s.label} className="mt-1 flex items-center gap-3">
                  <div
                    className="relative h-4 flex-1 rounded bg-slate-100"
                    role="img"
                    aria-label={`${s.label}: ${band}`}
                  >
                    <div
                      className={`absolute inset-y-0 rounded ${SERIES_COLOURS[i % SERIES_COLOURS.length]}`}
                      style={{
                        left: `${(row.min / scaleMax) * 100}%`,
                        width: `${Math.max(((row.max - row.min) / scaleMax) * 100, 1)}%`,
                      }}
                    />
                  </div>
                  <span className="w-36 shrink-0 text-right text-sm text-slate-700 tabular-nums">
                    {band}
                    {s.evidence && <EvidenceMarker evidence={s.evidence} />}
                  </span>
                </dd>
              )
            })}
          </div>
        ))}
      </dl>
    </figure>
  )
}
