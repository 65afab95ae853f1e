import type { Author, Role, SalaryTable } from '@/payload-types'

import { levelInfo } from '../levels'
import { marketInfo } from '../markets'
import { toAnnualAmount } from '../money'
import { rolePath, SITE_PATHS } from '../paths'
import { evidenceLine } from '../salaries/evidence'
import { CODE_SETS } from '../skills/occupationCodes'
import { skillNames } from '../skills/refs'
import type { Crumb } from './breadcrumbs'
import type { SeoDoc } from './fallbacks'
import { absoluteUrl, documentShareImage, SITE_NAME } from './metadata'

type Thing = Record<string, unknown>

export function breadcrumbList(crumbs: Crumb[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href),
    })),
  }
}

export function articleJsonLd(input: {
  headline: string
  description?: string | null
  path: string
  image: string
  authors: Pick<Author, 'name'>[]
  datePublished?: string | null
  dateModified?: string | null
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description ?? undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(input.path) },
    image: [absoluteUrl(input.image)],
    author: input.authors.length
      ? input.authors.map((a) => ({ '@type': 'Person', name: a.name }))
      : [{ '@type': 'Organization', name: SITE_NAME }],
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(SITE_PATHS.home) },
    datePublished: input.datePublished ?? undefined,
    dateModified: input.dateModified ?? undefined,
  }
}

/** What an article page tells search engines: the Article itself and its breadcrumb trail. */
export function articlePageJsonLd(
  article: SeoDoc & {
    title: string
    slug?: string | null
    distinction?: string | null
    publishedAt?: string | null
    updatedAt?: string | null
  },
  page: { path: string; authors: Pick<Author, 'name'>[]; crumbs: Crumb[] },
): Thing[] {
  return [
    articleJsonLd({
      headline: article.title,
      description: article.distinction,
      path: page.path,
      // The same image the page's meta tags name.
      image: documentShareImage('articles', article).url,
      authors: page.authors,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
    }),
    breadcrumbList(page.crumbs),
  ]
}

type OccupationCareer = Pick<Role, 'title' | 'summary' | 'skills' | 'nco2015' | 'isco08'>

/** The official occupation codes a career carries, as schema.org CategoryCodes. */
function occupationalCategory(role: OccupationCareer): Thing[] | undefined {
  const codes = (['nco2015', 'isco08'] as const).flatMap((set) => {
    const code = role[set]
    return code
      ? [
          {
            '@type': 'CategoryCode',
            codeValue: code,
            inCodeSet: { '@type': 'CategoryCodeSet', name: CODE_SETS[set] },
          },
        ]
      : []
  })
  return codes.length > 0 ? codes : undefined
}

/** Whole currency units a year: 2.3 LPA is 230000, not 229999.99999999997. */
const annual = (value: number, unit: SalaryTable['unit']) => Math.round(toAnnualAmount(value, unit))

/**
 * A career as schema.org's Occupation: one MonetaryAmountDistribution per level shown on the page,
 * in whole currency units a year (₹14 LPA is 1,400,000 INR), the market as the location, and each
 * band's evidence (method, source, confidence, review date) as its description.
 */
function occupation(role: OccupationCareer, path: string, tables: SalaryTable[], now: Date): Thing {
  return {
    '@type': 'Occupation',
    name: role.title,
    description: role.summary,
    skills: skillNames(role.skills).join(', ') || undefined,
    occupationalCategory: occupationalCategory(role),
    occupationLocation: [...new Set(tables.map((t) => t.market))].map((code) => ({
      '@type': 'Country',
      name: marketInfo(code)?.label ?? code,
    })),
    estimatedSalary: tables.flatMap((table) =>
      table.rows.map((row) => ({
        '@type': 'MonetaryAmountDistribution',
        name: `${levelInfo(row.level)?.label ?? row.level}, ${marketInfo(table.market)?.label ?? table.market} ${table.year}`,
        description: evidenceLine(table, now),
        currency: table.currency,
        duration: 'P1Y',
        minValue: annual(row.min, table.unit),
        maxValue: annual(row.max, table.unit),
        ...(row.median != null && { median: annual(row.median, table.unit) }),
      })),
    ),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(path) },
  }
}

/** A career profile's Occupation, dated by the review of its first salary table. */
export function occupationJsonLd(
  role: OccupationCareer,
  path: string,
  tables: SalaryTable[],
  now: Date,
): Thing {
  const primary = tables[0]
  const thing = occupation(role, path, tables, now)
  return {
    '@context': 'https://schema.org',
    ...thing,
    mainEntityOfPage: {
      ...(thing.mainEntityOfPage as Thing),
      ...(primary && { lastReviewed: primary.lastReviewed.slice(0, 10) }),
    },
  }
}

/** A generated comparison: a WebPage about two Occupations, said to be generated from our data. */
export function pairPageJsonLd(
  page: { title: string; description: string; path: string; image: string; crumbs: Crumb[] },
  sides: { role: OccupationCareer & { slug?: string | null }; tables: SalaryTable[] }[],
  now: Date,
): Thing[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: page.title,
      description: page.description,
      url: absoluteUrl(page.path),
      image: [absoluteUrl(page.image)],
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(SITE_PATHS.home) },
      creator: { '@type': 'Organization', name: SITE_NAME },
      about: sides.map(({ role, tables }) =>
        occupation(role, rolePath(role.slug ?? ''), tables, now),
      ),
    },
    breadcrumbList(page.crumbs),
  ]
}

/** A career's moves page: an ItemList of the careers it leads to, best first. */
export function movesPageJsonLd(
  page: { title: string; description: string; path: string; crumbs: Crumb[] },
  destinations: { title: string; slug: string }[],
): Thing[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: page.title,
      description: page.description,
      url: absoluteUrl(page.path),
      itemListOrder: 'https://schema.org/ItemListOrderDescending',
      numberOfItems: destinations.length,
      itemListElement: destinations.map((career, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: career.title,
        url: absoluteUrl(rolePath(career.slug)),
      })),
    },
    breadcrumbList(page.crumbs),
  ]
}

/** JSON for a <script> element: `<` escaped so no value can close the element or open a comment. */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
