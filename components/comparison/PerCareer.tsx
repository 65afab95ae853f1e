import type { ReactNode } from 'react'

type Titled = { id: number | string; title: string }

/** Two careers side by side on wide screens, one after the other on narrow ones, each under its name. */
export function PerCareer<Role extends Titled>({
  roles,
  heading = (role) => role.title,
  children,
}: {
  roles: Role[]
  heading?: (role: Role) => string
  children: (role: Role) => ReactNode
}) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      {roles.map((role) => (
        <div key={role.id} className="min-w-0">
          <h3 className="text-lg font-semibold text-slate-900">{heading(role)}</h3>
          <div className="mt-3">{children(role)}</div>
        </div>
      ))}
    </div>
  )
}
