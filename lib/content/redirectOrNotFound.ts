import { notFound, permanentRedirect } from 'next/navigation'

import { findRedirect } from '.'

/** For a missing page: send the reader on (308) if the address was renamed, else a real 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const target = await findRedirect(path)
  if (target && target !== path) permanentRedirect(target)
  notFound()
}
