'use client'

import type { ShownSkill } from '@/lib/skills/refs'

import { useLearnedSkills } from './learnedSkills'
import { useReaderState } from './readerState'

/**
 * Under a roadmap stage: its skills the reader already learned on another career's roadmap ("Already
 * learned on the Backend Developer roadmap: Docker"). A skill learned once counts everywhere.
 */
export function LearnedElsewhere({ roleId, skills }: { roleId: string; skills: ShownSkill[] }) {
  const state = useReaderState('roles', roleId)
  const learned = useLearnedSkills(
    state.status === 'ready' ? 'signed-in' : state.status === 'signed-out' ? 'signed-out' : null,
  )
  const byCareer = new Map<string, string[]>()
  for (const skill of skills) {
    const where = learned[skill.id]
    if (!where || where.roleId === roleId) continue
    byCareer.set(where.career, [...(byCareer.get(where.career) ?? []), skill.name])
  }
  if (byCareer.size === 0) return null
  return (
    <ul className="mt-2 space-y-1 text-sm text-emerald-800" data-testid="learned-elsewhere">
      {[...byCareer].map(([career, names]) => (
        <li key={career}>
          <span aria-hidden="true">✓ </span>Already learned on the {career} roadmap:{' '}
          {names.join(', ')}
        </li>
      ))}
    </ul>
  )
}
