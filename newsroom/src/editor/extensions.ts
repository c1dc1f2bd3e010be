import type { Extensions } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { EmbedView } from './EmbedView.js'
import { QuoteView } from './QuoteView.js'
import { Embed, Quote, storySchemaExtensions } from './schema.js'

/** The schema (schema.ts) plus what only the browser needs: the quote's speaker picker, the embed's preview. */
export function editorExtensions(): Extensions {
  const views: Record<string, Extensions[number]> = {
    blockquote: Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
    embed: Embed.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) }),
  }
  return storySchemaExtensions().map((e) => views[e.name] ?? e)
}
