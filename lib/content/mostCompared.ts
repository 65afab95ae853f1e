import { mostCompared } from '../comparisons/mostCompared'
import type { CareerPay } from '../salaries/careerPay'
import { type ArticleCard, listArticleCards } from './articles'
import { type CareerCard, listCareerCards } from './careers'
import { composedRead } from './read'
import { listCareerPay } from './salaries'

export type MostCompared = {
  /** Every published career, the most compared first (lib/comparisons/mostCompared.ts). */
  careers: CareerCard[]
  /** Published comparisons, newest first. */
  comparisons: ArticleCard[]
  /** Each career's mid-level pay, by career id. */
  pay: Record<string, CareerPay>
}

/**
 * What "popular" means on this site, wherever it is shown (the home page, the 404's suggestions):
 * the careers in the most of our editors' comparisons, then the best paid. Three cached reads.
 */
export const getMostCompared = composedRead(async (read): Promise<MostCompared> => {
  const [careers, comparisons, pay] = await Promise.all([
    read(listCareerCards),
    read(listArticleCards, { kind: 'comparison', limit: 500 }),
    read(listCareerPay),
  ])
  return {
    careers: mostCompared(careers, comparisons, (c) => pay[String(c.id)]?.annual),
    comparisons,
    pay,
  }
})
