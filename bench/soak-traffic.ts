import sharp from 'sharp'
import type { Caller } from '../src/testing/server-process.js'

/** What the server acknowledged (2xx), to check afterwards that none of it was lost. */
export interface Acknowledged {
  creates: { storyId: string; versionId: string }[]
  saves: { versionId: string; revision: number; lead: string }[]
  publishes: { versionId: string }[]
  uploads: { mediaId: string }[]
}

export interface Tally {
  requests: number
  /** "200", "503", "network" (no answer: the server was down) … */
  byStatus: Map<string, number>
  /** "save 409" … per operation and status, for the report. */
  byOperation: Map<string, number>
}

interface OwnStory {
  storyId: string
  versionId: string
  revision: number
  slug: string
  published: boolean
}

const WORDS = ['Київ', 'Львів', 'Харків', 'Одеса', 'рада', 'бюджет', 'енергетика', 'школа', 'лікарня', 'міст', 'вибори', 'театр']
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T

export function createTally(): Tally {
  return { requests: 0, byStatus: new Map(), byOperation: new Map() }
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/**
 * One simulated newsroom member and reader: creates stories, saves them over and over, publishes
 * some, uploads pictures, and reads pages and search in between. Each client writes only its own
 * stories, so every acknowledged save has an exact revision to look for afterwards.
 */
export async function runClient(options: {
  client: number
  base: () => string
  caller: () => Caller
  until: number
  tally: Tally
  acknowledged: Acknowledged
}): Promise<void> {
  const { client, tally, acknowledged } = options
  const stories: OwnStory[] = []
  const pictures = await Promise.all(
    [0, 1, 2].map((i) =>
      sharp({ create: { width: 320 + client * 7 + i, height: 200 + i, channels: 3, background: { r: 40 * i, g: 90, b: 20 * client } } })
        .png()
        .toBuffer(),
    ),
  )
  let n = 0
  const record = (operation: string, status: number | 'network') => {
    tally.requests++
    bump(tally.byStatus, String(status))
    bump(tally.byOperation, `${operation} ${status}`)
  }
  const attempt = async <T>(operation: string, run: () => Promise<{ status: number; value?: T }>): Promise<T | undefined> => {
    try {
      const { status, value } = await run()
      record(operation, status)
      return status < 300 ? value : undefined
    } catch {
      record(operation, 'network')
      await new Promise((resolve) => setTimeout(resolve, 200)) // the server is restarting
      return undefined
    }
  }
  const read = (operation: string, path: string) =>
    attempt(operation, async () => {
      const res = await fetch(`${options.base()}${path}`)
      await res.arrayBuffer()
      return { status: res.status }
    })

  while (Date.now() < options.until) {
    const call = options.caller()
    const roll = Math.random()
    const mine = stories.length > 0 ? pick(stories) : undefined
    if (roll < 0.2) await read('read home', pick(['/', '/en', '/ru']))
    else if (roll < 0.4 && mine?.published) await read('read story', `/news/${mine.slug}-${mine.storyId}`)
    else if (roll < 0.52) await read('search', `/search?q=${encodeURIComponent(pick(WORDS))}`)
    else if (roll < 0.6 || !mine) {
      const headline = `${pick(WORDS)} ${pick(WORDS)}: історія ${client}-${++n}`
      const created = await attempt('create', async () => {
        const res = await call('POST', '/stories', { locale: 'uk', headline, lead: `${pick(WORDS)} ${n}` })
        return { status: res.status, value: res.status === 201 ? await res.json() : undefined }
      })
      const version = created?.versions?.[0]
      if (created && version) {
        stories.push({ storyId: created.story.id, versionId: version.id, revision: version.revision, slug: version.slug, published: false })
        acknowledged.creates.push({ storyId: created.story.id, versionId: version.id })
      }
    } else if (roll < 0.88) {
      const lead = `${pick(WORDS)} ${pick(WORDS)} ${client}-${++n}`
      const saved = await attempt('save', async () => {
        const res = await call('PUT', `/story-versions/${mine.versionId}`, { expectedRevision: mine.revision, lead })
        return { status: res.status, value: res.status === 200 ? await res.json() : undefined }
      })
      if (saved) {
        mine.revision = saved.revision
        acknowledged.saves.push({ versionId: mine.versionId, revision: saved.revision, lead })
      } else await refreshRevision(call, mine) // a save whose answer was lost may have landed
    } else if (roll < 0.94) {
      if (mine.published) continue
      const published = await attempt('publish', async () => {
        const res = await call('POST', `/story-versions/${mine.versionId}/transitions`, { to: 'published' })
        return { status: res.status, value: res.status === 200 ? true : undefined }
      })
      if (published) {
        mine.published = true
        acknowledged.publishes.push({ versionId: mine.versionId })
      }
    } else {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(pick(pictures))], { type: 'image/png' }), `soak-${client}-${n}.png`)
      const uploaded = await attempt('upload', async () => {
        const res = await call('POST', '/media', undefined, form)
        return { status: res.status, value: res.status === 201 ? await res.json() : undefined }
      })
      if (uploaded) acknowledged.uploads.push({ mediaId: uploaded.id })
    }
  }
}

async function refreshRevision(call: Caller, story: OwnStory): Promise<void> {
  try {
    const res = await call('GET', `/stories/${story.storyId}`)
    const version = res.status === 200 ? (await res.json()).versions.find((v: { id: string }) => v.id === story.versionId) : undefined
    if (version) story.revision = version.revision
  } catch {}
}
