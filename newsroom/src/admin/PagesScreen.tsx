import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { createPage, listPages, orderPages } from '../api/pages.js'
import type { StoryWithVersions } from '../api/types.js'
import { CONTENT_LOCALES } from '../desk/Desk.js'
import { useI18n } from '../i18n/i18n.js'
import { Link, navigate } from '../router.js'
import { FormError } from './FormError.js'
import { useProblem } from './useList.js'
import './admin.css'

/**
 * Pages (editors): About us, Contacts, the editorial policy… Each is written, translated and
 * published in the story editor; here they are started and put in the footer's order.
 */
export function PagesScreen() {
  const { t } = useI18n()
  const problem = useProblem()
  const [pages, setPages] = useState<StoryWithVersions[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      listPages()
        .then((list) => {
          setPages(list)
          setError(null)
        })
        .catch((err) => setError(problem(err, 'pages'))),
    [problem],
  )
  useEffect(() => {
    void load()
  }, [load])

  async function move(index: number, by: -1 | 1) {
    if (!pages) return
    const next = [...pages]
    const [page] = next.splice(index, 1)
    if (!page) return
    next.splice(index + by, 0, page)
    setPages(next)
    try {
      await orderPages(next.map((p) => p.story.id))
    } catch (err) {
      setError(problem(err, 'order'))
      void load()
    }
  }

  return (
    <div className="admin-screen">
      <h1>{t('pages.title')}</h1>
      <NewPageForm />
      <section className="admin-panel" aria-labelledby="pages-list">
        <h2 id="pages-list">{t('pages.footer')}</h2>
        <p className="meta">{t('pages.footerHint')}</p>
        <FormError error={error} />
        {pages && pages.length === 0 && <p className="empty">{t('pages.none')}</p>}
        <ol className="admin-list page-list" aria-busy={pages === null} aria-label={t('pages.footer')}>
          {(pages ?? []).map((page, i) => {
            const name = page.versions[0]?.headline ?? page.story.id
            return (
              <li key={page.story.id} className="admin-row">
                <div className="integration">
                  {page.versions.map((v) => (
                    <span key={v.id}>
                      <Link to={{ name: 'story', storyId: page.story.id, locale: v.locale }} lang={v.locale}>
                        {v.headline}
                      </Link>{' '}
                      <span className="meta">
                        {v.locale.toUpperCase()} · {t(`status.${v.status}` as 'status.draft')}
                      </span>
                    </span>
                  ))}
                </div>
                <div className="admin-actions">
                  <button type="button" disabled={i === 0} onClick={() => void move(i, -1)} aria-label={t('pages.upOf', { name })}>
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === (pages?.length ?? 0) - 1}
                    onClick={() => void move(i, 1)}
                    aria-label={t('pages.downOf', { name })}
                  >
                    ↓
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      </section>
    </div>
  )
}

function NewPageForm() {
  const { t } = useI18n()
  const problem = useProblem()
  const id = useId()
  const [locale, setLocale] = useState<string>(CONTENT_LOCALES[0])
  const [headline, setHeadline] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await createPage(locale, headline.trim())
      navigate({ name: 'story', storyId: created.story.id, locale })
    } catch (err) {
      setError(problem(err, 'create'))
      setBusy(false)
    }
  }
  return (
    <form className="admin-form admin-panel" onSubmit={submit} aria-label={t('pages.new')}>
      <h2>{t('pages.new')}</h2>
      <div className="admin-account-grid">
        <div className="field">
          <label htmlFor={`${id}-locale`}>{t('newStory.language')}</label>
          <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
            {CONTENT_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locale.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-headline`}>{t('pages.headline')}</label>
          <input
            id={`${id}-headline`}
            type="text"
            maxLength={500}
            placeholder={t('pages.headlinePlaceholder')}
            value={headline}
            disabled={busy}
            onChange={(e) => setHeadline(e.target.value)}
          />
        </div>
      </div>
      <div className="admin-form-actions">
        <button type="submit" className="primary" disabled={busy || !headline.trim()}>
          {t('pages.create')}
        </button>
      </div>
      <FormError error={error} />
    </form>
  )
}
