/**
 * The careers editors compare most: by how many published comparisons name each, then by pay (the
 * typical figure a year, highest first), then by name: what "popular" means wherever the site
 * shows it (getMostCompared in lib/content: the home page, the 404's suggestions).
 */
export function mostCompared<Career extends { id: number | string; title: string }>(
  careers: readonly Career[],
  comparisons: readonly { comparedRoles: readonly { id: number | string }[] }[],
  annualPay: (career: Career) => number | undefined,
): Career[] {
  const count = new Map<string, number>()
  for (const comparison of comparisons) {
    for (const career of comparison.comparedRoles) {
      count.set(String(career.id), (count.get(String(career.id)) ?? 0) + 1)
    }
  }
  const times = (career: Career) => count.get(String(career.id)) ?? 0
  return [...careers].sort(
    (a, b) =>
      times(b) - times(a) ||
      (annualPay(b) ?? -1) - (annualPay(a) ?? -1) ||
      a.title.localeCompare(b.title, 'en'),
  )
}
