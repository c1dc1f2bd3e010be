import { type FormEvent, useEffect, useId, useState } from 'react'
import { listPages } from '../api/pages.js'
import type { RedirectTargetInput } from '../api/redirects.js'
import { getStory } from '../api/stories.js'
import type { Redirect, StoryWithVersions } from '../api/types.js'
import { StoryLinkDialog } from '../editor/Pickers.js'
import { useI18n } from '../i18n/i18n.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { useProblem } from './useList.js'

type Kind = 'story' | 'page' | 'url'
/** The story or page picked, with the languages it has. */
type Picked = { storyId: string; headline: string; locales: string[] }

/**
 * The fields of a redirect, for a new one and for changing one: the old address, and where it
 * leads — a story found by search, a page, each in one of its languages, or a URL.
 */
export function RedirectForm({
  label,
  submitLabel,
  initial,
  onSave,
  onCancel,
}: {
  label: string
  submitLabel: string
  initial?: Redirect
  /** Sends the redirect; a refusal is shown under the form. Returns a confirmation to announce, if any. */
  onSave(fromPath: string, target: RedirectTargetInput): Promise<string | undefined>
  onCancel?(): void
}) {
  const { t } = useI18n()
  const problem = useProblem()
  const id = useId()
  const start = initial?.target
  const [fromPath, setFromPath] = useState(initial?.fromPath ?? '')
  const [kind, setKind] = useState<Kind>(start?.url ? 'url' : initial?.targetStory?.kind === 'page' ? 'page' : 'story')
  const [url, setUrl] = useState(start?.url ?? '')
  const [picked, setPicked] = useState<Picked | null>(
    start?.storyId ? { storyId: start.storyId, headline: initial?.targetStory?.headline ?? start.storyId, locales: [] } : null,
  )
  const [locale, setLocale] = useState(start?.locale ?? '')
  const [searching, setSearching] = useState(false)
  const [pages, setPages] = useState<StoryWithVersions[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  // The languages of a story picked before (editing): read once, to offer them.
  const pickedId = picked?.storyId
  useEffect(() => {
    if (!pickedId || kind === 'url') return
    let live = true
    getStory(pickedId)
      .then((s) => {
        if (!live) return
        const locales = s.versions.map((v) => v.locale)
        setPicked((p) => (p && p.storyId === pickedId ? { ...p, locales } : p))
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [pickedId, kind])

  useEffect(() => {
    if (kind !== 'page' || pages) return
    listPages()
      .then(setPages)
      .catch((err) => setError(problem(err, 'pages')))
  }, [kind, pages, problem])

  const pickPage = (storyId: string) => {
    const page = pages?.find((p) => p.story.id === storyId)
    if (!page) return setPicked(null)
    const locales = page.versions.map((v) => v.locale)
    setPicked({ storyId, headline: page.versions[0]?.headline ?? storyId, locales })
    setLocale((l) => (locales.includes(l) ? l : (locales[0] ?? '')))
  }

  const target: RedirectTargetInput | null =
    kind === 'url' ? (url.trim() ? { url: url.trim() } : null) : picked && locale ? { storyId: picked.storyId, locale } : null

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!target) return
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const said = await onSave(fromPath.trim(), target)
      if (said) {
        setDone(said)
        setFromPath('')
        setUrl('')
        setPicked(null)
      }
    } catch (err) {
      setError(problem(err, 'redirect'))
    } finally {
      setBusy(false)
    }
  }

  const choose = (next: Kind) => {
    setKind(next)
    setPicked(null)
    setLocale('')
  }

  return (
    <form className="admin-form redirect-form" onSubmit={submit} aria-label={label}>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('redirects.from')}</label>
        <input
          id={`${id}-from`}
          type="text"
          maxLength={6000}
          placeholder="/2024/03/stara-novyna/"
          aria-describedby={`${id}-from-hint`}
          value={fromPath}
          disabled={busy}
          onChange={(e) => setFromPath(e.target.value)}
        />
        <span className="meta" id={`${id}-from-hint`}>
          {t('redirects.fromHint')}
        </span>
      </div>
      <fieldset className="redirect-target" disabled={busy}>
        <legend>{t('redirects.to')}</legend>
        <div className="redirect-kinds">
          {(['story', 'page', 'url'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => choose(k)} /> {t(`redirects.kind.${k}`)}
            </label>
          ))}
        </div>
        {kind === 'story' && (
          <div className="redirect-story">
            {picked && <span className="name">{picked.headline}</span>}
            <button type="button" onClick={() => setSearching(true)}>
              {t('redirects.pickStory')}
            </button>
          </div>
        )}
        {kind === 'page' && (
          <div className="field">
            <label htmlFor={`${id}-page`}>{t('redirects.page')}</label>
            <select id={`${id}-page`} value={picked?.storyId ?? ''} onChange={(e) => pickPage(e.target.value)}>
              <option value="">—</option>
              {(pages ?? []).map((p) => (
                <option key={p.story.id} value={p.story.id}>
                  {p.versions[0]?.headline ?? p.story.id}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind !== 'url' && picked && (
          <div className="field">
            <label htmlFor={`${id}-locale`}>{t('redirects.language')}</label>
            <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
              {!picked.locales.includes(locale) && <option value={locale}>{locale ? t(`locale.${locale}` as 'locale.uk') : ''}</option>}
              {picked.locales.map((l) => (
                <option key={l} value={l}>
                  {t(`locale.${l}` as 'locale.uk')}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'url' && (
          <div className="field">
            <label htmlFor={`${id}-url`}>{t('redirects.url')}</label>
            <input
              id={`${id}-url`}
              type="text"
              inputMode="url"
              maxLength={2000}
              placeholder="https://example.com/page"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
        )}
      </fieldset>
      <CreateFormFooter label={submitLabel} disabled={busy || !fromPath.trim() || !target} done={done} error={error} onCancel={onCancel} />
      {searching && (
        <StoryLinkDialog
          title={t('redirects.to')}
          onClose={() => setSearching(false)}
          onPick={(r) => {
            setSearching(false)
            setPicked({ storyId: r.storyId, headline: r.headline, locales: [r.locale] })
            setLocale(r.locale)
          }}
        />
      )}
    </form>
  )
}
