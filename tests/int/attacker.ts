import { PERTURBATION_SHARE } from '@/lib/salaries/reports/stats'

/**
 * What an attacker can be sure of about another reader's CTC from published reader figures.
 *
 * Every published figure is computed from moved amounts only — each report version's CTC moved by its
 * own fixed secret share of at most 5 % (lib/salaries/reports/stats.ts) — and the attack tests check that
 * the real figures are exactly that. So we grant the attacker more than any real one could have: the
 * exact moved amount of every other report version they ever see. What that leaves is the interval
 * below: a moved amount is within ±5 % of the CTC. A guess inside it may land close by luck; what the
 * tests check is that nothing lets the attacker know it did.
 */
export class Attacker {
  /** Who → the moved amount of each version of their report the attacker has seen. */
  private seen = new Map<string, Map<string, number>>()

  learn(who: string, version: string, movedAmount: number) {
    const versions = this.seen.get(who) ?? new Map<string, number>()
    versions.set(version, movedAmount)
    this.seen.set(who, versions)
  }

  /** How many versions of one reader's report the attacker has seen: each is one ±5 % look. */
  looks(who: string): number {
    return this.seen.get(who)?.size ?? 0
  }

  /** The values of one reader's CTC consistent with all the attacker saw. */
  range(who: string): { low: number; high: number } {
    let low = 0
    let high = Infinity
    for (const amount of this.seen.get(who)?.values() ?? []) {
      low = Math.max(low, amount / (1 + PERTURBATION_SHARE))
      high = Math.min(high, amount / (1 - PERTURBATION_SHARE))
    }
    return { low, high }
  }
}

/** "₹15.43–17.05 lakh (±5.0 %)", for the attack tests' log. */
export function describeRange({ low, high }: { low: number; high: number }, truth: number) {
  const lakh = (v: number) => (v / 100_000).toFixed(2)
  if (!Number.isFinite(high)) return 'anything: never seen'
  return `₹${lakh(low)}–${lakh(high)} lakh (±${(((high - low) / 2 / truth) * 100).toFixed(1)} %)`
}
