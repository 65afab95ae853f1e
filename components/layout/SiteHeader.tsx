import { SiteLink } from '@/components/SiteLink'
import { SITE_PATHS } from '@/lib/paths'

import { Container } from './Container'
import { ThemeToggle } from './ThemeToggle'

const NAV = [
  { href: SITE_PATHS.careers, label: 'Careers' },
  { href: SITE_PATHS.compare, label: 'Compare' },
  { href: SITE_PATHS.salaries, label: 'Salaries' },
  { href: SITE_PATHS.search, label: 'Search' },
  { href: SITE_PATHS.account, label: 'Account' },
]

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      {/*
        On a phone: the name and the theme on one row, the links under them (two rows, not three), in
        the order they are tabbed through. Wider, the links sit between them; the theme stays second
        in tab order, as a site's utility controls usually come before its main links.
      */}
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3 sm:py-4">
        <SiteLink href="/" className="text-lg font-bold tracking-tight text-brand-900">
          Careerscope
        </SiteLink>
        <div className="sm:order-3">
          <ThemeToggle />
        </div>
        <nav aria-label="Main" className="w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-slate-700">
            {NAV.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href} className="inline-block py-1 hover:text-brand-700">
                  {item.label}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </header>
  )
}
