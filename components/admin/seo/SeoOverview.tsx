'use client'

import { seoChecks, shareImageWords } from '@/lib/seo/checks'
import { effectiveSeo, TITLE_SUFFIX } from '@/lib/seo/fallbacks'

import { useSeoDoc } from './useSeoDoc'

/**
 * Replaces the SEO plugin's overview, which graded only the fields typed here and so called a
 * page with a good generated title "Missing". This one shows and grades what the page will
 * publish: the editor's value where set, otherwise the page's own (lib/seo/fallbacks.ts).
 */
export function SeoOverview() {
  const { collection, doc } = useSeoDoc()
  const seo = effectiveSeo(collection, doc)
  const checks = seoChecks(seo)
  const passing = checks.filter((check) => check.pass).length
  return (
    <div className="cs-seo" data-testid="seo-overview">
      <p className="cs-seo__summary">
        <strong>
          {passing}/{checks.length} checks pass
        </strong>{' '}
        on what this page publishes. Leave a field below empty to use the page&apos;s own.
      </p>
      <ul className="cs-seo__checks">
        {checks.map((check) => (
          <li key={check.id} data-pass={check.pass} data-testid={`seo-check-${check.id}`}>
            <span aria-hidden="true">{check.pass ? '✓' : '!'}</span> {check.message}
          </li>
        ))}
      </ul>
      <figure className="cs-seo__preview" aria-label="Search result preview">
        <div className="cs-seo__preview-title" data-testid="seo-effective-title">
          {seo.title}
          {TITLE_SUFFIX}
        </div>
        <div className="cs-seo__preview-description" data-testid="seo-effective-description">
          {seo.description}
        </div>
        <figcaption>
          Title from {seo.titleFrom === 'editor' ? 'the SEO title below' : 'the page'}; description
          from {seo.descriptionFrom === 'editor' ? 'the SEO description below' : 'the page'}; share
          image: {shareImageWords(seo.image)}.
        </figcaption>
      </figure>
    </div>
  )
}
