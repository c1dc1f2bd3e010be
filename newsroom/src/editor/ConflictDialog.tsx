import type { RichTextDoc, StoryVersion, VersionContent } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Dialog } from '../ui/Dialog.js'

/** A body as plain-text blocks, to put two versions side by side. */
function blocks(doc: RichTextDoc): string[] {
  const textOf = (n: unknown): string => {
    const node = n as { text?: string; content?: unknown[] }
    return (
      node.text ?? (node.content ?? []).map(textOf).join(node.content?.every((c) => (c as { type?: string }).type === 'text') ? '' : '\n')
    )
  }
  return doc.content
    .map((b) => (b.type === 'image' ? `[image ${b.attrs.mediaId}]` : b.type === 'embed' ? `[${b.attrs.url}]` : textOf(b)))
    .filter(Boolean)
}

function Side({ title, content, other }: { title: string; content: VersionContent; other: VersionContent }) {
  const { t } = useI18n()
  const otherBlocks = new Set(blocks(other.body))
  // What this side has that the other lacks is marked, so the difference is seen at a glance.
  const mark = (changed: boolean) => (changed ? 'changed' : undefined)
  return (
    <section className="conflict-side" aria-label={title}>
      <h3>{title}</h3>
      <p className={mark(content.headline !== other.headline)}>
        <strong>{t('story.headline')}:</strong> {content.headline}
      </p>
      <p className={mark(content.lead !== other.lead)}>
        <strong>{t('story.lead')}:</strong> {content.lead}
      </p>
      <div className="conflict-body">
        {blocks(content.body).map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity; the list is never reordered while shown
          <p key={i} className={mark(!otherBlocks.has(b))}>
            {b}
          </p>
        ))}
      </div>
    </section>
  )
}

/** Both versions after a refused save; either choice keeps the other in the revision history. */
export function ConflictDialog({
  mine,
  theirs,
  savedBy,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: VersionContent
  theirs: StoryVersion
  savedBy: string
  busy: boolean
  onKeepMine(): void
  onTakeTheirs(): void
}) {
  const { t } = useI18n()
  return (
    <Dialog title={t('conflict.title')} wide>
      <p>{t('conflict.text', { name: savedBy, revision: theirs.revision })}</p>
      <div className="conflict-sides">
        <Side title={t('conflict.mine')} content={mine} other={theirs} />
        <Side title={t('conflict.theirs', { revision: theirs.revision })} content={theirs} other={mine} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onKeepMine} disabled={busy}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </Dialog>
  )
}
