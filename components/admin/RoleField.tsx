'use client'

import { SelectField, useAuth } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'

/**
 * The staff role. On the create-first-user screen nobody is signed in yet and the server makes
 * that account an admin whatever is chosen, so it says so instead of offering "Writer".
 */
export function RoleField(props: SelectFieldClientProps) {
  const { user } = useAuth()
  if (!user) {
    return (
      <div className="field-type">
        <p className="cs-first-user-role">
          <strong>Role: Admin.</strong> The first account runs the site and adds everyone else.
        </p>
      </div>
    )
  }
  return <SelectField {...props} />
}
