import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import type { AlignedBlock, SourceAlignment, WordChange } from '../../../src/shared/revision-diff.js'
import { ApiError, api } from '../api/client.js'
import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import { FIELD_LABELS } from './DiffList.js'
import { SourceBlock } from './SourceBlock.js'
import './translation.css'

/** What GET /story-versions/{id}/source-diff answers. */
type SourceDiff = SourceAlignment & { sourceLocale: string; translatedRevision: number; currentSourceRevision: number }

const TAGS = { changed: 'workspace.changed', added: 'workspace.new', removed: 'workspace.removed' } as const

/** The visible mark of a change: a word, not only a colour. */
function Tag({ op }: { op: keyof typeof TAGS }) {
  const { t } = useI18n()
  return <span className={`change-tag ${op}`}>{t(TAGS[op])}</span>
}

/** Old text to new, word by word: deleted words struck through, inserted ones underlined, each named for screen readers. */
function WordDiff({ words, lang }: { words: WordChange[]; lang: string }) {
  const { t } = useI18n()
  return (
    <p className="src-words">
      <span className="src-words-label">{t('workspace.wordDiff')}</span>{' '}
      <span lang={lang}>
        {words.map((w, i) => {
          const key = `${i}-${w.op}`
          if (w.op === 'equal') return <span key={key}>{w.text}</span>
          const Tagged = w.op === 'removed' ? 'del' : 'ins'
          return (
            <Tagged key={key}>
              <span className="visually-hidden">[{t(w.op === 'removed' ? 'workspace.deleted' : 'workspace.inserted')}: </span>
              {w.text}
              <span className="visually-hidden">]</span>
            </Tagged>
          )
        })}
      </span>
    </p>
  )
}

/** A piece of the source (headline, lead or a body block), marked when it changed. */
function Marked({
  op,
  lang,
  children,
  words,
}: {
  op: AlignedBlock['op']
  /** The source's language, for its text; the marks are in the interface's. */
  lang: string
  children: ReactNode
  words?: WordChange[] | undefined
}) {
  if (op === 'equal')
    return (
      <div className="src-block" lang={lang}>
        {children}
      </div>
    )
  return (
    <div className={`src-block ${op}`} data-change tabIndex={-1}>
      <Tag op={op} />
      <div className="src-content" lang={lang}>
        {children}
      </div>
      {words && <WordDiff words={words} lang={lang} />}
    </div>
  )
}

/**
 * The left column of the translation workspace: the source version, read-only, as it is now.
 * When it has moved on since the revision the translation matches, each change is marked where it
 * stands (from GET /story-versions/{id}/source-diff), with a way to step through them and to mark
 * the translation up to date once they are carried over.
 */
