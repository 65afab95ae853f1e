/**
 * When two skill texts name the same skill. Editors and the old free-text fields spell one skill
 * many ways ("K8s", "kubernetes ", "Kubernetes"); a skill's key is its name with case, spacing and
 * trailing dots folded, and the aliases below fold the spellings that differ in letters.
 */

/** Spellings that differ from the skill's name by more than case and spacing, keyed by their key. */
export const KNOWN_ALIASES: Readonly<Record<string, string>> = {
  k8s: 'kubernetes',
  js: 'javascript',
  ts: 'typescript',
  golang: 'go',
  postgres: 'postgresql',
  'node.js': 'node',
  nodejs: 'node',
  'ci / cd': 'ci/cd',
  'rest api': 'rest',
  'rest apis': 'rest',
  'rest api design': 'rest',
  'data structures and algorithms': 'dsa',
  ml: 'machine learning',
  'aws cloud': 'aws',
  'amazon web services': 'aws',
  gcp: 'google cloud',
  'google cloud platform': 'google cloud',
}

/** The longest skill name or synonym: a tag, not a sentence. */
export const MAX_SKILL_NAME = 60

/** The key a spelling folds to: lower case, single spaces, no trailing dots, known aliases applied. */
export function skillKey(text: string): string {
  const plain = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.+$/, '')
  return KNOWN_ALIASES[plain] ?? plain
}

/**
 * The terms a free-text skill list names: "Java or Go or Python, DSA" is four. Split on commas,
 * semicolons and "or" — not "and" ("Identity and access" is one skill) nor slashes ("CI/CD").
 */
export function skillTerms(text: string | null | undefined): string[] {
  if (!text) return []
  return text
    .split(/,|;|\bor\b/i)
    .map((term) => term.trim().replace(/[.\s]+$/, ''))
    .filter((term) => term.length > 0)
}

/** Every key a skill answers to: its name's and each synonym's. */
export const keysOf = (skill: { name: string; synonyms?: readonly string[] | null }) => [
  ...new Set([skill.name, ...(skill.synonyms ?? [])].map(skillKey)),
]
