import { type InHand, inHandAmount, inHandText } from '@/lib/salaries/takeHome/band'

/**
 * "≈ ₹1,08,100 a month in hand", linking to the calculator with the figure filled in: a plain link,
 * so that a table of fifty bands adds no client component.
 */
export function InHandNote({
  inHand,
  amountOnly = false,
}: {
  inHand: InHand | null
  /** In a column already headed "In hand a month": the amount alone. */
  amountOnly?: boolean
}) {
  if (!inHand) return null
  return (
    <a
      href={inHand.href}
      className="block text-sm text-slate-600 underline decoration-slate-300 underline-offset-2 hover:text-brand-800"
      data-testid="in-hand"
    >
      {amountOnly ? inHandAmount(inHand) : inHandText(inHand)}
    </a>
  )
}
