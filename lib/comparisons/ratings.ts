/** Scales that profiles rate themselves on, shared by the admin options and the public labels. */
export const RATING = [
  { label: 'Low', value: 'low' },
  { label: 'Moderate', value: 'moderate' },
  { label: 'Moderate–high', value: 'moderate-high' },
  { label: 'High', value: 'high' },
  { label: 'Very high', value: 'very-high' },
]

export const ON_CALL = [
  { label: 'None', value: 'none' },
  { label: 'Occasional', value: 'occasional' },
  { label: 'Regular', value: 'regular' },
  { label: 'Heavy', value: 'heavy' },
]

/** "Very high — every product company hires them", or just the label when there is no note. */
export function describeRating(
  scale: readonly { label: string; value: string }[],
  rated: { level?: string | null; note?: string | null } | null | undefined,
): string | null {
  if (!rated?.level) return null
  const label = scale.find((o) => o.value === rated.level)?.label ?? rated.level
  return rated.note ? `${label} — ${rated.note}` : label
}
