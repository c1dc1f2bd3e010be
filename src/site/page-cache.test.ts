import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type CachedPage, createPageCache, etagOf } from './page-cache.js'

const page = (body: string, tags: string[], expiresAt = Number.POSITIVE_INFINITY): CachedPage => {
  const buffer = Buffer.from(body)
  return { status: 200, contentType: 'text/html', body: buffer, tags, maxAge: 60, etag: etagOf(buffer), expiresAt }
}

describe('the page cache', () => {
  it('drops exactly the entries carrying an invalidated tag', () => {
    const cache = createPageCache({ maxEntries: 100, maxBytes: 1e6 })
    cache.set('/a', page('a', ['story:1', 'home:uk']))
    cache.set('/b', page('b', ['story:2']))
    cache.set('/c', page('c', ['home:uk', 'story:3']))
    cache.invalidate(['home:uk'])
    expect([cache.has('/a'), cache.has('/b'), cache.has('/c')]).toEqual([false, true, false])
    expect(cache.get('/a')).toBeUndefined()
    cache.invalidate(['story:9'])
    expect(cache.get('/b')?.body.toString()).toBe('b')
    // Stored again after the invalidation: served, though it shows the invalidated tag.
    cache.set('/a', page('a2', ['story:1', 'home:uk']))
    expect(cache.get('/a')?.body.toString()).toBe('a2')
    cache.invalidate(['story:1'])
    expect([cache.has('/a'), cache.has('/b')]).toEqual([false, true])
  })

  it('never serves a stale entry unread for so long that its invalidation was forgotten', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1e6 })
    cache.set('/old', page('old', ['story:1']))
    cache.set('/read', page('read', ['story:2']))
    cache.invalidate(['story:1'])
    for (let i = 0; i < 51_001; i++) {
      cache.invalidate([`story:x${i}`])
      if (i % 500 === 0) cache.get('/read')
    }
    expect(cache.has('/read')).toBe(true)
    expect(cache.has('/old')).toBe(false)
  })

  it('keeps nothing when its memory budget is 0 (PAGE_CACHE_MB=0 turns it off)', () => {
    const cache = createPageCache({ maxEntries: 100, maxBytes: 0 })
    cache.set('/a', page('a', ['home:uk']))
    expect(cache.has('/a')).toBe(false)
    expect(cache.get('/a')).toBeUndefined()
  })

  it('evicts the least recently used entry beyond its entry or byte budget', () => {
    const cache = createPageCache({ maxEntries: 2, maxBytes: 1e6 })
    cache.set('/a', page('a', []))
    cache.set('/b', page('b', []))
    cache.get('/a')
    // Full: a page comes in on its second render (the doorkeeper, below).
    cache.set('/c', page('c', []))
    cache.set('/c', page('c', []))
    expect([cache.has('/a'), cache.has('/b'), cache.has('/c')]).toEqual([true, false, true])
    const small = createPageCache({ maxEntries: 10, maxBytes: 10 })
    small.set('/a', page('x'.repeat(8), []))
    small.set('/b', page('y'.repeat(8), []))
    small.set('/b', page('y'.repeat(8), []))
    expect([small.has('/a'), small.has('/b')]).toEqual([false, true])
  })

  it('once full, takes a page in only when it is rendered again lately, so a walk through the archive cannot push out the pages readers read', () => {
    const cache = createPageCache({ maxEntries: 100, maxBytes: 1e6 })
    for (let i = 0; i < 100; i++) cache.set(`/hot/${i}`, page(`hot ${i}`, []))
    // A crawler asks for 10,000 old pages once each, while readers go on reading the hot ones.
    for (let i = 0; i < 10_000; i++) {
      cache.set(`/old/${i}`, page(`old ${i}`, []))
      cache.get(`/hot/${i % 100}`)
    }
    expect(Array.from({ length: 100 }, (_, i) => cache.has(`/hot/${i}`)).every(Boolean)).toBe(true)
    expect(cache.has('/old/9999')).toBe(false)
    // An old page asked for again soon after is taken in, in place of the least recently used.
    cache.set('/old/9999', page('old 9999', []))
    expect(cache.has('/old/9999')).toBe(true)
    expect(cache.size).toBe(100)
    // Asked for again only after the doorkeeper forgot it (as many refusals as the cache holds pages): refused again.
    cache.set('/old/0', page('old 0', []))
    expect(cache.has('/old/0')).toBe(false)
  })

  it('never takes in a page larger than its whole budget, which would push out every other page', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 10 })
    cache.set('/a', page('x'.repeat(4), []))
    for (let i = 0; i < 3; i++) cache.set('/huge', page('y'.repeat(11), []))
    expect([cache.has('/a'), cache.has('/huge')]).toEqual([true, false])
  })

  it('takes back at its first render a page that left the cache: dropped by a change, pushed out or expired', () => {
    let now = 1000
    const cache = createPageCache({ maxEntries: 2, maxBytes: 1e6, now: () => now })
    cache.set('/home', page('home', ['home:uk']))
    cache.set('/brief', page('brief', [], 2000))
    cache.invalidate(['home:uk'])
    expect(cache.get('/home')).toBeUndefined() // dropped: it showed what changed
    cache.set('/a', page('a', [])) // room for it
    cache.set('/home', page('home, again', ['home:uk'])) // full, but it was here: in, pushing out /brief
    expect([cache.get('/home')?.body.toString(), cache.has('/brief')]).toEqual(['home, again', false])
    cache.set('/brief', page('brief, again', [], 2000)) // pushed out lately: in, in place of /a
    expect([cache.has('/brief'), cache.has('/a')]).toEqual([true, false])
    now = 2000
    expect(cache.get('/brief')).toBeUndefined() // expired
    cache.set('/c', page('c', []))
    cache.set('/brief', page('brief, third', [], 3000))
    expect(cache.get('/brief')?.body.toString()).toBe('brief, third')
    // A page never seen, the cache full: not yet.
    cache.set('/new', page('new', []))
    expect(cache.has('/new')).toBe(false)
  })

  it('does not store a page whose render started before a tag it shows was invalidated', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1e6 })
    const started = cache.begin()
    cache.invalidate(['story:1'])
    cache.set('/stale', page('old', ['story:1']), started)
    expect(cache.has('/stale')).toBe(false)
    cache.set('/fresh', page('new', ['story:1']), cache.begin())
    expect(cache.has('/fresh')).toBe(true)
  })

  it('lets an entry expire after its time to live', () => {
    let now = 1000
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1e6, now: () => now })
    cache.set('/a', page('a', [], 2000))
    expect(cache.get('/a')).toBeDefined()
    now = 2000
    expect(cache.get('/a')).toBeUndefined()
  })

  it('compresses once per encoding the client accepts', () => {
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1e6 })
    const p = page('<p>Новина</p>'.repeat(200), [])
    cache.set('/a', p)
    const br = cache.encoded(p, 'gzip, deflate, br')
    expect(br.encoding).toBe('br')
    expect(brotliDecompressSync(br.body).equals(p.body)).toBe(true)
    expect(cache.encoded(p, 'br').body).toBe(br.body)
    const gz = cache.encoded(p, 'gzip')
    expect(gz.encoding).toBe('gzip')
    expect(gunzipSync(gz.body).equals(p.body)).toBe(true)
    expect(cache.encoded(p, undefined)).toEqual({ body: p.body })
    expect(cache.encoded(page('tiny', []), 'br')).toEqual({ body: Buffer.from('tiny') })
  })
})
