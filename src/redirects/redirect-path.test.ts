import { describe, expect, it } from 'vitest'
import { hasWordpressIdQuery, normaliseRedirectPath } from './redirect-path.js'

describe('normaliseRedirectPath', () => {
  it('decodes a percent-encoded Cyrillic permalink, in either case of hex, and drops the trailing slash', () => {
    expect(normaliseRedirectPath('/2024/03/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0/')).toBe('/2024/03/новина')
    expect(normaliseRedirectPath('/2024/03/%d0%bd%d0%be%d0%b2%d0%b8%d0%bd%d0%b0')).toBe('/2024/03/новина')
    expect(normaliseRedirectPath('/2024/03/новина/')).toBe('/2024/03/новина')
  })

  it('keeps only the path of a full URL, whatever the host, and reads it the same as the path', () => {
    expect(normaliseRedirectPath('https://old.example.com/2024/03/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0/')).toBe('/2024/03/новина')
    expect(normaliseRedirectPath('HTTP://Old.Example.com/2024/03/новина/?utm_source=x#comments')).toBe('/2024/03/новина')
    expect(normaliseRedirectPath('https://old.example.com')).toBe('/')
  })

  it('lower-cases (Cyrillic too), composes to NFC and collapses repeated slashes', () => {
    expect(normaliseRedirectPath('/2024//03///Новина-Дня/')).toBe('/2024/03/новина-дня')
    expect(normaliseRedirectPath('/Category/News/')).toBe('/category/news')
    // й typed as и + combining breve is the same letter once composed.
    expect(normaliseRedirectPath('/i\u0306-novyny'.replace('i', 'и'))).toBe('/й-novyny')
    expect(normaliseRedirectPath('//')).toBe('/')
  })

  it('reads + in a path as a plus, as %2B is, never as a space', () => {
    expect(normaliseRedirectPath('/c++-tips/')).toBe('/c++-tips')
    expect(normaliseRedirectPath('/c%2B%2B-tips')).toBe('/c++-tips')
    expect(normaliseRedirectPath('/two%20words')).toBe('/two words')
  })

  it('keeps dated permalinks and .html endings as they are', () => {
    expect(normaliseRedirectPath('/2023/11/24/kyiv-news.html')).toBe('/2023/11/24/kyiv-news.html')
    expect(normaliseRedirectPath('/archives/123/')).toBe('/archives/123')
  })

  it('drops the query and fragment except WordPress’s ?p=, ?page_id= and ?attachment_id= with a number, kept alone', () => {
    expect(normaliseRedirectPath('/news/?utm_source=facebook&fbclid=abc')).toBe('/news')
    expect(normaliseRedirectPath('/?p=12&foo=1')).toBe('/?p=12')
    expect(normaliseRedirectPath('/?foo=1&p=12')).toBe('/?p=12')
    expect(normaliseRedirectPath('/?page_id=45')).toBe('/?page_id=45')
    expect(normaliseRedirectPath('/?attachment_id=7')).toBe('/?attachment_id=7')
    expect(normaliseRedirectPath('https://old.example.com/?p=012')).toBe('/?p=12')
    expect(normaliseRedirectPath('/index.php?p=12')).toBe('/index.php?p=12')
    expect(normaliseRedirectPath('/?p=12&page_id=3')).toBe('/?p=12')
    expect(normaliseRedirectPath('/?p=abc')).toBe('/')
    expect(normaliseRedirectPath('/?p=')).toBe('/')
    expect(normaliseRedirectPath('/#p=12')).toBe('/')
  })

  it('refuses what cannot be an address: empty, relative, other schemes, broken escapes, control characters, too long', () => {
    for (const raw of ['', '   ', 'news/old', 'ftp://old.example.com/x', 'javascript:alert(1)', '/bad%E0%A4', '/%zz', '/a%00b', '/a\nb']) {
      expect(normaliseRedirectPath(raw), JSON.stringify(raw)).toBeUndefined()
    }
    expect(normaliseRedirectPath(`/${'a'.repeat(1999)}`)).toHaveLength(2000)
    expect(normaliseRedirectPath(`/${'a'.repeat(2000)}`)).toBeUndefined()
    expect(normaliseRedirectPath(`/${'%D0%BD'.repeat(999)}`)).toHaveLength(1000) // long encoded, short decoded: kept
  })

  it('says which home-page queries name a WordPress item', () => {
    expect(hasWordpressIdQuery({ p: '12' })).toBe(true)
    expect(hasWordpressIdQuery({ page_id: '3', utm: 'x' })).toBe(true)
    expect(hasWordpressIdQuery({ page: '2' })).toBe(false)
  })
})
