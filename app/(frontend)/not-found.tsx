import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">We could not find that page</h1>
      <p className="mt-4 text-slate-700">It may have moved, or it was never published. These are good places to continue:</p>
      <ul className="mt-6 flex justify-center gap-6 font-medium">
        <li><Link href="/careers" className="text-brand-700 hover:underline">Browse careers</Link></li>
        <li><Link href="/compare" className="text-brand-700 hover:underline">Compare careers</Link></li>
      </ul>
    </div>
  )
}
