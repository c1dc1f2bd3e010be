import { assembleBody } from '../richtext/rendered-body.js'
import type { StoryVersion } from '../stories/story.types.js'

/** A version's stored body as HTML, with links to /news/ID and media under /media/: what tests read. */
export const bodyHtmlOf = (v: Pick<StoryVersion, 'renderedBody'>): string =>
  assembleBody(v.renderedBody ?? [], { story: (id) => ({ href: `/news/${id}` }), media: (key) => `/media/${key}` })
