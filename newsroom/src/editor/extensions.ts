import type { Extensions } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { EmbedView } from './EmbedView.js'
import { ImageView } from './ImageView.js'
import { QuoteView } from './QuoteView.js'
import { Embed, MediaImage, Quote, storySchemaExtensions } from './schema.js'

/** The schema (schema.ts) plus what only the browser needs: the quote's speaker picker, how images
 * and embeds look to readers. */
export function editorExtensions(): Extensions {
  const views: Record<string, Extensions[number]> = {
    blockquote: Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
    embed: Embed.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) }),
    image: MediaImage.extend({ addNodeView: () => ReactNodeViewRenderer(ImageView) }),
  }
  return storySchemaExtensions().map((e) => views[e.name] ?? e)
}
