import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react'
import { EMBED_PROVIDER_NAMES, recogniseEmbed } from '../../../src/shared/embeds.js'
import { useI18n } from '../i18n/i18n.js'

/**
 * An embed in the editor as readers will get it: a video provider's player (the same
 * privacy-friendly address the public page uses), or for posts the card the public page shows,
 * with the address. The recognition is the server's own code (src/richtext/embeds.ts).
 */
export function EmbedView({ node, selected }: NodeViewProps) {
  const { t } = useI18n()
  const url = String(node.attrs.url ?? '')
  const embed = recogniseEmbed(url)
  const name = embed ? EMBED_PROVIDER_NAMES[embed.provider] : null
  return (
    <NodeViewWrapper className={selected ? 'story-embed selected' : 'story-embed'} data-drag-handle="">
      <div contentEditable={false}>
        <p className="embed-caption">
          <strong>{name ? t('embed.from', { provider: name }) : t('embed.unknown')}</strong>{' '}
          <a href={url} target="_blank" rel="noreferrer noopener">
            {url}
          </a>
        </p>
        {embed?.playerUrl ? (
          <iframe
            className="embed-player"
            src={embed.playerUrl}
            title={t('embed.player', { provider: name ?? '' })}
            loading="lazy"
            allow="encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
          />
        ) : embed ? (
          <p className="meta">{t('embed.asLink', { provider: name ?? '' })}</p>
        ) : (
          <p className="form-error">{t('embed.notShown')}</p>
        )}
      </div>
    </NodeViewWrapper>
  )
}
