import { EditorContent } from '@tiptap/react'
import { useState } from 'react'
import type { Story, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { PreviewPane } from '../preview/PreviewPane.js'
import { CountedField } from '../ui/CountedField.js'
import { ConflictDialog } from './ConflictDialog.js'
import { EditorBar } from './EditorBar.js'
import { PendingBar } from './PendingBar.js'
import { RevisionsPanel } from './RevisionsPanel.js'
import { SeoFields } from './SeoFields.js'
import { SourceColumn } from './SourceColumn.js'
import { StorySidebar } from './StorySidebar.js'
import { Toolbar } from './Toolbar.js'
import { useSaveShortcut } from './useSaveShortcut.js'
import { useVersionActions } from './useVersionActions.js'
import { useVersionEditor } from './useVersionEditor.js'

/**
 * One language version open for editing: text fields and body, autosaved (useVersionEditor);
 * workflow; conflicts resolved without loss and history restored (useVersionActions).
 */
export function EditorScreen({ story, initial, versions }: { story: Story; initial: StoryVersion; versions: StoryVersion[] }) {
  const { t } = useI18n()
  const v = useVersionEditor(story, initial)
  const actions = useVersionActions(v)
  const [previewing, setPreviewing] = useState(false)
  const { editor, editable, version, fields, setField, autosave, notice, conflict } = v
  useSaveShortcut(autosave.saveNow)
  const blur = () => void autosave.saveNow()

  return (
    <div className="editor-page">
      <EditorBar
        storyId={story.id}
        version={version}
        versions={versions}
        editable={editable}
        saveState={autosave.state}
        saveNow={autosave.saveNow}
        previewing={previewing}
        setPreviewing={setPreviewing}
        onMoved={v.setVersion}
      />
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
        // Discarded: the published text is the working text again.
        onReviewed={(now, message, textChanged) => v.adopt(now, message, { showText: textChanged })}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {/* A translation opens as a workspace: the source read-only on the left, the translation beside it. */}
      <div className={['editor-columns', version.sourceLocale && 'with-source', previewing && 'with-preview'].filter(Boolean).join(' ')}>
        <SourceColumn version={version} versions={versions} editable={editable} markUpToDate={actions.markUpToDate} />
        <div className="editor-main">
          <CountedField
            readOnly={!editable}
            className="headline"
            label={t('story.headline')}
            value={fields.headline}
            onChange={(value) => setField('headline', value)}
            onBlur={blur}
            recommended={110}
            max={500}
          />
          <CountedField
            readOnly={!editable}
            label={t('story.lead')}
            value={fields.lead}
            onChange={(value) => setField('lead', value)}
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
          revisions={<RevisionsPanel version={version} editable={editable} restore={actions.restore} />}
        >
          <SeoFields
            kind={story.kind}
            fields={fields}
            version={version}
            editable={editable}
            saveState={autosave.state}
            setField={setField}
            onBlur={blur}
          />
        </StorySidebar>
      </div>
      {conflict && (
        <ConflictDialog
          mine={conflict.mine}
          theirs={conflict.theirs}
          savedBy={conflict.savedBy}
          busy={actions.resolving}
          onKeepMine={() => void actions.keepMine()}
          onTakeTheirs={() => void actions.takeTheirs()}
        />
      )}
    </div>
  )
}
