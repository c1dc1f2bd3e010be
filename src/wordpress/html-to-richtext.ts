import { parseDocument } from 'htmlparser2'
import { plainText as docText } from '../richtext/plain-text.js'
import { DOC_LIMITS } from '../richtext/validate.js'
import { emptyDoc, type RichTextDoc } from '../shared/richtext-document.js'
import { BlockWriter } from './autop.js'
import { Converter } from './html-converter.js'
import { fitToLimits } from './richtext-limits.js'

export interface ConvertContext {
  /** Our media id for an image, by its URL (any size variant like -300x200.jpg of an uploads file) or its WordPress attachment id; undefined when not imported. */
  image(ref: { url?: string; attachmentId?: string }): string | undefined
  /** Our story id for a link to another imported post/page (by its href), undefined otherwise. */
  storyFor(href: string): string | undefined
}

export interface LossNote {
  kind: 'table' | 'script' | 'iframe' | 'shortcode' | 'image_missing' | 'embed' | 'element' | 'form' | 'style'
  /** What it was, e.g. `shortcode [contact-form-7 id="5"]`, `iframe https://unknown.example/x`. */
  detail: string
}

export interface Converted {
  doc: RichTextDoc
  /** Each thing with no equivalent in a story, once per post. */
  notes: LossNote[]
  /** Captions of [caption] shortcodes and <figcaption>s, for the image's per-language caption. */
  captions: { mediaId: string; caption: string }[]
  /** The first ~8 words of the text, for a post without a title. */
  firstWords: string
}

const FIRST_WORDS = 8

/**
 * Turns a WordPress post's HTML (classic editor content as stored, before wpautop, or block
 * editor markup) into a story body that validateDocument accepts. What has no equivalent is
 * left out and named in `notes`; no text is dropped without a note.
 */
export function htmlToRichText(html: string, ctx: ConvertContext): Converted {
  const source = html.replace(/\r\n?/g, '\n')
  // Block editor posts are saved as final HTML; WordPress runs wpautop only on classic ones.
  const classic = !/<!--\s*wp:/.test(source)
  const converter = new Converter(ctx, classic)
  const out = new BlockWriter(classic)
  converter.nodes(parseDocument(source).children, Converter.start, out)
  out.flush()
  const fitted = fitToLimits(out.blocks)
  if (fitted.cut) {
    converter.note(
      'element',
      `text past the story size limit (${DOC_LIMITS.maxNodes} nodes, ${DOC_LIMITS.maxTextChars} characters) was cut`,
    )
  }
  const doc: RichTextDoc = { type: 'doc', content: fitted.blocks.length ? fitted.blocks : emptyDoc().content }
  return { doc, notes: [...converter.notes.values()], captions: converter.captions, firstWords: firstWords(doc) }
}

function firstWords(doc: RichTextDoc): string {
  const words: string[] = []
  for (const block of doc.content) {
    words.push(
      ...docText({ type: 'doc', content: [block] })
        .split(/\s+/)
        .filter(Boolean),
    )
    if (words.length >= FIRST_WORDS) break
  }
  return words.slice(0, FIRST_WORDS).join(' ')
}
