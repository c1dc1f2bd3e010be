import { useId, useState } from 'react'
import { createAuthor } from '../api/taxonomy.js'
import type { Account, Author } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { AdminListPanel } from './AdminListPanel.js'
import { AuthorRow } from './AuthorRow.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { emptyNames, NamesFields, namesPayload } from './NamesFields.js'
import { useCreateForm } from './useCreateForm.js'
import { matches, useList } from './useList.js'
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
      <AdminListPanel
        label={t('authors.title')}
        form={<NewAuthorForm accounts={accounts.items} onCreated={(a) => setItems((prev) => [...prev, a])} />}
        heading={t('authors.list', { count: items.length })}
        filterLabel={t('admin.filter')}
        q={q}
        onFilter={setQ}
        error={error}
        loading={loading}
        rows={shown}
        row={(author) => (
          <AuthorRow
            key={author.id}
            author={author}
            accountName={accountName(author.userId)}
            onChanged={(a) => setItems((prev) => prev.map((x) => (x.id === a.id ? a : x)))}
            onGone={(id) => setItems((prev) => prev.filter((x) => x.id !== id))}
          />
        )}
        none={t('authors.none')}
      />
    </div>
  )
}

function NewAuthorForm({ accounts, onCreated }: { accounts: Account[]; onCreated(author: Author): void }) {
  const { t, locale } = useI18n()
  const user = useUser()
  const id = useId()
  const [names, setNames] = useState(emptyNames)
  const [userId, setUserId] = useState('')
  const { busy, error, done, submit } = useCreateForm(async () => {
    const author = await createAuthor({ names: namesPayload(names), userId: userId || null })
    onCreated(author)
    setNames(emptyNames())
    setUserId('')
    return t('authors.created', { name: nameIn(author.names, locale) })
  })

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
      <CreateFormFooter
        label={t('authors.create')}
        disabled={busy || !Object.values(names).some((n) => n.name.trim())}
        done={done}
        error={error}
      />
    </form>
  )
}
