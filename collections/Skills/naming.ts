import type { Where } from 'payload'

/** The careers naming a skill: among their core skills or on a roadmap stage. */
export const namingSkill = (skill: number | string): Where => ({
  or: [{ skills: { in: [skill] } }, { 'roadmap.skills': { in: [skill] } }],
})
