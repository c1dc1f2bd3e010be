import type { ReactNode } from 'react'
import type { Block, InlineNode, Mark } from '../../../src/shared/richtext-document.js'
import { useI18n } from '../i18n/i18n.js'
import { LibraryImage } from '../media/library-image.js'
import { nameIn, useTaxonomy } from './taxonomy.js'

/** One mark around a run of text, as the reader would see it (a story link shows as marked text). */
function withMark(mark: Mark, inner: ReactNode): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{inner}</strong>
    case 'italic':
      return <em>{inner}</em>
    case 'link':
      return (
        <a href={mark.attrs.href} target="_blank" rel="noreferrer">
          {inner}
        </a>
      )
    case 'storyLink':
      return <span className="src-story-link">{inner}</span>
  }
}

function Inline({ nodes }: { nodes: InlineNode[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((n, i) =>
        n.type === 'hardBreak' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering, in document order
          <br key={i} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering, in document order
          <span key={i}>{(n.marks ?? []).reduceRight<ReactNode>((inner, m) => withMark(m, inner), n.text)}</span>
        ),
      )}
    </>
  )
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering, in document order
        <SourceBlock key={i} block={b} />
      ))}
    </>
  )
}

/**
 * A body block rendered to read, not to edit: the source column of the translation workspace.
 * Text goes through React (escaped); images and embeds show as what they are, not as JSON.
 */
export function SourceBlock({ block }: { block: Block }) {
  const { t, locale } = useI18n()
  const { topics } = useTaxonomy()
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inline nodes={block.content} />
        </p>
      )
    case 'heading':
      // The column's own title is an h2, so the story's sections sit one level under it.
      return block.attrs.level === 2 ? (
        <h3>
          <Inline nodes={block.content} />
        </h3>
      ) : (
        <h4>
          <Inline nodes={block.content} />
        </h4>
      )
    case 'blockquote': {
      const speaker = block.attrs?.speakerId ? topics.find((x) => x.id === block.attrs?.speakerId) : undefined
      const by = [speaker && nameIn(speaker.names, locale), block.attrs?.attribution].filter(Boolean).join(', ')
      return (
        <blockquote className="src-quote">
          <Blocks blocks={block.content} />
          {by && <p className="src-quote-by">— {by}</p>}
        </blockquote>
      )
    }
    case 'bulletList':
    case 'orderedList': {
      const items = block.content.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering, in document order
        <li key={i}>
          <Blocks blocks={item.content} />
        </li>
      ))
      return block.type === 'bulletList' ? <ul>{items}</ul> : <ol start={block.attrs?.start}>{items}</ol>
    }
    case 'image':
      return (
        <figure className="src-image">
          <LibraryImage id={block.attrs.mediaId} want={480} width={240} alt={t('workspace.image')} />
        </figure>
      )
    case 'embed':
      return (
        <p className="src-embed">
          {t('workspace.embed')}:{' '}
          <a href={block.attrs.url} target="_blank" rel="noreferrer">
            {block.attrs.url}
          </a>
        </p>
      )
    case 'horizontalRule':
      return <hr />
  }
}
