import { describe, expect, it } from 'vitest'
import { pageSkeletons, storyPageSkeleton } from './page-skeleton.js'
import { partsFingerprint } from './story-page-parts.js'

const settings = {
  site: { locales: ['uk', 'en', 'ru'], defaultLocale: 'uk' },
  siteUrl: 'https://news.example',
  mediaRoot: '/media',
  timezone: 'Europe/Kyiv',
  cssPath: '/assets/site.0123456789ab.css',
  logoPath: '/assets/logo.0123456789ab.png',
}

describe('a stored page’s skeleton', () => {
  it('is the same bytes whenever and wherever it is made from the same settings', () => {
    const once = storyPageSkeleton(settings, 'uk')
    expect(storyPageSkeleton({ ...settings, site: { ...settings.site } }, 'uk').equals(once)).toBe(true)
    const skeletons = pageSkeletons(settings)
    expect(skeletons('uk').equals(once)).toBe(true)
    expect(skeletons('uk')).toBe(skeletons('uk')) // made once
  })

  it('holds the markup every story page of its language shares, with holes for the chrome', () => {
    const uk = storyPageSkeleton(settings, 'uk').toString('utf8')
    expect(uk).toMatch(/^<!DOCTYPE html><html lang="uk">/)
    for (const shared of [
      '<meta property="og:image:width"',
      '"@type":"NewsArticle"',
      '<link rel="stylesheet" href="/assets/site.0123456789ab.css"/>',
      '<source type="image/avif" srcset="/media/v/',
      'data-name="sections"',
      'data-name="latest"',
      'data-name="footer"',
      'id="read-also"',
    ])
      expect(uk).toContain(shared)
    expect(storyPageSkeleton(settings, 'en').toString('utf8')).toMatch(/^<!DOCTYPE html><html lang="en">/)
  })

  it('changes only with what also changes the pages’ fingerprint, so a page is never read against another skeleton', () => {
    const other = { ...settings, siteUrl: 'https://other.example' }
    expect(storyPageSkeleton(other, 'uk').equals(storyPageSkeleton(settings, 'uk'))).toBe(false)
    expect(partsFingerprint(other)).not.toBe(partsFingerprint(settings))
  })
})
