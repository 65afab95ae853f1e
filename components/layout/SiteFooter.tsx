import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between sm:px-6">
        <p>
          Careerscope — career guidance written and reviewed by editors. Salaries are estimates, not
          offers.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/careers" className="hover:text-brand-700">
            All careers
          </Link>
          <Link href="/compare" className="hover:text-brand-700">
            All comparisons
          </Link>
        </nav>
      </div>
    </footer>
  )
}
