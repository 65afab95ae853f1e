'use client'

import { FieldLabel, TextareaInput, TextInput, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { SEO_LIMITS } from '@/lib/seo/checks'
import { fallbackDescription, fallbackTitle } from '@/lib/seo/fallbacks'

import { useSeoDoc } from './useSeoDoc'

type Props = TextFieldClientProps & { kind: 'title' | 'description' }

/**
 * The SEO title or description: empty means "use the page's own", which is shown as the
 * placeholder, and "Auto-generate" copies exactly that fallback in for the editor to adjust.
 */
export function SeoTextField({ field, path, readOnly, kind }: Props) {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const { collection, doc } = useSeoDoc()
  const fallback =
    kind === 'title' ? fallbackTitle(collection, doc) : fallbackDescription(collection, doc)
  const { min, max } = SEO_LIMITS[kind]
  const Input = kind === 'title' ? TextInput : TextareaInput
  return (
    <div className="cs-seo-field">
      <div className="cs-seo-field__label">
        <FieldLabel label={field.label} path={path} />
        <button
          type="button"
          className="cs-seo-field__generate"
          disabled={readOnly || !fallback}
          onClick={() => setValue(fallback)}
        >
          Auto-generate
        </button>
        {value ? (
          <button
            type="button"
            className="cs-seo-field__generate"
            disabled={readOnly}
            onClick={() => setValue('')}
          >
            Use the page&apos;s own
          </button>
        ) : null}
      </div>
      <Input
        path={path}
        value={value ?? ''}
        onChange={(event: { target: { value: string } }) => setValue(event.target.value)}
        placeholder={fallback}
        readOnly={readOnly}
        showError={showError}
        Error={errorMessage}
      />
      <p className="cs-seo-field__hint">
        {value
          ? `${value.length} characters (aim for ${min}–${max}).`
          : `Empty: the page publishes the text shown above (${fallback.length} characters).`}
      </p>
    </div>
  )
}
