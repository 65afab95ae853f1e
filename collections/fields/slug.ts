import type { Field, FieldHook, TextFieldSingleValidation } from 'payload'

import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from '@/lib/slug'

const fillFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }

type SlugRule = (slug: string) => string | null

const validateSlug =
  (rule?: SlugRule): TextFieldSingleValidation =>
  (value, { data }) => {
    // Drafts may be saved before there is a title to derive a slug from.
    if (!value)
      return (data as { _status?: string })?._status === 'draft'
        ? true
        : 'A slug is required: give the document a title, or type a slug.'
    if (!SLUG_PATTERN.test(value))
      return 'Use lowercase letters, digits and single hyphens only, e.g. "backend-developer".'
    if (value.length > MAX_SLUG_LENGTH)
      return `Keep the slug to ${MAX_SLUG_LENGTH} characters or fewer (it is ${value.length}).`
    return rule?.(value) ?? true
  }

/**
 * The URL segment of a public page: unique, lowercase-kebab, filled from the title when left empty;
 * `rule` adds what a collection's addresses need besides (null when the slug is fine).
 */
export function slugField(sourceField = 'title', rule?: SlugRule): Field {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    validate: validateSlug(rule),
    hooks: { beforeValidate: [fillFromSource(sourceField)] },
    admin: {
      position: 'sidebar',
      description: `The page address. Leave empty to build it from the ${sourceField}; changing it on a published page changes its URL.`,
    },
  }
}
