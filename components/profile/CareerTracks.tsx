import type { Role } from '@/payload-types'

const TRACK_LABEL = { ic: 'Individual contributor track', management: 'Management track' } as const

export function CareerTracks({ tracks }: { tracks: Role['careerTracks'] }) {
  if (!tracks?.length) return null
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {tracks.map((track) => (
        <div key={track.id ?? track.track} className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold text-slate-900">{TRACK_LABEL[track.track]}</h3>
          <ol className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
            {(track.steps ?? []).map((step, i) => (
              <li key={step.id ?? step.title} className="flex items-center gap-2">
                {i > 0 && (
                  <span aria-hidden="true" className="text-slate-400">
                    →
                  </span>
                )}
                {step.title}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  )
}
