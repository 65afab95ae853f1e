import { SiteLink } from '@/components/SiteLink'
import { rolePath } from '@/lib/paths'

/** "Backend Developer career profile →" for each career a comparison compares. */
export function ProfileLinks({
  roles,
}: {
  roles: { id: number | string; title: string; slug?: string | null }[]
}) {
  return (
    <ul className="flex flex-wrap gap-4">
      {roles.map(
        (role) =>
          role.slug && (
            <li key={role.id}>
              <SiteLink
                href={rolePath(role.slug)}
                className="inline-block rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
              >
                {role.title} career profile →
              </SiteLink>
            </li>
          ),
      )}
    </ul>
  )
}
