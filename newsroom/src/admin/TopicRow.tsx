import { type FormEvent, useCallback, useId, useState } from 'react'
import { deleteTopic, mergeTopic, updateTopic } from '../api/taxonomy.js'
import type { Topic } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { FormError } from './FormError.js'
import { NamesCells, NamesFields, namesOf, namesPayload } from './NamesFields.js'
import { ConfirmAction, RowEditActions } from './RowActions.js'
import { useRowActions } from './useRowActions.js'

/**
 * One topic in the list: its names and addresses per language, and what may be done to it —
 * rename (per language), merge into another of its kind, delete, and for sections move up or
 * down the menu. A refusal shows in the row it concerns.
 */
export function TopicRow({
  topic,
  others,
  onChanged,
  onGone,
  onMerged,
  onMove,
  first,
  last,
}: {
  topic: Topic
  others: Topic[]
  onChanged(topic: Topic): void
  onGone(id: string): void
  onMerged(into: Topic): void
  onMove?(step: -1 | 1): void
  first?: boolean
  last?: boolean
}) {
  const { t, locale } = useI18n()
  const id = useId()
  const [names, setNames] = useState(() => namesOf(topic.names))
  const [into, setInto] = useState('')
  const { mode, setMode, busy, error, open, run } = useRowActions<'edit' | 'merge' | 'delete'>(() => {
    setNames(namesOf(topic.names))
    setInto('')
  })
  const name = nameIn(topic.names, locale)
  const focusOnMount = useCallback((el: HTMLElement | null) => el?.focus(), [])

  const save = (e: FormEvent) => {
    e.preventDefault()
    void run('save', async () => {
      onChanged(await updateTopic(topic.id, { names: namesPayload(names) }))
      setMode('view')
    })
  }
  const merge = (e: FormEvent) => {
    e.preventDefault()
    void run('merge', async () => onMerged(await mergeTopic(topic.id, into)))
  }
  const remove = () =>
    run(
      'delete',
      async () => {
        await deleteTopic(topic.id)
        onGone(topic.id)
      },
      true,
    )

  return (
    <li className={`admin-row admin-row-${mode}`}>
      {mode === 'edit' ? (
        <form className="admin-row-form" onSubmit={save} aria-label={t('topics.editOf', { name })}>
          <NamesFields names={names} onChange={setNames} disabled={busy} person={topic.kind === 'person'} />
          <RowEditActions disabled={busy} onCancel={() => open('view')} />
        </form>
      ) : (
        <>
          <div className="admin-names">
            <NamesCells names={topic.names} />
          </div>
          <div className="admin-actions">
            {onMove && (
              <>
                <button type="button" onClick={() => onMove(-1)} disabled={first} aria-label={t('topics.moveUp', { name })}>
                  ↑
                </button>
                <button type="button" onClick={() => onMove(1)} disabled={last} aria-label={t('topics.moveDown', { name })}>
                  ↓
                </button>
              </>
            )}
            <button type="button" onClick={() => open('edit')} aria-label={t('admin.editOf', { name })}>
              {t('admin.edit')}
            </button>
            <button type="button" onClick={() => open('merge')} aria-label={t('topics.mergeOf', { name })} disabled={others.length === 0}>
              {t('topics.merge')}
            </button>
            <button type="button" className="danger-quiet" onClick={() => open('delete')} aria-label={t('admin.deleteOf', { name })}>
              {t('admin.delete')}
            </button>
          </div>
        </>
      )}
      {mode === 'merge' && (
        <form className="admin-confirm" onSubmit={merge}>
          <label htmlFor={`${id}-into`}>{t('topics.mergeInto', { name })}</label>
          <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)} ref={focusOnMount}>
            <option value="">{t('topics.mergeChoose')}</option>
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {nameIn(x.names, locale)}
              </option>
            ))}
          </select>
          <span className="meta">{t('topics.mergeHint')}</span>
          <button type="submit" className="danger" disabled={busy || !into}>
            {t('topics.mergeYes')}
          </button>
          <button type="button" onClick={() => open('view')}>
            {t('admin.cancel')}
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <ConfirmAction
          label={t('admin.deleteOf', { name })}
          question={t(topic.kind === 'section' ? 'topics.deleteSectionConfirm' : 'topics.deleteConfirm', { name })}
          yes={t('admin.deleteYes')}
          busy={busy}
          onYes={() => void remove()}
          onKeep={() => open('view')}
        />
      )}
      <FormError error={error} />
    </li>
  )
}
