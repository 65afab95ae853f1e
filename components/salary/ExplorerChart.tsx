import { toAnnualAmount } from '@/lib/money'
import { payAxis } from '@/lib/salaries/axis'
import type { ExplorerRow } from '@/lib/salaries/explorer'

const LABEL = 'sm:grid sm:grid-cols-[minmax(12rem,18rem)_1fr] sm:items-center sm:gap-4'

/**
 * The rows of the explorer's page as ranges on one ₹ scale, highest first, in plain HTML: each row
 * names its career and level in full with its figures, then its bar — beside it on wide screens,
 * under it on a phone, so nothing scrolls sideways. Gridlines and the scale's labels sit on the
 * same steps (lib/salaries/axis.ts).
 */
export function ExplorerChart({ rows, caption }: { rows: ExplorerRow[]; caption: string }) {
  const first = rows[0]
  if (!first) return null
  const annual = (row: ExplorerRow, value: number) => toAnnualAmount(value, row.unit)
  const axis = payAxis(Math.max(...rows.map((r) => annual(r, r.max))), first)
  const at = (row: ExplorerRow, value: number) => (annual(row, value) / axis.max) * 100
  const steps = axis.ticks.length - 1
  // One gridline at the end of each step, drawn by the track's own background.
  const grid = {
    backgroundImage:
      'linear-gradient(to right, transparent calc(100% - 1px), var(--color-slate-300) 0)',
    backgroundSize: `${100 / steps}% 100%`,
  }
  const scale = (
    <div className={LABEL} aria-hidden="true">
      <span className="hidden sm:block" />
      <div className="relative h-5 text-xs text-slate-600 tabular-nums">
        {axis.ticks.map((tick, i) => (
          <span
            key={tick.value}
            // On a phone every other step is labelled, so that the labels never touch.
            className={`absolute top-0 whitespace-nowrap ${i % 2 ? 'hidden sm:block' : ''}`}
            style={{
              left: `${tick.percent}%`,
              transform: `translateX(${i === 0 ? '0' : i === steps ? '-100%' : '-50%'})`,
            }}
          >
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  )
  return (
    <figure className="rounded-lg border border-slate-200 p-4" data-testid="explorer-chart">
      <figcaption className="mb-4 text-sm text-slate-600">
        {caption}. Each bar spans a level&apos;s pay range; the dark mark is its median or
        mid-range. Grey bars are illustrative samples, not data; the table below has every figure
        and where it comes from.
      </figcaption>
      {scale}
      <ol className="mt-1 space-y-3 sm:space-y-1.5">
        {rows.map((row) => (
          <li key={`${row.tableId}-${row.level}`} className={LABEL}>
            <p className="text-sm leading-5">
              <a href={row.profileUrl} className="font-medium text-slate-900 hover:underline">
                {row.career}
              </a>{' '}
              <span className="text-slate-600">· {row.levelLabel}</span>
              <span className="block text-slate-700 tabular-nums">
                <strong className="font-semibold">{row.typicalFormatted}</strong>{' '}
                <span className="text-slate-600">({row.band})</span>
              </span>
            </p>
            <div
              className="relative mt-1 h-4 rounded bg-slate-50 sm:mt-0"
              style={grid}
              // The line above says the same in words.
              aria-hidden="true"
            >
              <span
                className={`absolute inset-y-0.5 rounded ${row.illustrative ? 'bg-slate-400' : 'bg-brand-600'}`}
                style={{
                  left: `${at(row, row.min)}%`,
                  width: `max(${at(row, row.max) - at(row, row.min)}%, 2px)`,
                }}
              />
              <span
                className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-slate-900"
                style={{ left: `${at(row, row.typical)}%` }}
              />
            </div>
          </li>
        ))}
      </ol>
      {rows.length > 12 && <div className="mt-2">{scale}</div>}
    </figure>
  )
}
