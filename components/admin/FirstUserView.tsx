import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'

import { AdminLogo } from './BrandMark'

/**
 * Payload's create-first-user screen with the Careerscope mark above it, as the login screen has:
 * the first person to open a new install should know whose admin this is. Payload gives that screen
 * no logo slot, so this view wraps it (admin.components.views.createFirstUser).
 */
export function FirstUserView(props: AdminViewServerProps) {
  return (
    <>
      <div className="cs-first-user__brand">
        <AdminLogo />
      </div>
      <CreateFirstUserView {...props} />
    </>
  )
}
