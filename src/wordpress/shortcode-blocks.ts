import { plainText as docText } from '../richtext/plain-text.js'
import type { ImageNode } from '../shared/richtext-document.js'
import { type BlockWriter, collapseSpace } from './autop.js'
import { embedNode } from './embed-markup.js'
import type { Converter, State } from './html-converter.js'
import { plainText } from './html-dom.js'
import type { Piece, Shortcode } from './shortcodes.js'

// Plugin shortcodes that show one provider's post, e.g. [youtube https://…], [su_vimeo url="…"].
const PLAYER = /youtube|vimeo|video|tweet|twitter|instagram|tiktok|telegram/

/**
 * What a shortcode stands for in a story: captioned images, galleries and embeds have one;
 * anything else keeps the text it encloses and is named in a note.
 */
export function convertShortcode(c: Converter, sc: Shortcode, inner: Piece[], state: State, out: BlockWriter): void {
  if (sc.name === 'caption' || sc.name === 'wp_caption') caption(c, sc, inner, state, out)
  else if (sc.name === 'gallery') gallery(c, sc, out)
  else if (sc.name === 'embed') c.embedOrLink(sc.attrs.src ?? sc.attrs.url ?? piecesText(inner), state, out)
  else if (!player(sc, inner, out)) {
    c.note('shortcode', `shortcode ${sc.source}`)
    c.pieces(inner, state, out)
  }
}

function player(sc: Shortcode, inner: Piece[], out: BlockWriter): boolean {
  const embed = PLAYER.test(sc.name) && embedNode(sc.attrs.url ?? sc.attrs.src ?? sc.positional[0] ?? piecesText(inner))
  if (embed) out.block(embed)
  return !!embed
}

/** `[caption id="attachment_12"]<a><img></a> Text[/caption]`; old posts put the text in a caption="" attribute. */
function caption(c: Converter, sc: Shortcode, inner: Piece[], state: State, out: BlockWriter): void {
  const w = c.writer()
  const attachmentId = /\d+/.exec(sc.attrs.id ?? '')?.[0]
  c.pieces(inner, attachmentId ? { ...state, attachmentId } : state, w)
  w.flush()
  const images = w.blocks.filter((b): b is ImageNode => b.type === 'image')
  if (!images[0]) {
    // the image was not imported: its caption is still text the reader saw
    out.add(w.blocks)
    if (sc.attrs.caption) out.text(sc.attrs.caption, state.marks, false)
    out.flush()
    return
  }
  const text = docText({ type: 'doc', content: w.blocks.filter((b) => b.type === 'paragraph') })
  out.add(w.blocks.filter((b) => b.type !== 'paragraph'))
  c.caption(images[0].attrs.mediaId, collapseSpace(`${sc.attrs.caption ?? ''} ${text}`).trim())
}

/** `[gallery ids="1,2,3"]`; a gallery without ids showed whatever was attached to the post, unknown here. */
function gallery(c: Converter, sc: Shortcode, out: BlockWriter): void {
  const ids = (sc.attrs.ids ?? sc.attrs.include ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^\d+$/.test(s))
  if (!ids.length) c.note('shortcode', `shortcode ${sc.source}`)
  for (const attachmentId of ids) c.image({ attachmentId }, out)
}

function piecesText(pieces: Piece[]): string {
  const text = pieces.map((p) => (p.kind === 'text' ? p.text : p.kind === 'node' ? plainText(p.node) : piecesText(p.inner))).join(' ')
  return collapseSpace(text).trim()
}
