type Props = {
  /** Whether the reader asked for the weekly email. */
  on: boolean
  /** The address it goes to; without one there is nothing to opt in with. */
  email: string | null
  action: (formData: FormData) => Promise<void>
  /** What the last press of the button did ("on", "off" or "refused"), from the address. */
  changed?: string
}

const OUTCOME: Record<string, string> = {
  on: 'Done: the weekly email is on.',
  off: 'Done: no more weekly emails.',
  refused: 'That did not work: your account has no email address.',
}

/** The weekly email of changes to saved pages: opt in, or out, with one button (works without JavaScript). */
export function DigestControls({ on, email, action, changed }: Props) {
  if (!email)
    return (
      <p className="text-slate-700">
        Your sign-in method shared no email address with us, so we cannot email you updates.
      </p>
    )
  return (
    <form action={action} className="space-y-3">
      {changed && Object.hasOwn(OUTCOME, changed) && (
        <p role="status" className="text-sm font-medium text-slate-800">
          {OUTCOME[changed]}
        </p>
      )}
      <p className="text-slate-700">
        {on
          ? `Once a week at most, we email ${email} what changed on your saved pages — salary bands, verdicts, new versions. Nothing is sent in a week with no changes.`
          : 'Get one email a week at most, only when pages you saved change: salary bands that moved, verdicts that changed, new versions.'}
      </p>
      <input type="hidden" name="weeklyDigest" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        className="rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
      >
        {on ? 'Stop the weekly email' : 'Email me a weekly summary'}
      </button>
    </form>
  )
}
