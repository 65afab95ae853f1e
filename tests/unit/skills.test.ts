import { describe, expect, it } from 'vitest'

import { SKILL_CATEGORIES } from '@/lib/skills/categories'
import { mergeSkillTexts, skillFinder, spellingClashes } from '@/lib/skills/merge'
import { skillKey, skillTerms } from '@/lib/skills/names'
import { MAX_SKILL_NAME } from '@/lib/skills/names'
import * as rules from '@/lib/skills/resources'
import { careerWithSkills } from '@/payload/seed/careerSkills'
import { roles } from '@/payload/seed/demoContent'
import { skillCatalogue, stageProjects } from '@/payload/seed/skills'

describe('skill spellings', () => {
  it('folds case, spacing, trailing dots and known aliases into one key', () => {
    expect(skillKey('  Kubernetes ')).toBe('kubernetes')
    expect(skillKey('K8s')).toBe('kubernetes')
    expect(skillKey('Node.JS')).toBe('node')
    expect(skillKey('REST API design.')).toBe('rest')
    expect(skillKey('System   design')).toBe('system design')
  })

  it('reads the terms a free text names: commas, semicolons and "or", not "and" or slashes', () => {
    expect(skillTerms('Node.js, Go, Java or Python')).toEqual(['Node.js', 'Go', 'Java', 'Python'])
    expect(skillTerms('Identity and access; CI/CD, TCP/IP')).toEqual([
      'Identity and access',
      'CI/CD',
      'TCP/IP',
    ])
    expect(skillTerms(null)).toEqual([])
  })

  it('merges the spellings of one skill, keeping the first as its name, and reports each merge', () => {
    const { skills, merged } = mergeSkillTexts([
      'Kubernetes, Docker',
      'k8s, kubernetes',
      'Golang or Go',
      null,
    ])
    expect(skills).toEqual([
      { key: 'kubernetes', name: 'Kubernetes', synonyms: ['k8s', 'kubernetes'] },
      { key: 'docker', name: 'Docker', synonyms: [] },
      { key: 'go', name: 'Golang', synonyms: ['Go'] },
    ])
    expect(merged).toEqual(['Kubernetes ← "k8s", "kubernetes"', 'Golang ← "Go"'])
  })

  it('finds a stored skill by any of its spellings, synonyms an editor added included', () => {
    const find = skillFinder([{ id: 1, name: 'Kubernetes', synonyms: ['Kube'] }])
    expect(find('k8s')?.id).toBe(1)
    expect(find(' KUBE ')?.id).toBe(1)
    expect(find('Docker')).toBeNull()
  })

  it('refuses a spelling another skill answers to, naming it', () => {
    const stored = [{ id: 1, name: 'Kubernetes', synonyms: ['Kube'] }]
    expect(spellingClashes({ name: 'kube' }, stored)).toEqual([
      '"Kubernetes" already answers to this spelling; merge the two instead.',
    ])
    expect(spellingClashes({ name: 'Helm', synonyms: ['K8s'] }, stored)).toHaveLength(1)
    // A skill never clashes with itself.
    expect(spellingClashes({ id: 1, name: 'Kubernetes', synonyms: ['Kube'] }, stored)).toEqual([])
    expect(spellingClashes({ name: 'Docker' }, stored)).toEqual([])
  })
})

describe('learning resources', () => {
  it('accepts https addresses only', () => {
    expect(rules.resourceUrlProblem('https://go.dev/tour/')).toBeNull()
    expect(rules.resourceUrlProblem('http://go.dev/tour/')).toMatch(/https/)
    expect(rules.resourceUrlProblem('javascript:alert(1)')).toMatch(/https/)
    expect(rules.resourceUrlProblem('go.dev')).toMatch(/not a web address/)
    expect(rules.resourceUrlProblem('https://user:pw@example.com/')).toMatch(/sign-in/)
    expect(rules.resourceUrlProblem('')).toMatch(/address/)
  })

  it('refuses addresses inside a private network, which the link check must never fetch', () => {
    for (const url of [
      'https://localhost/',
      'https://intranet/docs',
      'https://127.0.0.1/',
      'https://10.0.0.5/',
      'https://172.20.1.1/',
      'https://192.168.1.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://kubernetes.default.svc.internal/',
      'https://[::1]/',
      'https://[fd00::1]/',
    ])
      expect(rules.resourceUrlProblem(url), url).toMatch(/private network/)
    expect(rules.resourceUrlProblem('https://fcbarcelona.com/')).toBeNull()
    expect(rules.resourceUrlProblem('https://172.32.0.1/')).toBeNull()
  })
})

describe('the demo content', () => {
  const stored = skillCatalogue.map((skill, id) => ({ ...skill, id }))

  it('names every skill once in the catalogue, no spelling shared by two skills', () => {
    for (const skill of stored) expect(spellingClashes(skill, stored)).toEqual([])
  })

  it('gives every skill and resource values the schema accepts', () => {
    const values = (list: readonly { value: string }[]) => list.map((choice) => choice.value)
    const resources = [...skillCatalogue.flatMap((s) => s.learn), ...Object.values(stageProjects)]
    for (const skill of skillCatalogue) {
      expect(values(SKILL_CATEGORIES), skill.name).toContain(skill.category)
      expect(skill.name.length, skill.name).toBeLessThanOrEqual(MAX_SKILL_NAME)
    }
    for (const resource of resources) {
      expect(values(rules.RESOURCE_TYPES), resource.title).toContain(resource.type)
      expect(values(rules.RESOURCE_COSTS), resource.title).toContain(resource.cost)
      expect(values(rules.RESOURCE_LANGUAGES), resource.title).toContain(resource.language)
      if (resource.level)
        expect(values(rules.RESOURCE_LEVELS), resource.title).toContain(resource.level)
      expect(resource.hours, resource.title).toBeLessThanOrEqual(rules.MAX_RESOURCE_HOURS)
      expect(resource.title.length, resource.title).toBeLessThanOrEqual(120)
    }
  })

  it.each(roles.map((role) => [role.slug, role] as const))(
    '%s: normalised skills, and at least three resources with hours on every stage',
    (_slug, role) => {
      const { skills, roadmap } = careerWithSkills(role, stored, skillCatalogue)
      expect(skills!.length).toBeGreaterThanOrEqual(3)
      expect(roadmap!.length).toBeGreaterThanOrEqual(3)
      for (const stage of roadmap!) {
        expect(stage.skills!.length, stage.stage).toBeGreaterThan(0)
        expect(stage.resources!.length, stage.stage).toBeGreaterThanOrEqual(3)
        for (const resource of stage.resources!) {
          expect(rules.resourceUrlProblem(resource.url), resource.url).toBeNull()
          expect(resource.hours).toBeGreaterThan(0)
        }
      }
    },
  )
})
