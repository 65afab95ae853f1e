import { toAnnualAmount } from '@/lib/money'
import type { ExplorerRow } from '@/lib/salaries/explorer'

const ROW = 22
const LABEL_WIDTH = 260
const WIDTH = 760
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 20

/**
 * The rows of the explorer's page as ranges on one scale, drawn on the server as SVG. Its text
 * alternative is the table under it, which holds the same figures; each bar also names its own.
 */
export function ExplorerChart({ rows, caption }: { rows: ExplorerRow[]; caption: string }) {
  if (rows.length === 0) return null
  const annual = (row: ExplorerRow, value: number) => toAnnualAmount(value, row.unit)
  const scale = Math.max(...rows.map((r) => annual(r, r.max)), 1)
  const x = (row: ExplorerRow, value: number) =>
    LABEL_WIDTH + (annual(row, value) / scale) * BAR_WIDTH
  const height = rows.length * ROW + 8
  return (
    <figure className="overflow-x-auto rounded-lg border border-slate-200 p-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="explorer-chart-title explorer-chart-desc"
        className="min-w-[36rem] text-slate-700"
      >
        <title id="explorer-chart-title">{caption}</title>
        <desc id="explorer-chart-desc">
          Each bar spans one career level&apos;s salary range, with a mark at its median or
          mid-point. The table below lists the same figures.
        </desc>
        <rect x={LABEL_WIDTH} y={0} width={BAR_WIDTH} height={height} className="fill-slate-50" />
        {rows.map((row, i) => {
          const y = i * ROW + 4
          const label = `${row.career} · ${row.levelLabel}`
          return (
            <g key={`${row.tableId}-${row.level}`}>
              <title>{`${label}: ${row.band}`}</title>
              <text x={0} y={y + 13} fontSize="12" fill="currentColor">
                {label.length > 40 ? `${label.slice(0, 39)}…` : label}
              </text>
              <rect
                x={x(row, row.min)}
                y={y + 3}
                width={Math.max(x(row, row.max) - x(row, row.min), 2)}
                height={12}
                rx={3}
                className={
                  row.method.startsWith('Illustrative') ? 'fill-slate-400' : 'fill-brand-600'
                }
              />
              <rect
                x={x(row, row.typical) - 1}
                y={y}
                width={2}
                height={18}
                className="fill-slate-900"
              />
            </g>
          )
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600">
        {caption}. Grey bars are illustrative samples, not data; the table below has every figure
        and where it comes from.
      </figcaption>
    </figure>
  )
}
