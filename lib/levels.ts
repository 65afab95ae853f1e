import { choiceOf } from './choices'

/** Career levels a salary row can describe, in the order a career climbs them. */
export const SALARY_LEVELS = [
  { value: 'fresher', label: 'Fresher', experience: '0–2 yrs' },
  { value: 'mid', label: 'Mid-level', experience: '3–5 yrs' },
  { value: 'senior', label: 'Senior / Lead', experience: '6–10 yrs' },
  { value: 'staff', label: 'Staff / Principal', experience: '10+ yrs' },
] as const

export type SalaryLevel = (typeof SALARY_LEVELS)[number]['value']

export function levelRank(level: string): number {
  return SALARY_LEVELS.findIndex((l) => l.value === level)
}

export function levelInfo(level: string) {
  return choiceOf(SALARY_LEVELS, level)
}
