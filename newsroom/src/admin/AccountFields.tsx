import { useId } from 'react'
import type { Role } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'

export const ROLES: readonly Role[] = ['admin', 'editor', 'author', 'translator', 'contributor']

/** An account's role and the languages it may work in (none ticked: all), shared by the new-account and edit forms. */
export function RoleAndLanguages({
  role,
  locales,
  onRole,
  onLocales,
  roleLocked,
  disabled,
}: {
  role: Role
  locales: string[]
  onRole(role: Role): void
  onLocales(locales: string[]): void
  /** The admin's own account: they may not take the admin role from themself. */
  roleLocked?: boolean
  disabled?: boolean
}) {
  const { t } = useI18n()
  const id = useId()
  const toggle = (l: string, on: boolean) =>
    onLocales(on ? CONTENT_LOCALES.filter((x) => x === l || locales.includes(x)) : locales.filter((x) => x !== l))
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('users.role')}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => onRole(e.target.value as Role)}
          disabled={disabled || roleLocked}
          aria-describedby={roleLocked ? `${id}-locked` : undefined}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        {roleLocked && (
          <span id={`${id}-locked`} className="meta">
            {t('users.ownRole')}
          </span>
        )}
      </div>
      <fieldset className="admin-languages">
        <legend>{t('users.languages')}</legend>
        {CONTENT_LOCALES.map((l) => (
          <label className="check" key={l}>
            <input type="checkbox" checked={locales.includes(l)} disabled={disabled} onChange={(e) => toggle(l, e.target.checked)} />{' '}
            {t(`locale.${l}`)}
          </label>
        ))}
        <span className="meta">{t('users.languagesHint')}</span>
      </fieldset>
    </>
  )
}
