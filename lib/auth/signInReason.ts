import { SITE_PATHS } from '../paths'

/**
 * Why a reader was sent to sign in, from where they will return: the sign-in page's heading says it
 * ("Sign in to add your salary"), so nobody wonders why a page asked for an account.
 */
export function signInReason(destination: string): string {
  const path = destination.split(/[?#]/)[0] ?? ''
  if (destination.endsWith('#roadmap')) return 'Sign in to keep your roadmap progress'
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`)
  if (under(SITE_PATHS.contribute)) return 'Sign in to add your salary'
  if (under(SITE_PATHS.careers) || under(SITE_PATHS.compare) || under('/guides'))
    return 'Sign in to save this page'
  return 'Sign in to Careerscope'
}
