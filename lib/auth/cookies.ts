/**
 * Production sends next-auth's cookies with `Secure` (and the `__Secure-`/`__Host-` name prefixes),
 * so they never travel over plain HTTP; browsers treat http://localhost as secure, so a local
 * production build still signs in.
 */
export const secureCookies = () => process.env.NODE_ENV === 'production'

export const sessionCookieName = () =>
  `${secureCookies() ? '__Secure-' : ''}next-auth.session-token`
