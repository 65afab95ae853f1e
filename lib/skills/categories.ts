/** What kind of skill it is: groups a career's skills on its profile and in the admin. */
export const SKILL_CATEGORIES = [
  { label: 'Foundation', value: 'foundation' },
  { label: 'Programming language', value: 'language' },
  { label: 'Library or framework', value: 'framework' },
  { label: 'Platform or cloud', value: 'platform' },
  { label: 'Tool', value: 'tool' },
  { label: 'Practice or method', value: 'practice' },
  { label: 'Domain knowledge', value: 'domain' },
] as const

export type SkillCategory = (typeof SKILL_CATEGORIES)[number]['value']
