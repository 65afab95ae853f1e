import type { Choice } from '@/lib/choices'

/** A select's options, one per choice, in the list's order. */
export function Options({ options }: { options: readonly Choice[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ))
}
