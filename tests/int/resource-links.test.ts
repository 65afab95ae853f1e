import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadDesk } from '@/lib/editorial/desk'
import { checkLink, checkLinks } from '@/lib/editorial/linkCheck'

import { rest, roleData, signedInStaff } from './helpers'
import { bootSite, payload } from './site'

bootSite()

// A local web server standing in for the sites resources point at (this machine has no internet).
let origin: string
const server = http.createServer((request, response) => {
  const reply = (status: number, headers: http.OutgoingHttpHeaders = {}) => {
    response.writeHead(status, headers)
    response.end()
  }
  switch (request.url) {
    case '/ok':
      return reply(200)
    case '/gone':
      return reply(404)
    case '/old':
      return reply(301, { location: '/ok' })
    case '/walled':
      return reply(403)
    case '/no-head':
      return reply(request.method === 'HEAD' ? 405 : 200)
    case '/silent':
      return // never answers
    default:
      return reply(500)
  }
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('checking one address', () => {
  it('tells a live page, a missing one, a moved one and a silent one apart', async () => {
    expect(await checkLink(`${origin}/ok`)).toEqual({ outcome: 'ok', status: 200, location: null })
    expect(await checkLink(`${origin}/gone`)).toEqual({
      outcome: 'dead',
      status: 404,
      location: null,
    })
    expect(await checkLink(`${origin}/old`)).toEqual({
      outcome: 'moved',
      status: 301,
      location: `${origin}/ok`,
    })
    expect(await checkLink(`${origin}/silent`, 300)).toEqual({
      outcome: 'timeout',
      status: null,
      location: null,
    })
  })

  it('asks again with GET when a server refuses HEAD, and calls an unreachable host dead', async () => {
    expect((await checkLink(`${origin}/no-head`)).outcome).toBe('ok')
    // A page behind a sign-in or bot wall is there for readers: not dead.
    expect(await checkLink(`${origin}/walled`)).toEqual({
      outcome: 'ok',
      status: 403,
      location: null,
    })
    expect(await checkLink('https://careerscope-test.invalid/')).toEqual({
      outcome: 'dead',
      status: null,
      location: null,
    })
  })

  it('checks each address once, however many stages list it', async () => {
    const asked: string[] = []
    const results = await checkLinks([`${origin}/ok`, `${origin}/ok`, `${origin}/gone`], (url) => {
      asked.push(url)
      return checkLink(url)
    })
    expect(asked.sort()).toEqual([`${origin}/gone`, `${origin}/ok`])
    expect(results.get(`${origin}/gone`)?.outcome).toBe('dead')
  })
})

describe('the weekly check', () => {
  it("lists a published career's dead resource on the editors' desk, and nothing of a draft's", async () => {
    const resource = (title: string, url: string) => ({
      title,
      url,
      type: 'documentation' as const,
      cost: 'free' as const,
      language: 'en' as const,
      hours: 2,
    })
    const career = (title: string, url: string, status: 'draft' | 'published') =>
      payload.create({
        collection: 'roles',
        data: {
          ...roleData(title),
          roadmap: [{ stage: 'Basics', resources: [resource(`${title} guide`, url)] }],
          _status: status,
        },
        draft: status === 'draft',
      })
    const live = await career('Gone', 'https://gone.careerscope-test.invalid/', 'published')
    await career('Draft', 'https://draft.careerscope-test.invalid/', 'draft')
    await payload.jobs.queue({ task: 'checkResources', input: {} })
    await payload.jobs.run({ queue: 'default' })

    const { docs } = await payload.find({ collection: 'resource-checks' })
    expect(docs.map((d) => [d.url, d.outcome])).toEqual([
      ['https://gone.careerscope-test.invalid/', 'dead'],
    ])
    const { user } = await signedInStaff(payload, 'editor')
    const desk = await loadDesk({ payload, user, now: new Date() })
    const item = desk.broken!.find((i) => i.id === live.id)!
    expect(item.detail).toBe(
      'Career profile · 1 learning resource to fix: "Gone guide" cannot be reached',
    )
  })

  it('is written by the job only: no one may write a check through the API', async () => {
    const { token } = await signedInStaff(payload, 'admin')
    const created = await rest('POST', 'resource-checks', {
      token,
      body: { url: 'https://x.example/', outcome: 'ok', checkedAt: new Date().toISOString() },
    })
    expect(created.status).toBe(403)
    expect((await rest('GET', 'resource-checks')).status).toBe(403)
  })
})
