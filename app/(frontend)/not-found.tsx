import { LoadedSuggestions } from '@/components/layout/LoadedSuggestions'
import { NotFoundContent } from '@/components/layout/NotFoundContent'

/**
 * Next renders this boundary into every page's payload, ready for the browser; reading content
 * here would tag every page with the lists it shows, and re-render them all on any publish. Pages
 * without content put the full 404, with suggestions, in their own HTML (MissingPage); this one,
 * which React shows in its place in the browser, loads them there.
 */
export default function NotFound() {
  return <NotFoundContent suggestions={<LoadedSuggestions />} />
}
