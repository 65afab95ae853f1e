import { choices } from '../choices'

/** What kind of skill it is: groups skills in the admin. */
export const SKILL_CATEGORIES = choices({
  foundation: 'Foundation',
  language: 'Programming language',
  framework: 'Library or framework',
  platform: 'Platform or cloud',
  tool: 'Tool',
  practice: 'Practice or method',
  domain: 'Domain knowledge',
})

export type SkillCategory = (typeof SKILL_CATEGORIES)[number]['value']
