import { type Choice, choices, labelOf } from '../choices'

/** Scales that profiles rate themselves on, shared by the admin options and the public labels. */
export const RATING = choices({
  low: 'Low',
  moderate: 'Moderate',
  'moderate-high': 'Moderate–high',
  high: 'High',
  'very-high': 'Very high',
})

export const ON_CALL = choices({
  none: 'None',
  occasional: 'Occasional',
  regular: 'Regular',
  heavy: 'Heavy',
})

/** "Very high — every product company hires them", or just the label when there is no note. */
export function describeRating(
  scale: readonly Choice[],
  rated: { level?: string | null; note?: string | null } | null | undefined,
): string | null {
  if (!rated?.level) return null
  const label = labelOf(scale, rated.level)
  return rated.note ? `${label} — ${rated.note}` : label
}
