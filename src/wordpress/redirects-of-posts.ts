import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { upsertImportedRedirects } from '../redirects/redirect.repository.js'
import { normaliseRedirectPath } from '../redirects/redirect-path.js'
import type { AssembledStory } from './story-groups.js'

/**
 * Every old address of the group's posts answers 301 to its language version here: the permalink
 * (any permalink structure: it is the path WordPress exported, Cyrillic slugs percent-encoded or
 * not), and `?p=<id>` for posts or `?page_id=<id>` for pages. Returns how many were written;
 * a redirect an editor made for the same address is left as it is.
 */
export async function writeRedirects(trx: Kysely<DB>, stories: readonly AssembledStory[], at: string): Promise<number> {
  const redirects: { fromPath: string; storyId: string; locale: string }[] = []
  for (const assembled of stories) {
    for (const m of assembled.members) {
      const paths = new Set<string>()
      const permalink = m.item.link ? normaliseRedirectPath(m.item.link) : undefined
      if (permalink && permalink !== '/') paths.add(permalink)
      // WordPress answers ?p= for pages too.
      for (const param of assembled.story.kind === 'page' ? ['page_id', 'p'] : ['p']) {
        const byId = normaliseRedirectPath(`/?${param}=${m.item.id}`)
        if (byId) paths.add(byId)
      }
      for (const fromPath of paths) redirects.push({ fromPath, storyId: assembled.story.id, locale: m.locale })
    }
  }
  return upsertImportedRedirects(trx, redirects, at)
}
