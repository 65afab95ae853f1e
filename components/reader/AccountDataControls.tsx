type Props = { deleteAction: (formData: FormData) => Promise<void>; confirmMissing: boolean }

/** Export and erase: the reader's data is theirs to take and to remove. */
export function AccountDataControls({ deleteAction, confirmMissing }: Props) {
  return (
    <div className="space-y-8">
      <div>
        <h3 className="font-semibold text-slate-900">Download your data</h3>
        <p className="mt-1 text-slate-700">
          Everything we store about you — account, sign-in methods, saved pages, notes, progress and
          salary reports — as a JSON file.
        </p>
        <a
          href="/api/reader/export"
          download
          className="mt-3 inline-block rounded-lg border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          Download my data (JSON)
        </a>
      </div>
      <form
        id="delete-account"
        action={deleteAction}
        className="rounded-lg border border-red-200 bg-red-50 p-4"
      >
        <h3 className="font-semibold text-red-900">Delete your account</h3>
        <p className="mt-1 text-red-900">
          This deletes your account, saved pages, notes, roadmap progress and salary reports at once
          (the published salary figures are recomputed without yours). It cannot be undone.
        </p>
        <label className="mt-3 flex items-center gap-2 text-red-900">
          <input type="checkbox" name="confirm" value="delete" required />I understand: delete my
          account and everything in it
        </label>
        {confirmMissing && (
          <p role="alert" className="mt-2 text-sm font-medium text-red-800">
            Tick the box to confirm.
          </p>
        )}
        <button
          type="submit"
          className="mt-3 rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-900"
        >
          Delete my account
        </button>
      </form>
    </div>
  )
}
