import { useId, useState } from 'react'
import type { Account, Role } from '../api/types.js'
import { createAccount } from '../api/users.js'
import { useI18n } from '../i18n/i18n.js'
import { RoleAndLanguages } from './AccountFields.js'
import { AdminListPanel } from './AdminListPanel.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { UserRow } from './UserRow.js'
import { useCreateForm } from './useCreateForm.js'
import { useList } from './useList.js'
import './admin.css'

/** Server limit (src/users/password.ts PASSWORD_MIN): the field says so before the server has to. */
const PASSWORD_MIN = 10

/** Accounts (admins): every account with its role, languages and whether it may sign in; new accounts; changes; disabling and enabling. */
export function UsersScreen() {
  const { t } = useI18n()
  const { items, setItems, error, loading } = useList<Account>('/users')
  const [q, setQ] = useState('')
  const words = q.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const shown = items.filter((u) => words.every((w) => `${u.name} ${u.email}`.toLocaleLowerCase().includes(w)))
  return (
    <div className="admin-screen">
      <h1>{t('users.title')}</h1>
      <AdminListPanel
        label={t('users.title')}
        form={<NewAccountForm onCreated={(u) => setItems((prev) => [...prev, u].sort((a, b) => a.email.localeCompare(b.email)))} />}
        heading={t('users.list', { count: items.length })}
        filterLabel={t('users.filter')}
        q={q}
        onFilter={setQ}
        error={error}
        loading={loading}
        rows={shown}
        row={(account) => (
          <UserRow key={account.id} account={account} onChanged={(u) => setItems((prev) => prev.map((x) => (x.id === u.id ? u : x)))} />
        )}
        none={t('admin.noMatch')}
      />
    </div>
  )
}

function NewAccountForm({ onCreated }: { onCreated(account: Account): void }) {
  const { t } = useI18n()
  const id = useId()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('author')
  const [password, setPassword] = useState('')
  const [locales, setLocales] = useState<string[]>([])
  const { busy, error, done, submit } = useCreateForm(async () => {
    const account = await createAccount({ email: email.trim(), name: name.trim(), role, password, locales })
    onCreated(account)
    setEmail('')
    setName('')
    setPassword('')
    setLocales([])
    return t('users.created', { email: account.email })
  })

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('users.new')}</h2>
      <div className="admin-account-grid">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('users.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            maxLength={254}
            autoComplete="off"
            value={email}
            disabled={busy}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('users.name')}</label>
          <input id={`${id}-name`} type="text" maxLength={200} value={name} disabled={busy} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('users.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            maxLength={1024}
            value={password}
            disabled={busy}
            aria-describedby={`${id}-password-hint`}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id={`${id}-password-hint`} className="meta">
            {t('users.passwordHint', { min: PASSWORD_MIN })}
          </span>
        </div>
        <RoleAndLanguages role={role} locales={locales} onRole={setRole} onLocales={setLocales} disabled={busy} />
      </div>
      <CreateFormFooter label={t('users.create')} disabled={busy || !email.trim() || !name.trim() || !password} done={done} error={error} />
    </form>
  )
}
