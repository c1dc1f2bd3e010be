import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { ApiError, api } from '../api/client.js'
import type { Story, StoryVersion, StoryWithVersions, VersionContent } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { PreviewPane } from '../preview/PreviewPane.js'
import { Link } from '../router.js'
import { mayEditVersion } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { CountedField } from '../ui/CountedField.js'
import { errorMessage } from '../ui/error-message.js'
import { ConflictDialog } from './ConflictDialog.js'
import { editorExtensions } from './extensions.js'
import { dropLocalDraft, readLocalDraft, sameContent } from './local-drafts.js'
import { PendingBar } from './PendingBar.js'
import { RevisionsPanel } from './RevisionsPanel.js'
import { SaveIndicator } from './SaveIndicator.js'
import { SlugField, slugRefusal } from './SlugField.js'
import { SourceColumn } from './SourceColumn.js'
import { StorySidebar } from './StorySidebar.js'
import { toServerDoc } from './server-doc.js'
import { Toolbar } from './Toolbar.js'
import { useAutosave } from './useAutosave.js'
import { VersionSwitcher } from './VersionSwitcher.js'
import { WorkflowBar } from './WorkflowBar.js'

type Fields = Omit<VersionContent, 'body'>
const fieldsOf = (v: VersionContent): Fields => ({
  headline: v.headline,
  slug: v.slug,
  lead: v.lead,
  seoTitle: v.seoTitle,
  seoDescription: v.seoDescription,
})

