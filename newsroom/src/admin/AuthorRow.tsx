import { type FormEvent, useCallback, useState } from 'react'
import { api } from '../api/client.js'
import type { Author } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { NamesCells, NamesFields, namesOf, namesPayload } from './NamesFields.js'
import { useProblem } from './useList.js'

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
  const problem = useProblem()
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view')
  const [names, setNames] = useState(() => namesOf(author.names))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const name = nameIn(author.names, locale)
  const focusOnMount = useCallback((el: HTMLElement | null) => el?.focus(), [])
  const open = (next: typeof mode) => {
    setMode(next)
    setError(null)
    setNames(namesOf(author.names))
  }
  const run = async (code: string, work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(problem(err, code))
      if (code === 'delete') setMode('view') // the question is answered: the reason why not stays in the row
    } finally {
      setBusy(false)
    }
  }
  const save = (e: FormEvent) => {
    e.preventDefault()
    void run('save', async () => {
      onChanged(await api.put<Author>(`/authors/${author.id}`, { names: namesPayload(names) }))
      setMode('view')
    })
  }
  const remove = () =>
    run('delete', async () => {
      await api.delete(`/authors/${author.id}`)
      onGone(author.id)
    })

  return (
    <li className={`admin-row admin-row-${mode}`}>
      {mode === 'edit' ? (
        <form className="admin-row-form" onSubmit={save} aria-label={t('authors.editOf', { name })}>
          <NamesFields names={names} onChange={setNames} disabled={busy} person />
          <div className="admin-form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('admin.save')}
            </button>
            <button type="button" onClick={() => open('view')}>
              {t('admin.cancel')}
            </button>
          </div>
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
        <fieldset className="admin-confirm" aria-label={t('admin.deleteOf', { name })}>
          <span>{t('authors.deleteConfirm', { name })}</span>
          <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>
            {t('admin.deleteYes')}
          </button>
          <button type="button" onClick={() => open('view')} ref={focusOnMount}>
            {t('admin.keep')}
          </button>
        </fieldset>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
