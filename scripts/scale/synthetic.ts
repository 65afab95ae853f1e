/**
 * Deterministic synthetic content for the scale benchmark: the same index always gives the same
 * career or article, so two runs measure the same catalogue. Nothing here is real data.
 */
import type { Payload, PayloadRequest } from 'payload'

import { paragraphState } from '@/payload/seed/lexical'
import type { Article, Role, SalaryTable } from '@/payload-types'

const FIELDS = [
  'Payments',
  'Search',
  'Healthcare',
  'Retail',
  'Logistics',
  'Insurance',
  'Gaming',
  'Media',
  'Telecom',
  'Energy',
  'Education',
  'Travel',
  'Food Delivery',
  'Banking',
  'Security',
  'Robotics',
  'Automotive',
  'Agritech',
  'Govtech',
  'Legal',
  'Real Estate',
  'Fashion',
  'Sports',
  'Music',
  'Advertising',
  'Analytics',
  'Aviation',
  'Biotech',
  'Chemicals',
  'Construction',
  'Defence',
  'E-commerce',
  'Fintech',
  'Hospitality',
  'HR Tech',
  'Manufacturing',
  'Mining',
  'Pharma',
  'Shipping',
  'Social',
]
const JOBS = [
  'Backend Engineer',
  'Frontend Engineer',
  'Data Analyst',
  'Data Engineer',
  'ML Engineer',
  'Platform Engineer',
  'QA Engineer',
  'Product Manager',
  'Designer',
  'Security Analyst',
  'Mobile Engineer',
  'Solutions Architect',
  'Support Engineer',
  'Technical Writer',
  'SRE',
  'Business Analyst',
  'Cloud Engineer',
  'Embedded Engineer',
  'Game Developer',
  'Data Scientist',
  'Network Engineer',
  'DBA',
  'Scrum Master',
  'Growth Marketer',
  'Research Scientist',
]
const SKILLS = [
  'SQL',
  'Python',
  'Java',
  'Go',
  'TypeScript',
  'React',
  'Kubernetes',
  'Docker',
  'AWS',
  'Terraform',
  'Linux',
  'Git',
  'Statistics',
  'Spark',
  'Kafka',
  'Figma',
  'User research',
  'Networking',
  'C++',
  'Rust',
  'Testing',
  'CI/CD',
  'System design',
  'Communication',
  'Excel',
  'Tableau',
  'Swift',
  'Kotlin',
  'Security',
  'Machine learning',
]
const LEVELS = ['low', 'moderate', 'moderate-high', 'high', 'very-high'] as const
const ON_CALL = ['none', 'occasional', 'regular', 'heavy'] as const

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function careerTitle(i: number): string {
  const base = `${pick(FIELDS, i)} ${pick(JOBS, Math.floor(i / FIELDS.length))}`
  const round = Math.floor(i / (FIELDS.length * JOBS.length))
  return round ? `${base} ${round + 1}` : base
}

function skills(i: number, count: number): string[] {
  return Array.from({ length: count }, (_, k) => pick(SKILLS, i * 7 + k * 3)).filter(
    (s, k, all) => all.indexOf(s) === k,
  )
}

type SeedTable = Omit<SalaryTable, 'id' | 'title' | 'role' | 'createdAt' | 'updatedAt'>

/** A skill's id by name: the skills are created once, before the careers (skillsIn). */
type SkillIds = ReadonlyMap<string, number | string>

/** Every synthetic skill as a skill document, created in one batch; their ids by name. */
async function skillsIn(payload: Payload, req: PayloadRequest): Promise<SkillIds> {
  const ids = new Map<string, number | string>()
  for (const name of SKILLS) {
    const skill = await payload.create({
      collection: 'skills',
      data: { name, category: 'tool' },
      req,
    })
    ids.set(name, skill.id)
  }
  return ids
}

