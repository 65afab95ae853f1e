import { describe, expect, it } from 'vitest'

import { getCareerProfile, getGuide } from '@/lib/content'
import { linkRef } from '@/lib/content/richTextLinks'
import { internalLinkNode, paragraphState } from '@/payload/seed/lexical'

import { roleData, roleIdBySlug } from './helpers'
import { bootSite, payload } from './site'

bootSite({ demo: true })

const roleId = (slug: string) => roleIdBySlug(payload, slug)

describe('internal links in rich text', () => {
  it('resolve to the public address of published targets only', async () => {
    const backend = await roleId('backend-developer')
    const hidden = await payload.create({
      collection: 'roles',
      data: { ...roleData('Hidden Career'), _status: 'draft' },
      draft: true,
    })
    const guide = await payload.create({
      collection: 'articles',
      data: {
        kind: 'guide',
        title: 'Linking guide',
        slug: 'linking-guide',
        distinction: 'A guide with links.',
        body: paragraphState(
          internalLinkNode('roles', backend, 'backend'),
          internalLinkNode('roles', hidden.id, 'hidden'),
        ) as never,
        _status: 'published',
      },
    })
    const page = (await getGuide.uncached({ payload }, 'linking-guide'))!
    expect(page.links).toEqual({ [linkRef('roles', backend)]: '/careers/backend-developer' })

    // Renamed target: the same read gives its new address.
    await payload.update({ collection: 'roles', id: backend, data: { slug: 'backend-engineer' } })
    const again = (await getGuide.uncached({ payload }, 'linking-guide'))!
    expect(again.links[linkRef('roles', backend)]).toBe('/careers/backend-engineer')
    await payload.update({ collection: 'roles', id: backend, data: { slug: 'backend-developer' } })

    // A career's overview links to the guide: resolved to the guide's address.
    const devops = await roleId('devops-engineer')
    await payload.update({
      collection: 'roles',
      id: devops,
      data: {
        overview: paragraphState(internalLinkNode('articles', guide.id, 'the guide')) as never,
      },
    })
    const profile = (await getCareerProfile.uncached({ payload }, 'devops-engineer'))!
    expect(profile.links).toEqual({ [linkRef('articles', guide.id)]: '/guides/linking-guide' })
  })
})
