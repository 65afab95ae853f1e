/**
 * Closed lists of choices: each a stored value and the label people read. One list per idea
 * serves as a select's options in the admin and on forms, as the type of the stored value, and as
 * the words pages print for it.
 */

export type Choice = { readonly value: string; readonly label: string }

/**
 * A list written as `{ value: label }`, in the order it is offered. (Object keys keep the order they
 * were written in, except keys that look like whole numbers: no list of ours has one.)
 */
export function choices<const L extends Record<string, string>>(
  labels: L,
): readonly { readonly value: Extract<keyof L, string>; readonly label: string }[] {
  return (Object.keys(labels) as Extract<keyof L, string>[]).map((value) => ({
    value,
    label: labels[value]!,
  }))
}

/** The choice whose value this is, if the list has one. */
export const choiceOf = <C extends Choice>(list: readonly C[], value: unknown): C | undefined =>
  list.find((choice) => choice.value === value)

export const isChoice = <C extends Choice>(
  list: readonly C[],
  value: unknown,
): value is C['value'] => choiceOf(list, value) !== undefined

/** How a stored value reads; `fallback` (the value itself unless given) when the list lacks it. */
export const labelOf = (
  list: readonly Choice[],
  value: string | null | undefined,
  fallback: string = value ?? '',
): string => choiceOf(list, value)?.label ?? fallback