function career(
  i: number,
  skillIds: SkillIds,
): {
  role: Omit<Role, 'id' | 'createdAt' | 'updatedAt'>
  tables: SeedTable[]
} {
  const idsOf = (names: string[]) => names.map((name) => skillIds.get(name) as number)
  const title = careerTitle(i)
  const base = 3 + (i % 9)
  const rows = (scale: number) =>
    (['fresher', 'mid', 'senior', 'staff'] as const).map((level, k) => ({
      level,
      min: Math.round(base * scale * (1 + k * 1.6)),
      max: Math.round(base * scale * (1 + k * 1.6) * 1.9),
    }))
  const table = (market: 'IN' | 'US', year: number, scale: number): SeedTable => ({
    market,
    year,
    currency: market === 'IN' ? 'INR' : 'USD',
    unit: market === 'IN' ? 'lpa' : 'annual',
    method: 'illustrative',
    confidence: 'low',
    source: 'Synthetic benchmark catalogue',
    lastReviewed: `${year}-06-01`,
    rows: rows(scale),
    _status: 'published',
  })
  return {
    role: {
      title,
      slug: slugOf(title),
      summary: `Synthetic career ${i + 1} for benchmarks: ${title}.`,
      workStyle: pick(['Product-facing', 'Platform-facing', 'Research-led', 'Client-facing'], i),
      skills: idsOf(skills(i, 5)),
      toolbox: skills(i + 11, 4).map((tool) => ({ tool, category: 'Tool' })),
      roadmap: Array.from({ length: 4 }, (_, k) => ({
        stage: `Stage ${k + 1}`,
        description: `What to learn at stage ${k + 1}.`,
        skills: idsOf(skills(i + k * 5, 3)),
        resources: [
          {
            title: `Synthetic course for stage ${k + 1}`,
            url: `https://example.com/learn/${i}/${k}`,
            type: 'course' as const,
            cost: 'free' as const,
            language: 'en' as const,
            hours: 6 + ((i + k) % 5) * 4,
          },
        ],
      })),
      dayToDay: [{ workplace: 'product', description: `A day as a ${title}.` }],
      demand: { level: pick(LEVELS, i) },
      entryDifficulty: { level: pick(LEVELS, i + 2) },
      onCallBurden: { level: pick(ON_CALL, i) },
      careerTracks: [{ track: 'ic', steps: [{ title: `Senior ${title}` }] }],
      _status: 'published',
    },
    // Every career has an Indian table (two years for one in ten); one in five a US table too.
    tables: [
      table('IN', 2026, 1),
      ...(i % 10 === 0 ? [table('IN', 2025, 0.93)] : []),
      ...(i % 5 === 0 ? [table('US', 2026, 9000)] : []),
    ],
  }
}

function article(
  i: number,
  roleIds: (number | string)[],
): Omit<Article, 'id' | 'createdAt' | 'updatedAt'> {
  const publishedAt = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
  // One in five is an editorial comparison of two careers; the rest are guides.
  if (i % 5 === 0 && roleIds.length > 1) {
    const a = (i * 7) % roleIds.length
    const b = (a + 1 + ((i * 13) % (roleIds.length - 1))) % roleIds.length
    return {
      kind: 'comparison',
      title: `Synthetic comparison ${i + 1}`,
      slug: `synthetic-comparison-${i + 1}`,
      distinction: 'A synthetic comparison for benchmarks.',
      comparedRoles: [roleIds[a]!, roleIds[b]!] as number[],
      market: 'IN',
      body: paragraphState(`Body of synthetic comparison ${i + 1}.`),
      publishedAt,
      _status: 'published',
    }
  }
  return {
    kind: 'guide',
    title: `Synthetic guide ${i + 1}: ${pick(SKILLS, i)} for ${pick(JOBS, i)}`,
    slug: `synthetic-guide-${i + 1}`,
    distinction: `How ${pick(SKILLS, i)} matters for a ${pick(JOBS, i)}.`,
    body: paragraphState(
      `Synthetic guide ${i + 1} about ${pick(SKILLS, i)} and ${pick(SKILLS, i + 3)}.`,
    ),
    publishedAt,
    _status: 'published',
  }
}

export const synthetic = { career, article, skillsIn }
