import { relationIds } from '../platform/ids'
import { cacheTags } from '../platform/revalidate'
import type { GraphCareer } from '../skills/graph'
import { skillIds } from '../skills/refs'
import { type ContentReader, publicFindAll } from './publicFind'
import { publicRead } from './read'

/**
 * Every published career as the career graph needs it (lib/skills/graph.ts): its skills, its
 * stages' skills and hours, its pins. A few hundred bytes a career, cached whole; refreshed only
 * when a career changes what the graph reads (lib/platform/revalidate.ts, `career-graph`).
 */
export const readCareerGraph = publicRead(
  'career-graph',
  () => [cacheTags.careerGraph],
  async (reader: ContentReader): Promise<GraphCareer[]> => {
    const docs = await publicFindAll(reader, {
      collection: 'roles',
      select: {
        title: true,
        slug: true,
        skills: true,
        roadmap: { stage: true, skills: true, resources: { hours: true } },
        relatedRoles: true,
        excludedRoles: true,
      },
      sort: 'title',
    })
    return docs.map((role) => ({
      id: String(role.id),
      slug: role.slug ?? '',
      title: role.title,
      skills: skillIds(role.skills),
      stages: (role.roadmap ?? []).map((stage) => ({
        name: stage.stage,
        skills: skillIds(stage.skills),
        hours: (stage.resources ?? []).reduce((sum, r) => sum + (r.hours ?? 0), 0),
      })),
      pinned: relationIds(role.relatedRoles),
      excluded: relationIds(role.excludedRoles),
    }))
  },
)
