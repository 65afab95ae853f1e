import { choices, labelOf } from './choices'

/** Where a career's people work, as profiles describe it. */
export const WORKPLACES = choices({
  product: 'Product company',
  startup: 'Startup',
  'it-services': 'IT services',
  gcc: 'Global capability centre (GCC)',
  agency: 'Consultancy / agency',
})

export function workplaceLabel(value: string): string {
  return labelOf(WORKPLACES, value)
}
