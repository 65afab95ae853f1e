import { SiteLink } from '@/components/SiteLink'
import { SITE_PATHS } from '@/lib/paths'

import { Container } from './Container'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <Container className="flex flex-col gap-2 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>
          Careerscope — career guidance written and reviewed by editors. Salaries are estimates, not
          offers.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <SiteLink href={SITE_PATHS.careers} className="hover:text-brand-700">
            All careers
          </SiteLink>
          <SiteLink href={SITE_PATHS.compare} className="hover:text-brand-700">
            All comparisons
          </SiteLink>
          <SiteLink href={SITE_PATHS.takeHome} className="hover:text-brand-700">
            Take-home pay
          </SiteLink>
        </nav>
      </Container>
    </footer>
  )
}
