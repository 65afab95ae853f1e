import { DESCRIPTION_MAX, type EffectiveSeo, type ShareImageSource } from './fallbacks'

/**
 * Our rules for what a page publishes, stated in the admin beside each check. Titles are counted
 * without the " · Careerscope" the layout adds; search engines show about the first 60–70
 * characters of the whole, so past 80 the end is usually cut. Descriptions past 160 characters are
 * cut in results, and under 70 rarely say enough to be chosen over the page's own text.
 */
export const SEO_LIMITS = {
  title: { min: 20, max: 80 },
  description: { min: 70, max: DESCRIPTION_MAX },
} as const

export type SeoCheck = { id: 'title' | 'description' | 'image'; pass: boolean; message: string }

const IMAGE_WORDS: Record<ShareImageSource, string> = {
  editor: 'the image chosen here',
  'career-card': "the career's generated share card",
  'comparison-card': "the comparison's generated share card",
  hero: "the guide's hero image",
  'site-card': "the site's general card",
}

export const shareImageWords = (source: ShareImageSource) => IMAGE_WORDS[source]

function lengthCheck(
  id: 'title' | 'description',
  text: string,
  { min, max }: { min: number; max: number },
): SeoCheck {
  const name = id === 'title' ? 'Title' : 'Description'
  const count = `${text.length} characters`
  if (!text) return { id, pass: false, message: `${name} is empty: fill in the page first.` }
  if (text.length < min) {
    return { id, pass: false, message: `${name} is short (${count}; aim for ${min}–${max}).` }
  }
  if (text.length > max) {
    return { id, pass: false, message: `${name} is long (${count}; aim for ${min}–${max}).` }
  }
  return { id, pass: true, message: `${name}: ${count}, within ${min}–${max}.` }
}

/** Grades what the page will publish (lib/seo/fallbacks.ts effectiveSeo), not the empty fields. */
export function seoChecks(seo: EffectiveSeo): SeoCheck[] {
  const image =
    seo.image === 'site-card'
      ? {
          id: 'image' as const,
          pass: false,
          message:
            "Share image: the site's general card. Choose an image here or give the guide a hero image.",
        }
      : { id: 'image' as const, pass: true, message: `Share image: ${IMAGE_WORDS[seo.image]}.` }
  return [
    lengthCheck('title', seo.title, SEO_LIMITS.title),
    lengthCheck('description', seo.description, SEO_LIMITS.description),
    image,
  ]
}
