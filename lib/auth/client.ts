/**
 * The browser's side of next-auth, without next-auth/react's session machinery (our pages never
 * need the session on the client): fetch a CSRF token, then POST the action and follow the answer.
 */
export type AuthResult = { ok: true; url: string } | { ok: false; message: string }

export async function postToAuth(
  action: string,
  fields: Record<string, string>,
): Promise<AuthResult> {
  try {
    const csrf = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as {
      csrfToken: string
    }
    const response = await fetch(`/api/auth/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, json: 'true' }),
    })
    const body = (await response.json().catch(() => ({}))) as { url?: string; message?: string }
    if (!response.ok || !body.url)
      return { ok: false, message: body.message ?? 'Something went wrong. Please try again.' }
    return { ok: true, url: body.url }
  } catch {
    return {
      ok: false,
      message: 'Could not reach Careerscope. Check your connection and try again.',
    }
  }
}
