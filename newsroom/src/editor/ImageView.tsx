import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react'
import { useI18n } from '../i18n/i18n.js'
import { useMedia } from '../media/library-image.js'
import { mediaName, mediaUrl, variantFor } from '../media/media-labels.js'

/**
 * An image in the editor as the library holds it: the variant that fits the column (small
 * images have only their own width), with its caption and credit, or a clear note when the
 * library no longer has it.
 */
export function ImageView({ node, selected }: NodeViewProps) {
  const { t, locale } = useI18n()
  const id = String(node.attrs.mediaId ?? '')
  const { media, missing } = useMedia(id)
  const variant = media && variantFor(media, 800)
  const text = media?.texts[locale]
  const caption = [text?.caption, media?.credit && t('image.credit', { credit: media.credit })].filter(Boolean).join(' ')
  return (
    <NodeViewWrapper as="figure" className={selected ? 'story-image selected' : 'story-image'} data-media-id={id} data-drag-handle="">
      {variant && media ? (
        <img src={mediaUrl(variant)} alt={mediaName(media, locale)} width={media.width} height={media.height} />
      ) : missing ? (
        <p className="form-error">{t('image.missing', { id })}</p>
      ) : (
        <div className="image-loading" aria-busy="true" />
      )}
      {caption && <figcaption contentEditable={false}>{caption}</figcaption>}
    </NodeViewWrapper>
  )
}
