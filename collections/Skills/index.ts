import type { CollectionConfig } from 'payload'

import { SKILL_CATEGORIES } from '@/lib/skills/categories'
import { MAX_SKILL_NAME } from '@/lib/skills/names'
import { isPublisherUser } from '@/lib/staff'

import { isPublisher, isStaff } from '../access/roles'
import { readSkills } from './access'
import { refreshWhereShown } from './hooks/refreshWhereShown'
import { refuseDeletingUsedSkill } from './hooks/refuseDeletingUsedSkill'
import { refuseSpellingClashes } from './hooks/refuseSpellingClashes'
import { mergeEndpoint } from './mergeEndpoint'

/**
 * One skill, wherever it is named: careers and their roadmap stages point here, so "K8s" on one
 * profile and "Kubernetes" on another are the same skill, and a skill learned once counts on every
 * roadmap. Readers see a skill once a published career names it (./access.ts).
 */
export const Skills: CollectionConfig = {
  slug: 'skills',
  labels: { singular: 'Skill', plural: 'Skills' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'synonyms', 'updatedAt'],
    listSearchableFields: ['name', 'synonyms'],
    group: 'Content',
    description:
      'Each skill once. Add the other spellings readers and editors use as synonyms ("K8s" for Kubernetes).',
  },
  access: { read: readSkills, create: isStaff, update: isPublisher, delete: isPublisher },
  endpoints: [mergeEndpoint],
  hooks: {
    beforeChange: [refuseSpellingClashes],
    beforeDelete: [refuseDeletingUsedSkill],
    afterChange: [refreshWhereShown],
    afterDelete: [refreshWhereShown],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: MAX_SKILL_NAME,
      admin: { description: 'As readers know it, e.g. "Kubernetes", "System design".' },
    },
    {
      name: 'synonyms',
      type: 'text',
      hasMany: true,
      maxLength: MAX_SKILL_NAME,
      admin: {
        description:
          'Other spellings of the same skill, e.g. "K8s". Case and spacing do not matter.',
      },
    },
    {
      name: 'category',
      type: 'select',
      options: [...SKILL_CATEGORIES],
      // Skills made from old free text have none until an editor sorts them.
      admin: { description: 'Groups skills on profiles and in this list.' },
    },
    { name: 'description', type: 'textarea', maxLength: 300 },
    {
      name: 'merge',
      type: 'ui',
      admin: {
        position: 'sidebar',
        // Editors only: the endpoint refuses anyone else too.
        condition: (_data, _siblings, { user }) => isPublisherUser(user),
        components: { Field: '/components/admin/MergeSkill#MergeSkill' },
      },
    },
  ],
}
