import type { Field } from 'payload'

const seoTextField = (kind: 'title' | 'description') => ({
  Field: {
    path: '/components/admin/seo/SeoTextField#SeoTextField',
    clientProps: { kind },
  },
})

/**
 * The SEO plugin's fields with our admin components: an overview that grades what the page will
 * publish (not just what was typed here), title and description fields whose placeholder is the
 * page's own text, and the plain upload field for the image. The plugin's separate preview is
 * folded into the overview.
 */
export function seoFields(defaultFields: Field[]): Field[] {
  return defaultFields.flatMap((field): Field[] => {
    if (!('name' in field)) return [field]
    switch (field.name) {
      case 'overview':
        return [
          {
            ...field,
            admin: {
              components: { Field: '/components/admin/seo/SeoOverview#SeoOverview' },
            },
          } as Field,
        ]
      case 'title':
      case 'description':
        return [
          {
            ...field,
            label: field.name === 'title' ? 'SEO title' : 'SEO description',
            admin: { components: seoTextField(field.name) },
          } as Field,
        ]
      case 'image':
        return [
          {
            ...field,
            label: 'Share image',
            admin: {
              description:
                'Optional. Empty: careers and comparisons use their generated card, guides their hero image.',
            },
          } as Field,
        ]
      case 'preview':
        return []
      default:
        return [field]
    }
  })
}
