import type { CareerPay } from '../salaries/careerPay'
import { type CareerListPage, careerListPage, type CareerListQuery } from '../search/careerList'
import { type CareerCard, listCareerCards } from './careers'
import { composedRead } from './read'
import { listCareerPay } from './salaries'

export type CareerList = CareerListPage<CareerCard> & {
  /** The mid-level pay of the careers on this page, by career id. */
  pay: Record<string, CareerPay>
}

/**
 * One page of `/careers` for a view: filtered, ordered and paged in memory from the cached list of
 * careers and their pay (two cached reads, however many careers and whatever the view).
 */
export const getCareerList = composedRead(
  async (read, query: CareerListQuery): Promise<CareerList> => {
    const [careers, pay] = await Promise.all([read(listCareerCards), read(listCareerPay)])
    const page = careerListPage(careers, (career) => pay[String(career.id)]?.annual, query)
    return {
      ...page,
      pay: Object.fromEntries(
        page.careers.flatMap((career) => {
          const found = pay[String(career.id)]
          return found ? [[String(career.id), found]] : []
        }),
      ),
    }
  },
)
