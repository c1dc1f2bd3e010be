import { type FormEvent, useId, useState } from 'react'
import { api } from '../api/client.js'
import type { Account, Author } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { AuthorRow } from './AuthorRow.js'
import { emptyNames, NamesFields, namesPayload } from './NamesFields.js'
import { matches, useList, useProblem } from './useList.js'
import './admin.css'

/**
 * The bylines: every author with their name per language, a new-author form, renaming and
 * deleting. Linking a byline to an account needs the account list, which only admins may read,
 * so only they are offered it.
 */
export function AuthorsScreen() {
  const { t } = useI18n()
  const user = useUser()
  const { items, setItems, error, loading } = useList<Author>('/authors')
  const accounts = useList<Account>(may(user, 'user.manage') ? '/users' : '')
  const [q, setQ] = useState('')
  const shown = items.filter((a) => matches(a.names, q))
  const accountName = (userId: string | null) => (userId ? (accounts.items.find((a) => a.id === userId)?.name ?? null) : null)
  return (
    <div className="admin-screen">
      <h1>{t('authors.title')}</h1>
      <section className="admin-panel" aria-label={t('authors.title')}>
        <NewAuthorForm accounts={accounts.items} onCreated={(a) => setItems((prev) => [...prev, a])} />
        <div className="admin-list-head">
          <h2>{t('authors.list', { count: items.length })}</h2>
          <input
            type="search"
            aria-label={t('admin.filter')}
            placeholder={t('admin.filter')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <ul className="admin-list" aria-busy={loading} aria-label={t('authors.title')}>
          {shown.map((author) => (
            <AuthorRow
              key={author.id}
              author={author}
              accountName={accountName(author.userId)}
              onChanged={(a) => setItems((prev) => prev.map((x) => (x.id === a.id ? a : x)))}
              onGone={(id) => setItems((prev) => prev.filter((x) => x.id !== id))}
            />
          ))}
        </ul>
        {!loading && !error && shown.length === 0 && <p className="empty">{q ? t('admin.noMatch') : t('authors.none')}</p>}
      </section>
    </div>
  )
}

function NewAuthorForm({ accounts, onCreated }: { accounts: Account[]; onCreated(author: Author): void }) {
  const { t, locale } = useI18n()
  const user = useUser()
  const problem = useProblem()
  const id = useId()
  const [names, setNames] = useState(emptyNames)
  const [userId, setUserId] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const author = await api.post<Author>('/authors', { names: namesPayload(names), userId: userId || null })
      onCreated(author)
      setNames(emptyNames())
      setUserId('')
      setDone(t('authors.created', { name: nameIn(author.names, locale) }))
    } catch (err) {
      setError(problem(err, 'create'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('authors.new')}</h2>
      <NamesFields names={names} onChange={setNames} disabled={busy} person />
      <p className="meta">{t('names.hint')}</p>
      {may(user, 'user.manage') && (
        <div className="field admin-narrow">
          <label htmlFor={`${id}-user`}>{t('authors.account')}</label>
          <select id={`${id}-user`} value={userId} onChange={(e) => setUserId(e.target.value)} disabled={busy}>
            <option value="">{t('authors.noAccount')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="admin-form-actions">
        <button type="submit" className="primary" disabled={busy || !Object.values(names).some((n) => n.name.trim())}>
          {t('authors.create')}
        </button>
        <span role="status" className="admin-ok">
          {done}
        </span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
