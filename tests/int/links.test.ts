import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getGuide, getRoleProfile } from '@/lib/content'
import { linkRef } from '@/lib/richTextLinks'
import { seed } from '@/payload/seed/seed'

import { bootPayload, roleData, shutdown } from './helpers'

let payload: Payload

const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

const internalLink = (relationTo: string, id: number | string, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
  children: [text(label)],
})

const paragraphOf = (...children: object[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children,
      },
    ],
  },
})

const roleId = async (slug: string) =>
  (await payload.find({ collection: 'roles', where: { slug: { equals: slug } }, limit: 1 }))
    .docs[0]!.id

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
})

afterAll(async () => {
  await shutdown(payload)
})

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
        body: paragraphOf(
          internalLink('roles', backend, 'backend'),
          internalLink('roles', hidden.id, 'hidden'),
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
      data: { overview: paragraphOf(internalLink('articles', guide.id, 'the guide')) as never },
    })
    const profile = (await getRoleProfile.uncached({ payload }, 'devops-engineer'))!
    expect(profile.links).toEqual({ [linkRef('articles', guide.id)]: '/guides/linking-guide' })
  })
})
