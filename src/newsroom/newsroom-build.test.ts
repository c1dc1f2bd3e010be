import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newsroomBundleSizes } from './bundle-size.js'
import { NEWSROOM_DIST } from './newsroom-build.js'

describe('the newsroom build', () => {
  it('bundles React’s production build whatever NODE_ENV the builder ran with', () => {
    const scripts = readdirSync(join(NEWSROOM_DIST, 'assets')).filter((f) => f.endsWith('.js'))
    const code = scripts.map((f) => readFileSync(join(NEWSROOM_DIST, 'assets', f), 'utf8')).join('\n')
    expect(code).not.toContain('react-dom.development')
    expect(code).not.toContain('Warning: ')
  })

  it('keeps the first screen and the editor route small (gzipped JS; README "Newsroom" gives the figures)', () => {
    const { firstScreen, editorRoute } = newsroomBundleSizes(NEWSROOM_DIST)
    expect(firstScreen).toBeLessThan(100 * 1024)
    // Every screen's strings load with the first screen (in three languages), so each new screen costs ~1 KB here.
    expect(editorRoute).toBeLessThan(250 * 1024)
  })
})
