import { type FormEvent, useState } from 'react'
import { deleteAuthor, updateAuthor } from '../api/taxonomy.js'
import type { Author } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { FormError } from './FormError.js'
import { NamesCells, NamesFields, namesOf, namesPayload } from './NamesFields.js'
import { ConfirmAction, RowEditActions } from './RowActions.js'
import { useRowActions } from './useRowActions.js'

/** One byline: its names per language, renaming, and deleting (which the server refuses while a published story carries it, and says why). */
export function AuthorRow({
  author,
  accountName,
  onChanged,
  onGone,
}: {
  author: Author
  /** The linked account's name, when the viewer may see accounts. */
  accountName: string | null
  onChanged(author: Author): void
  onGone(id: string): void
}) {
  const { t, locale } = useI18n()
  const [names, setNames] = useState(() => namesOf(author.names))
  const { mode, setMode, busy, error, open, run } = useRowActions<'edit' | 'delete'>(() => setNames(namesOf(author.names)))
  const name = nameIn(author.names, locale)
  const save = (e: FormEvent) => {
    e.preventDefault()
    void run('save', async () => {
      onChanged(await updateAuthor(author.id, namesPayload(names)))
      setMode('view')
    })
  }
  const remove = () =>
    run(
      'delete',
      async () => {
        await deleteAuthor(author.id)
        onGone(author.id)
      },
      true,
    )

  return (
    <li className={`admin-row admin-row-${mode}`}>
      {mode === 'edit' ? (
        <form className="admin-row-form" onSubmit={save} aria-label={t('authors.editOf', { name })}>
          <NamesFields names={names} onChange={setNames} disabled={busy} person />
          <RowEditActions disabled={busy} onCancel={() => open('view')} />
        </form>
      ) : (
        <>
          <div className="admin-names">
            <NamesCells names={author.names} />
            {author.userId && (
              <span className="meta admin-account">{accountName ? t('authors.linkedTo', { name: accountName }) : t('authors.linked')}</span>
            )}
          </div>
          <div className="admin-actions">
            <button type="button" onClick={() => open('edit')} aria-label={t('admin.editOf', { name })}>
              {t('admin.edit')}
            </button>
            <button type="button" className="danger-quiet" onClick={() => open('delete')} aria-label={t('admin.deleteOf', { name })}>
              {t('admin.delete')}
            </button>
          </div>
        </>
      )}
      {mode === 'delete' && (
        <ConfirmAction
          label={t('admin.deleteOf', { name })}
          question={t('authors.deleteConfirm', { name })}
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
