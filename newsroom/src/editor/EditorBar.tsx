import type { StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Link } from '../router.js'
import { SaveIndicator } from './SaveIndicator.js'
import type { SaveState } from './useAutosave.js'
import { VersionSwitcher } from './VersionSwitcher.js'
import { WorkflowBar } from './WorkflowBar.js'

/** The bar above a version: back to the desk, the languages, the save state, the preview switch, the workflow. */
export function EditorBar(props: {
  storyId: string
  version: StoryVersion
  versions: StoryVersion[]
  editable: boolean
  saveState: SaveState
  saveNow: () => Promise<boolean>
  previewing: boolean
  setPreviewing: (on: boolean) => void
  onMoved: (v: StoryVersion) => void
}) {
  const { t } = useI18n()
  return (
    <div className="editor-bar">
      <Link to={{ name: 'desk' }}>← {t('nav.desk')}</Link>
      <VersionSwitcher storyId={props.storyId} current={props.version} versions={props.versions} />
      {props.editable && <SaveIndicator state={props.saveState} onRetry={() => void props.saveNow()} />}
      <button type="button" aria-pressed={props.previewing} onClick={() => props.setPreviewing(!props.previewing)}>
        {props.previewing ? t('preview.hide') : t('preview.show')}
      </button>
      <WorkflowBar version={props.version} editable={props.editable} saveNow={props.saveNow} onMoved={props.onMoved} />
    </div>
  )
}
