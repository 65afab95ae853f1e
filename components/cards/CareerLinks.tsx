import { SiteLink } from '@/components/SiteLink'
import { rolePath } from '@/lib/paths'

type Linked = { id: number | string; title: string; slug?: string | null }

/**
 * Links to careers' profiles, in a wrapping row: as buttons ("Backend Developer career profile →")
 * under a comparison, as plain links under a profile's related careers.
 */
export function CareerLinks({
  careers,
  look = 'buttons',
}: {
  careers: Linked[]
  look?: 'buttons' | 'links'
}) {
  return (
    <ul className={look === 'buttons' ? 'flex flex-wrap gap-4' : 'flex flex-wrap gap-3'}>
      {careers.map(
        (career) =>
          career.slug && (
            <li key={career.id}>
              <SiteLink
                href={rolePath(career.slug)}
                className={
                  look === 'buttons'
                    ? 'inline-block rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50'
                    : 'font-medium text-brand-700 hover:underline'
                }
              >
                {look === 'buttons' ? `${career.title} career profile →` : career.title}
              </SiteLink>
            </li>
          ),
      )}
    </ul>
  )
}