/** One language version open for editing: text fields and body, autosaved; workflow; conflicts resolved without loss. */
export function EditorScreen({ story, initial, versions }: { story: Story; initial: StoryVersion; versions: StoryVersion[] }) {
  const { t } = useI18n()
  const user = useUser()
  const [version, setVersion] = useState(initial)
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial))
  const current = useRef(fields)
  const [notice, setNotice] = useState<string | null>(null)
  const [conflict, setConflict] = useState<{ mine: VersionContent; theirs: StoryVersion; savedBy: string } | null>(null)
  const [resolving, setResolving] = useState(false)
  const [previewing, setPreviewing] = useState(false)

  // Read-only for whoever may not change this version (the server would refuse the save anyway).
  const editable = mayEditVersion(user, story, initial)
  const editor = useEditor({
    editable,
    extensions: editorExtensions(),
    content: initial.body,
    injectCSS: false, // an injected <style> would need 'unsafe-inline' in the CSP; styles.css carries it
    editorProps: { attributes: { 'aria-label': t('story.body'), class: 'story-body' } },
    onUpdate: () => autosaveRef.current.changed(),
    onBlur: () => void autosaveRef.current.saveNow(),
  })

  const read = (): VersionContent => ({ ...current.current, body: toServerDoc(editor.getJSON()) })
  const autosave = useAutosave({
    versionId: initial.id,
    revision: initial.revision,
    read,
    onSaved: setVersion,
    onConflict: (mine) => {
      api
        .get<StoryWithVersions>(`/stories/${story.id}`)
        .then(({ versions: now }) => {
          const theirs = now.find((v) => v.id === initial.id)
          if (theirs) setConflict({ mine, theirs, savedBy: theirs.updatedBy === user.id ? user.name : t('conflict.someone') })
        })
        .catch((err: unknown) => err instanceof ApiError && setNotice(errorMessage(err, t)))
    },
  })
  const autosaveRef = useRef(autosave)
  autosaveRef.current = autosave

  const setField = (name: keyof Fields, value: string) => {
    current.current = { ...current.current, [name]: value }
    setFields(current.current)
    autosave.changed()
  }
  const apply = (content: VersionContent) => {
    current.current = fieldsOf(content)
    setFields(current.current)
    editor.commands.setContent(content.body, { emitUpdate: false })
  }

  // Text typed here earlier and never saved (a closed tab, an expired session) comes back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the screen opens
  useEffect(() => {
    const draft = readLocalDraft(initial.id, initial.slug)
    if (!draft) return
    if (sameContent(draft.content, initial) && draft.baseRevision === initial.revision) return dropLocalDraft(initial.id)
    apply(draft.content)
    autosave.adoptLocalDraft(draft.baseRevision)
    setNotice(t('save.restoredLocal'))
  }, [])

  async function keepMine() {
    if (!conflict) return
    setResolving(true)
    try {
      const saved = await api.put<StoryVersion>(`/story-versions/${initial.id}`, { expectedRevision: conflict.theirs.revision, ...read() })
      setVersion(saved)
      autosave.resume(saved.revision, false)
      setNotice(t('conflict.keptMine', { revision: conflict.theirs.revision }))
      setConflict(null)
    } catch (err) {
      if (err instanceof ApiError) setNotice(errorMessage(err, t))
    } finally {
      setResolving(false)
    }
  }

  async function takeTheirs() {
    if (!conflict) return
    setResolving(true)
    try {
      // Mine goes into the history first, then theirs is restored on top: both stay, theirs is current.
      const mine = await api.put<StoryVersion>(`/story-versions/${initial.id}`, { expectedRevision: conflict.theirs.revision, ...read() })
      const now =
        mine.revision === conflict.theirs.revision
          ? mine
          : await api.post<StoryVersion>(`/story-versions/${initial.id}/restore`, {
              number: conflict.theirs.revision,
              expectedRevision: mine.revision,
            })
      apply(now)
      setVersion(now)
      autosave.resume(now.revision, false)
      setNotice(t('conflict.tookTheirs', { revision: mine.revision }))
      setConflict(null)
    } catch (err) {
      if (err instanceof ApiError) setNotice(errorMessage(err, t))
    } finally {
      setResolving(false)
    }
  }

  /** Brings back an old revision as a new one (after saving what is pending): the history only grows. */
  async function restore(number: number) {
    if (!(await autosave.saveNow())) return
    try {
      const now = await api.post<StoryVersion>(`/story-versions/${initial.id}/restore`, { number, expectedRevision: autosave.revision() })
      apply(now)
      setVersion(now)
      autosave.resume(now.revision, false)
      setNotice(t('revisions.restored', { number, revision: now.revision }))
    } catch (err) {
      if (err instanceof ApiError) setNotice(errorMessage(err, t))
    }
  }

  /** The translator has carried the source's changes over: record the source revision this version now matches. */
  async function markUpToDate(sourceRevision: number) {
    if (!(await autosave.saveNow())) return
    try {
      const saved = await api.put<StoryVersion>(`/story-versions/${initial.id}`, { expectedRevision: autosave.revision(), sourceRevision })
      setVersion(saved)
      autosave.resume(saved.revision, false)
      setNotice(t('translation.marked', { revision: sourceRevision }))
    } catch (err) {
      if (err instanceof ApiError) setNotice(errorMessage(err, t))
    }
  }

  // Ctrl+S / ⌘S saves at once, as in every editor people are used to (and never opens the browser's "save page").
  const { saveNow } = autosave
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void saveNow()
      }
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [saveNow])

  const blur = () => void saveNow()
  return (
    <div className="editor-page">
      <div className="editor-bar">
        <Link to={{ name: 'desk' }}>← {t('nav.desk')}</Link>
        <VersionSwitcher storyId={story.id} current={version} versions={versions} />
        {editable && <SaveIndicator state={autosave.state} onRetry={() => void autosave.saveNow()} />}
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
          {previewing ? t('preview.hide') : t('preview.show')}
        </button>
        <WorkflowBar version={version} editable={editable} saveNow={autosave.saveNow} onMoved={setVersion} />
      </div>
      {!editable && (
        <p className="notice" role="status">
          {t('story.readOnly')}
        </p>
      )}
      <PendingBar
        story={story}
        version={version}
        editable={editable}
        saveNow={autosave.saveNow}
        revision={autosave.revision}
        onReviewed={(now, message, textChanged) => {
          if (textChanged) apply(now) // discarded: the published text is the working text again
          setVersion(now)
          autosave.resume(now.revision, false)
          setNotice(message)
        }}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {/* A translation opens as a workspace: the source read-only on the left, the translation beside it. */}
      <div className={['editor-columns', version.sourceLocale && 'with-source', previewing && 'with-preview'].filter(Boolean).join(' ')}>
        <SourceColumn version={version} versions={versions} editable={editable} markUpToDate={markUpToDate} />
        <div className="editor-main">
          <CountedField
            readOnly={!editable}
            className="headline"
            label={t('story.headline')}
            value={fields.headline}
            onChange={(v) => setField('headline', v)}
            onBlur={blur}
            recommended={110}
            max={500}
          />
          <CountedField
            readOnly={!editable}
            label={t('story.lead')}
            value={fields.lead}
            onChange={(v) => setField('lead', v)}
            onBlur={blur}
            recommended={300}
            max={2000}
            multiline
          />
          <div className="field">
            <span className="label" id="body-label">
              {t('story.body')}
            </span>
            {editable && <Toolbar editor={editor} />}
            <EditorContent editor={editor} className="body-editor" aria-labelledby="body-label" />
          </div>
        </div>
        {previewing && <PreviewPane version={version} />}
        <StorySidebar
          hidden={previewing}
          story={story}
          versions={versions}
          version={version}
          revisions={<RevisionsPanel version={version} editable={editable} restore={restore} />}
        >
          <CountedField
            readOnly={!editable}
            label={t('story.seoTitle')}
            value={fields.seoTitle}
            onChange={(v) => setField('seoTitle', v)}
            onBlur={blur}
            recommended={60}
            max={500}
          />
          <CountedField
            readOnly={!editable}
            label={t('story.seoDescription')}
            value={fields.seoDescription}
            onChange={(v) => setField('seoDescription', v)}
            onBlur={blur}
            recommended={160}
            max={1000}
            multiline
          />
          <SlugField
            readOnly={!editable}
            value={fields.slug}
            version={version}
            onChange={(v) => setField('slug', v)}
            onBlur={blur}
            serverError={slugRefusal(autosave.state)}
          />
        </StorySidebar>
      </div>
      {conflict && (
        <ConflictDialog
          mine={conflict.mine}
          theirs={conflict.theirs}
          savedBy={conflict.savedBy}
          busy={resolving}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={() => void takeTheirs()}
        />
      )}
    </div>
  )
}
