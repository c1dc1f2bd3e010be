import type { Extensions } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { QuoteView } from './QuoteView.js'
import { Quote, storySchemaExtensions } from './schema.js'

/** The schema (schema.ts) plus what only the browser needs: the quote's speaker picker. */
export function editorExtensions(): Extensions {
  const QuoteWithPicker = Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) })
  return storySchemaExtensions().map((e) => (e.name === 'blockquote' ? QuoteWithPicker : e))
}
