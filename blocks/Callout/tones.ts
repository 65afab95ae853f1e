/** The kinds of callout: one list for the admin's choices and the page's labels and colours. */
export const CALLOUT_TONES = [
  { value: 'tip', label: 'Tip', className: 'border-sky-600 bg-sky-50' },
  { value: 'takeaway', label: 'Key takeaway', className: 'border-emerald-600 bg-emerald-50' },
  { value: 'warning', label: 'Warning', className: 'border-amber-600 bg-amber-50' },
] as const

export type CalloutTone = (typeof CALLOUT_TONES)[number]['value']

export function calloutTone(value: string) {
  return CALLOUT_TONES.find((tone) => tone.value === value) ?? CALLOUT_TONES[0]
}
