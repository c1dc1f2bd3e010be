import { useId } from 'react'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'

export type Names = Record<string, { name: string; slug: string }>

export const emptyNames = (): Names => Object.fromEntries(CONTENT_LOCALES.map((l) => [l, { name: '', slug: '' }]))

/** Names as the form holds them: every language, empty where the topic or author has none yet. */
export const namesOf = (names: Record<string, { name: string; slug: string }>): Names =>
  Object.fromEntries(CONTENT_LOCALES.map((l) => [l, { name: names[l]?.name ?? '', slug: names[l]?.slug ?? '' }]))

/**
 * The names to send: languages with a name only; a slug left empty is made from the name by the
 * server (and an existing one is kept).
 */
export const namesPayload = (names: Names) =>
  Object.fromEntries(
    Object.entries(names)
      .filter(([, n]) => n.name.trim())
      .map(([l, n]) => [l, { name: n.name.trim(), ...(n.slug.trim() && { slug: n.slug.trim() }) }]),
  )

/** Server limits (src/taxonomy/taxonomy.service.ts, taxonomy.routes.ts). */
const MAX_NAME = 200
const MAX_SLUG = 200

/** A name and an address part (slug) in each story language, one row a language; `person` labels it a person's name. */
export function NamesFields({
  names,
  onChange,
  disabled,
  person,
}: {
  names: Names
  onChange(names: Names): void
  disabled?: boolean
  person?: boolean
}) {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="names-fields">
      {CONTENT_LOCALES.map((l) => {
        const n = names[l] ?? { name: '', slug: '' }
        const set = (patch: Partial<typeof n>) => onChange({ ...names, [l]: { ...n, ...patch } })
        const language = t(`locale.${l}`)
        return (
          <div className="names-row" key={l}>
            <span className="locale-badge" aria-hidden="true">
              {l.toUpperCase()}
            </span>
            <div className="field">
              <label htmlFor={`${id}-${l}-name`}>{t(person ? 'names.personName' : 'names.name', { language })}</label>
              <input
                id={`${id}-${l}-name`}
                type="text"
                lang={l}
                maxLength={MAX_NAME}
                value={n.name}
                disabled={disabled}
                onChange={(e) => set({ name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${l}-slug`}>{t('names.slug', { language })}</label>
              <input
                id={`${id}-${l}-slug`}
                type="text"
                maxLength={MAX_SLUG}
                value={n.slug}
                disabled={disabled}
                placeholder={t('names.slugPlaceholder')}
                spellCheck={false}
                onChange={(e) => set({ slug: e.target.value })}
              />
            </div>
          </div>
        )
      })}
    </div>
  )
}

/** An item's names in a list: each language's name and address, or a dash where it has none. */
export function NamesCells({ names }: { names: Record<string, { name: string; slug: string }> }) {
  const { t } = useI18n()
  return (
    <>
      {CONTENT_LOCALES.map((l) => (
        <span className="name-cell" key={l}>
          <span className="locale-badge" title={t(`locale.${l}`)}>
            {l.toUpperCase()}
          </span>
          {names[l] ? (
            <span className="name-text">
              <span lang={l} className="name">
                {names[l].name}
              </span>
              <code className="meta slug">/{names[l].slug}</code>
            </span>
          ) : (
            <span className="meta">{t('names.missing')}</span>
          )}
        </span>
      ))}
    </>
  )
}
