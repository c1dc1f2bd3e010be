import { type FormEvent, useId, useState } from 'react'
import type { Account, Role } from '../api/types.js'
import { disableAccount, enableAccount, updateAccount } from '../api/users.js'
import { useI18n } from '../i18n/i18n.js'
import { useUser } from '../session/session.js'
import { RoleAndLanguages } from './AccountFields.js'
import { FormError } from './FormError.js'
import { ConfirmAction, RowEditActions } from './RowActions.js'
import { useRowActions } from './useRowActions.js'

/**
 * One account: name, email, role, languages and whether it may sign in; changing name, role and
 * languages; disabling (which signs the person out at once) and enabling again. The admin's own
 * row offers no Disable and a locked role, as the server refuses both (src/users/user.service.ts).
 */
export function UserRow({ account, onChanged }: { account: Account; onChanged(account: Account): void }) {
  const { t } = useI18n()
  const me = useUser()
  const id = useId()
  const own = me.id === account.id
  const [name, setName] = useState(account.name)
  const [role, setRole] = useState<Role>(account.role)
  const [locales, setLocales] = useState(account.locales)
  const actions = useRowActions<'edit' | 'disable'>(() => {
    setName(account.name)
    setRole(account.role)
    setLocales(account.locales)
  })
  const { mode, busy, error, open } = actions
  /** Every change here answers with the account as it now is; the row shows it and closes what was open. A refused question stays open. */
  const run = (code: string, work: () => Promise<Account>) =>
    actions.run(code, async () => {
      onChanged(await work())
      actions.setMode('view')
    })
  const save = (e: FormEvent) => {
    e.preventDefault()
    void run('save', () => updateAccount(account.id, { name: name.trim(), locales, ...(!own && { role }) }))
  }
  const languages = account.locales.length ? account.locales.map((l) => t(`locale.${l as 'uk'}`)).join(', ') : t('users.allLanguages')

  return (
    <li className={`admin-row admin-row-account admin-row-${mode}${account.disabledAt ? ' admin-row-disabled' : ''}`}>
      {mode === 'edit' ? (
        <form className="admin-row-form" onSubmit={save} aria-label={t('users.editOf', { name: account.name })}>
          <div className="admin-account-grid">
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('users.name')}</label>
              <input id={`${id}-name`} type="text" maxLength={200} value={name} disabled={busy} onChange={(e) => setName(e.target.value)} />
            </div>
            <RoleAndLanguages role={role} locales={locales} onRole={setRole} onLocales={setLocales} roleLocked={own} disabled={busy} />
          </div>
          <RowEditActions disabled={busy || !name.trim()} onCancel={() => open('view')} />
        </form>
      ) : (
        <>
          <div className="admin-account">
            <span className="name">
              {account.name}
              {own && <span className="meta"> {t('users.you')}</span>}
            </span>
            <span className="meta email">{account.email}</span>
            <span className="role-badge">{t(`role.${account.role}`)}</span>
            <span className="meta">{languages}</span>
            {account.disabledAt ? (
              <span className="state-badge state-disabled">{t('users.disabled')}</span>
            ) : (
              <span className="state-badge state-enabled">{t('users.enabled')}</span>
            )}
          </div>
          <div className="admin-actions">
            <button type="button" onClick={() => open('edit')} aria-label={t('admin.editOf', { name: account.name })}>
              {t('admin.edit')}
            </button>
            {account.disabledAt ? (
              <button
                type="button"
                onClick={() => void run('enable', () => enableAccount(account.id))}
                disabled={busy}
                aria-label={t('users.enableOf', { name: account.name })}
              >
                {t('users.enable')}
              </button>
            ) : (
              !own && (
                <button
                  type="button"
                  className="danger-quiet"
                  onClick={() => open('disable')}
                  aria-label={t('users.disableOf', { name: account.name })}
                >
                  {t('users.disable')}
                </button>
              )
            )}
          </div>
        </>
      )}
      {mode === 'disable' && (
        <ConfirmAction
          label={t('users.disableOf', { name: account.name })}
          question={t('users.disableConfirm', { name: account.name })}
          yes={t('users.disableYes')}
          busy={busy}
          onYes={() => void run('disable', () => disableAccount(account.id))}
          onKeep={() => open('view')}
        />
      )}
      <FormError error={error} />
    </li>
  )
}
