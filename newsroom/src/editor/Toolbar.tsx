import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useState } from 'react'
import { EMBED_PROVIDER_NAMES, recogniseEmbed } from '../../../src/shared/embeds.js'
import type { MessageKey } from '../i18n/catalogs.js'
import { useI18n } from '../i18n/i18n.js'
import { MediaPicker } from '../media/MediaPicker.js'
import { StoryLinkDialog, UrlDialog } from './Pickers.js'

type Picker = 'link' | 'storyLink' | 'image' | 'embed' | null

/**
 * Inserts an image or embed with a paragraph after it and the caret in that paragraph: writing
 * goes on below the picture (TipTap would leave the picture itself selected, and the next key
 * typed would replace it).
 */
function insertBlockAndContinue(editor: Editor, node: { type: string; attrs: Record<string, string> }) {
  editor.chain().focus().insertContent(node).run()
  const after = editor.state.selection.to // the inserted node is selected: this is just past it
  const next = editor.state.doc.resolve(after).nodeAfter
  const chain = editor.chain()
  if (!(next?.type.name === 'paragraph' && next.content.size === 0)) chain.insertContentAt(after, { type: 'paragraph' })
  // focus(position), not setTextSelection().focus(): a bare focus() in a chain puts back the selection the chain started with.
  chain.focus(after + 1).run()
}

/** The formatting bar: each button names its action and shows whether it is on (aria-pressed); TipTap's shortcuts work too. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const [picker, setPicker] = useState<Picker>(null)
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      quote: e.isActive('blockquote'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link') || e.isActive('storyLink'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
    }),
  })
  const chain = () => editor.chain().focus()
  const button = (label: MessageKey, run: () => void, pressed?: boolean, text?: string) => (
    <button
      type="button"
      // The name starts with the visible glyph (WCAG 2.5.3): "H2 Підзаголовок" can be spoken as seen.
      aria-label={text ? `${text} ${t(label)}` : t(label)}
      title={t(label)}
      aria-pressed={pressed}
      onClick={run}
      onMouseDown={(e) => e.preventDefault()}
    >
      {text ?? t(label)}
    </button>
  )
  const close = () => {
    setPicker(null)
    editor.commands.focus()
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {button('toolbar.h2', () => chain().toggleHeading({ level: 2 }).run(), active.h2, 'H2')}
      {button('toolbar.h3', () => chain().toggleHeading({ level: 3 }).run(), active.h3, 'H3')}
      {button('toolbar.bold', () => chain().toggleBold().run(), active.bold, 'B')}
      {button('toolbar.italic', () => chain().toggleItalic().run(), active.italic, 'I')}
      {button('toolbar.quote', () => chain().toggleBlockquote().run(), active.quote, '“ ”')}
      {button('toolbar.bulletList', () => chain().toggleBulletList().run(), active.bulletList, '•')}
      {button('toolbar.orderedList', () => chain().toggleOrderedList().run(), active.orderedList, '1.')}
      {button('toolbar.link', () => setPicker('link'))}
      {button('toolbar.storyLink', () => setPicker('storyLink'))}
      {active.link && button('toolbar.unlink', () => chain().unsetMark('link').unsetMark('storyLink').run())}
      {button('toolbar.image', () => setPicker('image'))}
      {button('toolbar.embed', () => setPicker('embed'))}
      {button('toolbar.rule', () => chain().setHorizontalRule().run(), undefined, '—')}
      {button('toolbar.undo', () => chain().undo().run(), undefined, '↶')}
      {button('toolbar.redo', () => chain().redo().run(), undefined, '↷')}

      {picker === 'link' && (
        <UrlDialog
          title={t('link.url')}
          initial={active.href}
          onClose={close}
          onPick={(href) => {
            setPicker(null)
            if (!href) chain().unsetMark('link').run()
            else if (editor.state.selection.empty)
              chain()
                .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
                .run()
            else chain().unsetMark('storyLink').setLink({ href }).run()
          }}
        />
      )}
      {picker === 'storyLink' && (
        <StoryLinkDialog
          onClose={close}
          onPick={(story) => {
            setPicker(null)
            const mark = { type: 'storyLink', attrs: { storyId: story.storyId } }
            // With nothing selected, the story's headline becomes the link text.
            if (editor.state.selection.empty)
              chain()
                .insertContent({ type: 'text', text: story.headline, marks: [mark] })
                .run()
            else chain().unsetMark('link').setMark('storyLink', mark.attrs).run()
          }}
        />
      )}
      {picker === 'image' && (
        <MediaPicker
          title={t('image.title')}
          onClose={close}
          onPick={(media) => {
            setPicker(null)
            insertBlockAndContinue(editor, { type: 'image', attrs: { mediaId: media.id } })
          }}
        />
      )}
      {picker === 'embed' && (
        <UrlDialog
          title={t('embed.url')}
          initial=""
          onClose={close}
          check={(url) => (recogniseEmbed(url) ? null : t('embed.refused', { providers: Object.values(EMBED_PROVIDER_NAMES).join(', ') }))}
          onPick={(url) => {
            setPicker(null)
            if (url) insertBlockAndContinue(editor, { type: 'embed', attrs: { url } })
          }}
        />
      )}
    </div>
  )
}