export function SourceColumn({
  version,
  versions,
  editable,
  markUpToDate,
}: {
  version: StoryVersion
  versions: StoryVersion[]
  editable: boolean
  markUpToDate(sourceRevision: number): Promise<void>
}) {
  const { t } = useI18n()
  const headingId = useId()
  const text = useRef<HTMLElement>(null)
  const at = useRef(-1)
  const [diff, setDiff] = useState<SourceDiff | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { id, sourceLocale, sourceRevision } = version
  useEffect(() => {
    // Whoever may not edit the translation may not ask for the diff either: they read the source as it is.
    if (!sourceLocale || sourceRevision === null || !editable) return
    let live = true
    setError(null)
    api
      .get<SourceDiff>(`/story-versions/${id}/source-diff`)
      .then((d) => live && setDiff(d))
      .catch((err: unknown) => live && err instanceof ApiError && setError(errorMessage(err, t)))
    return () => {
      live = false
    }
  }, [id, sourceLocale, sourceRevision, editable, t])

  if (!sourceLocale || sourceRevision === null) return null
  const source = versions.find((v) => v.locale === sourceLocale)
  const shown: SourceDiff | null =
    diff ??
    (!editable && source
      ? {
          sourceLocale,
          translatedRevision: sourceRevision,
          currentSourceRevision: sourceRevision,
          fields: [],
          blocks: [],
          source: { headline: source.headline, lead: source.lead },
          aligned: source.body.content.map((block) => ({ op: 'equal' as const, block })),
        }
      : null)
  const outdated = shown !== null && shown.currentSourceRevision > shown.translatedRevision
  const field = (name: string) => shown?.fields.find((f) => f.field === name)
  const others = (shown?.fields ?? []).filter((f) => f.field !== 'headline' && f.field !== 'lead')
  const count = (shown?.aligned.filter((b) => b.op !== 'equal').length ?? 0) + (field('headline') ? 1 : 0) + (field('lead') ? 1 : 0)
  const revision = shown?.currentSourceRevision ?? source?.revision ?? sourceRevision

  /** Moves the focus to the next marked change, from the last one back to the first. */
  function nextChange() {
    const marks = [...(text.current?.querySelectorAll<HTMLElement>('[data-change]') ?? [])]
    if (marks.length === 0) return
    at.current = (at.current + 1) % marks.length
    const mark = marks[at.current] as HTMLElement
    mark.focus({ preventScroll: true })
    mark.scrollIntoView({ block: 'center' })
  }

  const headline = field('headline')
  const lead = field('lead')
  return (
    <section className={outdated ? 'source-column outdated' : 'source-column'} aria-labelledby={headingId}>
      <header className="source-head">
        <h2 id={headingId}>
          {t('workspace.source', { language: t(`locale.${sourceLocale}` as 'locale.uk'), revision })}{' '}
          <span className="read-only-tag">{t('workspace.readOnly')}</span>
        </h2>
        <p>
          {t('translation.from', { locale: sourceLocale.toUpperCase(), revision: sourceRevision })}{' '}
          {shown && !outdated && t('translation.upToDate')}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {outdated && shown && (
          <>
            <p className="source-count">
              <strong>{t('workspace.count', { revision: shown.translatedRevision, count })}</strong> {t('workspace.review')}
            </p>
            {others.length > 0 && (
              <p>
                {t('workspace.otherFields', {
                  fields: others
                    .map((f) => (f.field in FIELD_LABELS ? t(FIELD_LABELS[f.field as keyof typeof FIELD_LABELS]) : f.field))
                    .join(', '),
                })}
              </p>
            )}
            <div className="source-actions">
              {count > 0 && (
                <button type="button" onClick={nextChange}>
                  {t('workspace.next')} ↓
                </button>
              )}
              {editable && (
                <button type="button" onClick={() => void markUpToDate(shown.currentSourceRevision)}>
                  {t('translation.markUpToDate')}
                </button>
              )}
            </div>
          </>
        )}
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own beside the editor, and a keyboard must be able to scroll it (WCAG 2.1.1) */}
      <section className="source-text" ref={text} aria-label={t('workspace.text')} tabIndex={0}>
        {!shown && !error && <p className="meta">{t('workspace.loading')}</p>}
        {shown && (
          <>
            <span className="label">{t('story.headline')}</span>
            <Marked lang={sourceLocale} op={headline ? 'changed' : 'equal'} words={headline?.words}>
              <p className="src-headline">{shown.source.headline}</p>
            </Marked>
            {(shown.source.lead || lead) && (
              <>
                <span className="label">{t('story.lead')}</span>
                <Marked
                  lang={sourceLocale}
                  op={lead ? (lead.after ? 'changed' : 'removed') : 'equal'}
                  words={lead?.after ? lead.words : undefined}
                >
                  <p className="src-lead">{shown.source.lead || lead?.before}</p>
                </Marked>
              </>
            )}
            <span className="label">{t('story.body')}</span>
            {shown.aligned.length === 0 && <p className="meta">{t('workspace.empty')}</p>}
            {shown.aligned.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the aligned list is shown as it came, in reading order
              <Marked key={i} lang={sourceLocale} op={b.op} words={b.op === 'changed' ? b.words : undefined}>
                <SourceBlock block={b.block} />
              </Marked>
            ))}
          </>
        )}
      </section>
    </section>
  )
}
