import { type FormEvent, useEffect, useId, useState } from 'react'
import { api } from '../api/client.js'
import type { SearchResult } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Dialog } from '../ui/Dialog.js'

/** Asks for one address (a web link or an embed); `check` may refuse it with a message shown in place. */
export function UrlDialog({
  title,
  initial,
  onPick,
  onClose,
  check,
}: {
  title: string
  initial: string
  onPick(url: string): void
  onClose(): void
  check?(url: string): string | null
}) {
  const { t } = useI18n()
  const id = useId()
  const [url, setUrl] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const refusal = url.trim() && check ? check(url.trim()) : null
    setProblem(refusal)
    if (!refusal) onPick(url.trim())
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor={id}>{title}</label>
        <input
          id={id}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          autoFocus
        />
        {problem && (
          <p className="form-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
          <button type="button" onClick={onClose}>
            {t('link.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** Finds a story by search (every language the user may see) to link to by id; `title` says what the pick is for. */
export function StoryLinkDialog({ onPick, onClose, title }: { onPick(story: SearchResult): void; onClose(): void; title?: string }) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const [results, setResults] = useState<SearchResult[] | null>(null)
  useEffect(() => {
    if (!q.trim()) return setResults(null)
    const timer = setTimeout(() => {
      api
        .get<{ items: SearchResult[] }>('/search', { q: q.trim(), limit: 8 })
        .then((r) => setResults(r.items))
        .catch(() => setResults([]))
    }, 200)
    return () => clearTimeout(timer)
  }, [q])
  return (
    <Dialog title={title ?? t('storyLink.title')} onClose={onClose} wide>
      <input
        type="search"
        aria-label={t('storyLink.search')}
        placeholder={t('storyLink.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoFocus
      />
      <ul className="pick-list" aria-live="polite">
        {results?.map((r) => (
          <li key={r.versionId}>
            <button type="button" onClick={() => onPick(r)} aria-label={t('storyLink.pick', { headline: r.headline })}>
              <span className="locale-badge">{r.locale.toUpperCase()}</span> {r.headline}
              <span className="meta"> · {t(`status.${r.status}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {results?.length === 0 && <p className="empty">{t('storyLink.none')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
