import type { LatestSalaryTable } from '@/lib/content/salaryTables'
import { formatDate } from '@/lib/dates'
import {
  confidenceLabel,
  evidenceSignature,
  formatChange,
  isIllustrative,
  isOutOfDate,
  methodLabel,
  sourceLabel,
  yearOnYear,
} from '@/lib/salaries/evidence'

/**
 * A salary table as its evidence note refers to it: which note, about what, and every table that
 * note speaks for (tables with the same evidence share one note and one marker).
 */
export type EvidenceRef = {
  id: string
  marker: number
  title: string
  /** The titles of every table this note speaks for, this one among them. */
  titles: string[]
  table: LatestSalaryTable
}

export function evidenceId(tableId: LatestSalaryTable['id'], scope = ''): string {
  return `evidence-${scope}${tableId}`
}

/**
 * Numbers the evidence notes of the tables a page shows, in the order it shows them; tables whose
 * evidence reads the same (evidenceSignature) share the first one's note.
 */
export function numberEvidence(
  tables: { title: string; table: LatestSalaryTable | null }[],
  scope = '',
  {
    share = true,
  }: {
    /** False where each table's notes are shown apart (a profile's sections, one per market). */
    share?: boolean
  } = {},
): (EvidenceRef | null)[] {
  const groups = new Map<string, { id: string; marker: number; titles: string[] }>()
  let marker = 0
  const grouped = tables.map(({ title, table }) => {
    if (!table) return null
    const signature = (share && evidenceSignature(table)) || `table:${table.id}`
    let group = groups.get(signature)
    if (!group) {
      group = { id: evidenceId(table.id, scope), marker: ++marker, titles: [] }
      groups.set(signature, group)
    }
    group.titles.push(title)
    return { group, title, table }
  })
  return grouped.map((entry) =>
    entry
      ? {
          id: entry.group.id,
          marker: entry.group.marker,
          titles: entry.group.titles,
          title: entry.title,
          table: entry.table,
        }
      : null,
  )
}

/** The footnote marker beside a figure, linking to the note that says where it comes from. */
export function EvidenceMarker({ evidence }: { evidence: Pick<EvidenceRef, 'id' | 'marker'> }) {
  return (
    <sup className="ml-0.5">
      <a
        href={`#${evidence.id}`}
        className="no-underline"
        aria-label={`Where this figure comes from: note ${evidence.marker}`}
      >
        {evidence.marker}
      </a>
    </sup>
  )
}

/** "May be out of date" when the table's last review is more than a year old. */
export function OutOfDateFlag({ lastReviewed, now }: { lastReviewed: string; now: Date }) {
  if (!isOutOfDate(lastReviewed, now)) return null
  return (
    <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">
      May be out of date
    </strong>
  )
}

/**
 * Where a table's figures come from, in full: method, source and its addresses, sample size, the
 * editor's confidence, when it was last reviewed (flagged after a year), how it was made, and the
 * change since the previous year's table.
 */
export function EvidenceNote({
  evidence,
  now,
  sharedMethodology = false,
}: {
  evidence: EvidenceRef
  now: Date
  /** Its "how it was made" is said once for several notes (EvidenceNotes), not here. */
  sharedMethodology?: boolean
}) {
  const { table } = evidence
  const change = yearOnYear(table, table.previous)
  const illustrative = isIllustrative(table.method)
  return (
    <li id={evidence.id} className="scroll-mt-8" data-testid="evidence-note">
      <span className="font-semibold text-slate-900">
        {evidence.marker}. {groupTitle(evidence.titles)}:
      </span>{' '}
      <span className={illustrative ? 'font-semibold text-amber-900' : undefined}>
        {methodLabel(table.method)}
      </span>
      . Source: {table.source}
      {table.sampleSize ? `, ${table.sampleSize.toLocaleString('en-IN')} counted` : ''}. Confidence:{' '}
      {confidenceLabel(table.confidence).toLowerCase()}. Reviewed{' '}
      <time dateTime={table.lastReviewed.slice(0, 10)}>{formatDate(table.lastReviewed)}</time>.
      <OutOfDateFlag lastReviewed={table.lastReviewed} now={now} />
      {change && (
        <span className="mt-1 block">
          Since {change.fromYear}:{' '}
          {change.levels.map((l) => `${l.label} ${formatChange(l.changePercent)}`).join(', ')} (at
          the median where given, else the middle of the band).
        </span>
      )}
      {table.methodology && !sharedMethodology && (
        <span className="mt-1 block">{table.methodology}</span>
      )}
      {!!table.sourceUrls?.length && (
        <span className="mt-1 block">
          Check it:{' '}
          {table.sourceUrls.map((source, i) => (
            <span key={source.id ?? i}>
              {i > 0 && ', '}
              <a href={source.url} rel="noopener nofollow">
                {sourceLabel(source)}
              </a>
            </span>
          ))}
        </span>
      )}
    </li>
  )
}

