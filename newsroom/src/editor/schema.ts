import { type Extensions, Mark, mergeAttributes, Node } from '@tiptap/core'
import Blockquote from '@tiptap/extension-blockquote'
import { ListItem } from '@tiptap/extension-list'
import StarterKit from '@tiptap/starter-kit'

/** An attribute kept in a data-* attribute of the editor's HTML (for copy and paste inside the editor). */
const dataAttr = (name: string) => ({
  default: null,
  parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`),
  renderHTML: (attrs: Record<string, unknown>) => {
    const camel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    return attrs[camel] ? { [`data-${name}`]: attrs[camel] } : {}
  },
})

/** A quote holds paragraphs only, and names who said it: a person (speakerId) and/or free-text attribution. */
export const Quote = Blockquote.extend({
  content: 'paragraph+',
  addAttributes() {
    return { speakerId: dataAttr('speaker-id'), attribution: dataAttr('attribution') }
  },
})

/** A list item starts with a paragraph and may hold more paragraphs and nested lists, nothing else. */
export const StoryListItem = ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' })

/** An image from the media library, by id: captions and credit come from the library in each language. */
export const MediaImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { mediaId: dataAttr('media-id') }
  },
  parseHTML: () => [{ tag: 'figure[data-media-id]' }],
  renderHTML: ({ node, HTMLAttributes }) => [
    'figure',
    mergeAttributes(HTMLAttributes, { class: 'story-image' }),
    ['img', { src: `/media/v/${String(node.attrs.mediaId)}/480.jpg`, alt: '' }],
  ],
})

/** A post or video from a known provider, by its address; the server checks the provider. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { url: dataAttr('url') }
  },
  parseHTML: () => [{ tag: 'div[data-url]' }],
  renderHTML: ({ node, HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { class: 'story-embed' }), String(node.attrs.url)],
})

/** A link to another story by id: it follows slug changes and resolves to the reader's language. */
export const StoryLink = Mark.create({
  name: 'storyLink',
  inclusive: false,
  excludes: 'link storyLink',
  addAttributes() {
    return { storyId: dataAttr('story-id') }
  },
  parseHTML: () => [{ tag: 'a[data-story-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['a', mergeAttributes(HTMLAttributes, { class: 'story-link' }), 0],
})

/**
 * Exactly the nodes and marks of the server's rich-text schema (src/richtext/document.ts), no
 * more: what the editor can make, the server accepts. schema.test.ts holds the two together.
 */
export function storySchemaExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      listItem: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] },
    }),
    Quote,
    StoryListItem,
    MediaImage,
    Embed,
    StoryLink,
  ]
}
