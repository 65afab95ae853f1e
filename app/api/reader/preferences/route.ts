import { jsonBody, readerJson, readerRoute } from '@/lib/auth/readerRoute'
import { parseThemeChoice } from '@/lib/readers/input'
import { chooseTheme, readerPreferences } from '@/lib/readers/preferences'

/** The signed-in reader's theme, `{ signedIn, theme: { theme, at } }`, so it follows them across devices. */
export const GET = readerRoute(
  async ({ reader, payload }) =>
    readerJson({ signedIn: true, theme: (await readerPreferences(payload, reader.id)).theme }),
  { whenSignedOut: () => readerJson({ signedIn: false }) },
)

/** A theme chosen in the browser: `{ theme, at? }`; the later choice wins. Answers the account's theme. */
export const PUT = readerRoute(async ({ request, reader, payload }) => {
  const { theme, at } = parseThemeChoice(await jsonBody(request))
  return readerJson({ theme: await chooseTheme(payload, reader.id, theme, at) })
})