/**
 * The tables a note speaks for: "Data Engineer, Cloud Engineer (India 2026)" when they share what
 * follows the last comma of their titles, else the titles one after another.
 */
export function groupTitle(titles: string[]): string {
  if (titles.length < 2) return titles[0] ?? ''
  const split = titles.map((title) => {
    const at = title.lastIndexOf(', ')
    return at < 0 ? null : [title.slice(0, at), title.slice(at + 2)]
  })
  const scope = split[0]?.[1]
  if (split.every((part) => part && part[1] === scope)) {
    return `${split.map((part) => part![0]).join(', ')} (${scope})`
  }
  return titles.join('; ')
}

/** "1–11" for a run of notes, else "1, 3, 4". */
function noteNumbers(markers: number[]): string {
  const run = markers.every((m, i) => i === 0 || m === markers[i - 1]! + 1)
  return run && markers.length > 2 ? `${markers[0]}–${markers.at(-1)}` : markers.join(', ')
}

/** The notes for every table a page shows, under a heading screen readers can jump to. */
export function EvidenceNotes({
  notes,
  now,
  id = 'evidence',
  heading: Heading = 'h3',
}: {
  notes: (EvidenceRef | null | undefined)[]
  now: Date
  id?: string
  /** The heading's level where the notes sit (h2 on a page with no section headings above). */
  heading?: 'h2' | 'h3'
}) {
  // One note for every table it speaks for.
  const shown = notes.filter(
    (note, i): note is EvidenceRef =>
      Boolean(note) && notes.findIndex((other) => other?.id === note!.id) === i,
  )
  if (shown.length === 0) return null
  // A method written the same way for several tables is said once, with the notes it belongs to.
  const byMethodology = new Map<string, number[]>()
  for (const note of shown) {
    const text = note.table.methodology?.trim()
    if (text) byMethodology.set(text, [...(byMethodology.get(text) ?? []), note.marker])
  }
  const shared = [...byMethodology].filter(([, markers]) => markers.length > 1)
  const isShared = (note: EvidenceRef) =>
    (byMethodology.get(note.table.methodology?.trim() ?? '')?.length ?? 0) > 1
  return (
    // Named after the tables it explains: a page with two of these has two distinct landmarks.
    <aside
      aria-label={`Where the figures for ${shown.map((n) => groupTitle(n.titles)).join(' and ')} come from`}
      className="mt-6 rounded-lg bg-slate-50 p-4 text-sm"
    >
      <Heading id={`${id}-title`} className="font-semibold text-slate-900">
        Where these figures come from
      </Heading>
      <ol className="mt-2 space-y-2 leading-6 text-slate-700">
        {shown.map((note) => (
          <EvidenceNote
            key={note.id}
            evidence={note}
            now={now}
            sharedMethodology={isShared(note)}
          />
        ))}
      </ol>
      {shared.map(([text, markers]) => (
        <p key={markers.join()} className="mt-3 leading-6 text-slate-700">
          <span className="font-semibold text-slate-900">
            How notes {noteNumbers(markers)} were made:
          </span>{' '}
          {text}
        </p>
      ))}
    </aside>
  )
}
