import Link from 'next/link'

import { SITE_PATHS } from '@/lib/paths'

import { Container } from './Container'

const NAV = [
  { href: SITE_PATHS.careers, label: 'Careers' },
  { href: SITE_PATHS.compare, label: 'Compare' },
  { href: SITE_PATHS.search, label: 'Search' },
  { href: SITE_PATHS.account, label: 'Account' },
]

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <Container className="flex items-center justify-between gap-4 py-4">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
          Careerscope
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium text-slate-700">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-brand-700">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </header>
  )
}
