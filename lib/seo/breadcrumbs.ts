import { comparisonPath, guidePath, movesPath, rolePath, SITE_PATHS } from '../paths'

/** One step of a breadcrumb trail: shown on the page and sent as BreadcrumbList JSON-LD. */
export type Crumb = { name: string; href: string }

const HOME: Crumb = { name: 'Home', href: SITE_PATHS.home }
const CAREERS: Crumb = { name: 'Careers', href: SITE_PATHS.careers }
const COMPARE: Crumb = { name: 'Compare', href: SITE_PATHS.compare }

/** The trail of every kind of page, so that the page and its structured data always agree. */
export const breadcrumbs = {
  careers: (): Crumb[] => [HOME, CAREERS],
  career: (role: { title: string; slug?: string | null }): Crumb[] => [
    HOME,
    CAREERS,
    { name: role.title, href: rolePath(role.slug ?? '') },
  ],
  moves: (role: { title: string; slug?: string | null }): Crumb[] => [
    ...breadcrumbs.career(role),
    { name: 'Where it can lead', href: movesPath(role.slug ?? '') },
  ],
  compare: (): Crumb[] => [HOME, COMPARE],
  comparison: (article: { title: string; slug?: string | null }): Crumb[] => [
    HOME,
    COMPARE,
    { name: article.title, href: comparisonPath(article.slug ?? '') },
  ],
  pair: (title: string, path: string): Crumb[] => [HOME, COMPARE, { name: title, href: path }],
  guide: (article: { title: string; slug?: string | null }): Crumb[] => [
    HOME,
    { name: article.title, href: guidePath(article.slug ?? '') },
  ],
  salaries: (): Crumb[] => [HOME, { name: 'Salaries', href: SITE_PATHS.salaries }],
  takeHome: (): Crumb[] => [
    HOME,
    { name: 'Salaries', href: SITE_PATHS.salaries },
    { name: 'Take-home pay', href: SITE_PATHS.takeHome },
  ],
  search: (): Crumb[] => [HOME, { name: 'Search', href: SITE_PATHS.search }],
}
