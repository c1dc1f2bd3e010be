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
    cache.set('/c', page('c', []))
    expect([cache.has('/a'), cache.has('/b'), cache.has('/c')]).toEqual([true, false, true])
    const small = createPageCache({ maxEntries: 10, maxBytes: 10 })
    small.set('/a', page('x'.repeat(8), []))
    small.set('/b', page('y'.repeat(8), []))
    expect([small.has('/a'), small.has('/b')]).toEqual([false, true])
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
