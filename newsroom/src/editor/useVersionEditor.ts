import { useEditor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/client.js'
import { getStory } from '../api/stories.js'
import type { Story, StoryVersion, VersionContent } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { mayEditVersion } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { editorExtensions } from './extensions.js'
import { dropLocalDraft, readLocalDraft, sameContent } from './local-drafts.js'
import { toServerDoc } from './server-doc.js'
import { useAutosave } from './useAutosave.js'

export type Fields = Omit<VersionContent, 'body'>
export type Conflict = { mine: VersionContent; theirs: StoryVersion; savedBy: string }

const fieldsOf = (v: VersionContent): Fields => ({
  headline: v.headline,
  slug: v.slug,
  lead: v.lead,
  seoTitle: v.seoTitle,
  seoDescription: v.seoDescription,
})

/**
 * One language version's working state: its text fields and body editor, autosaved; the notice
 * line; a save conflict waiting to be resolved; and text typed earlier and never saved, brought back.
 */
export function useVersionEditor(story: Story, initial: StoryVersion) {
  const { t } = useI18n()
  const user = useUser()
  const [version, setVersion] = useState(initial)
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial))
  const current = useRef(fields)
  const [notice, setNotice] = useState<string | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)

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
      getStory(story.id)
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
  /** Puts content on the screen without it counting as an edit. */
  const apply = (content: VersionContent) => {
    current.current = fieldsOf(content)
    setFields(current.current)
    editor.commands.setContent(content.body, { emitUpdate: false })
  }
  /** A version the server answered with becomes the one being edited, at its revision. */
  const adopt = (now: StoryVersion, message: string, { showText = false } = {}) => {
    if (showText) apply(now)
    setVersion(now)
    autosave.resume(now.revision, false)
    setNotice(message)
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

  return { editor, editable, version, setVersion, fields, setField, read, autosave, adopt, notice, setNotice, conflict, setConflict }
}

export type VersionEditor = ReturnType<typeof useVersionEditor>
