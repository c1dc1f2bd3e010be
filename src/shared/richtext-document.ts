/**
 * The story body: a ProseMirror document (the JSON TipTap produces), limited to what a news story
 * needs. Stored as JSON; only our renderer turns it into HTML.
 */
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } }
  /** A link to another story by id: it follows slug changes and resolves to the reader's language. */
  | { type: 'storyLink'; attrs: { storyId: string } }

export interface TextNode {
  type: 'text'
  text: string
  marks?: Mark[]
}
export interface HardBreak {
  type: 'hardBreak'
}
export type InlineNode = TextNode | HardBreak

export interface Paragraph {
  type: 'paragraph'
  content?: InlineNode[]
}
export interface Heading {
  type: 'heading'
  attrs: { level: 2 | 3 }
  content?: InlineNode[]
}
export interface Blockquote {
  type: 'blockquote'
  /** speakerId names a person topic; attribution is free text ("a resident of Podil"). */
  attrs?: { speakerId?: string | null; attribution?: string | null }
  content: Paragraph[]
}
export interface ListItem {
  type: 'listItem'
  content: (Paragraph | BulletList | OrderedList)[]
}
export interface BulletList {
  type: 'bulletList'
  content: ListItem[]
}
export interface OrderedList {
  type: 'orderedList'
  attrs?: { start?: number }
  content: ListItem[]
}
export interface ImageNode {
  type: 'image'
  attrs: { mediaId: string }
}
export interface Embed {
  type: 'embed'
  attrs: { url: string }
}
export interface HorizontalRule {
  type: 'horizontalRule'
}
export type Block = Paragraph | Heading | Blockquote | BulletList | OrderedList | ImageNode | Embed | HorizontalRule

export interface RichTextDoc {
  type: 'doc'
  content: Block[]
}

export const emptyDoc = (): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] })
