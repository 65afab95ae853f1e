export const WORKPLACES = [
  { label: 'Product company', value: 'product' },
  { label: 'Startup', value: 'startup' },
  { label: 'IT services', value: 'it-services' },
  { label: 'Global capability centre (GCC)', value: 'gcc' },
  { label: 'Consultancy / agency', value: 'agency' },
] as const

export function workplaceLabel(value: string): string {
  return WORKPLACES.find((w) => w.value === value)?.label ?? value
}
