import { useI18n } from '../i18n/i18n.js'

/** What GET …/diff and …/source-diff answer: fields that changed, and body blocks added or removed. */
export interface ContentDiff {
  fields: { field: string; before: string; after: string }[]
  blocks: { op: 'equal' | 'added' | 'removed'; type: string; text: string }[]
}

export const FIELD_LABELS = {
  headline: 'story.headline',
  lead: 'story.lead',
  slug: 'story.slug',
  seoTitle: 'story.seoTitle',
  seoDescription: 'story.seoDescription',
} as const

/** A diff as a list: changed fields with before → after, added blocks green, removed ones struck through. */
export function DiffList({ diff }: { diff: ContentDiff }) {
  const { t } = useI18n()
  const blocks = diff.blocks.filter((b) => b.op !== 'equal')
  return (
    <ul className="source-changes">
      {diff.fields.map((f) => (
        <li key={f.field}>
          <strong>{t('diff.changed')}:</strong>{' '}
          {t('translation.fieldChanged', {
            // The field as the editor labels it ("Заголовок"), not its API name.
            field: f.field in FIELD_LABELS ? t(FIELD_LABELS[f.field as keyof typeof FIELD_LABELS]) : f.field,
            before: f.before,
            after: f.after,
          })}
        </li>
      ))}
      {blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the diff is a fixed list, shown as it came
        <li key={i} className={b.op}>
          <strong>{b.op === 'added' ? t('translation.added') : t('translation.removed')}:</strong> {b.text}
        </li>
      ))}
    </ul>
  )
}
