'use client'

import { Container } from '@/components/layout/Container'

/**
 * What a reader sees when a page could not be rendered — above all while the database is
 * unreachable (the server then answers 503 with Retry-After; lib/platform/server/unavailable.ts). Never a
 * stack trace: production error details stay in the server log.
 */
export default function PageError({ reset }: { reset: () => void }) {
  return (
    <Container className="py-20">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
        Temporarily unavailable
      </p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">This page could not load just now</h1>
      <p className="mt-4 max-w-2xl text-slate-700">
        Careerscope is having a short outage. Your saved pages and progress are safe. Please try
        again in a minute.
      </p>
      <p className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Try again
        </button>
        {/* A full page load, not a client navigation: the app that failed is left behind. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/"
          className="rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700"
        >
          Home
        </a>
      </p>
    </Container>
  )
}
