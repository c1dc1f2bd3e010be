import { useRef, useState } from 'react'
import { ApiError } from '../api/client.js'
import { getStory, updateStory } from '../api/stories.js'
import type { Story, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { mayEditOriginal, mayEditSharedFields } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { errorMessage } from '../ui/error-message.js'
import { AuthorsSelect, FlagsFieldset, LeadImageField, SectionSelect, TopicsSelect } from './StoryFieldPickers.js'
import { nameIn, useTaxonomy } from './taxonomy.js'
import './shared-fields.css'
import { LibraryImage } from '../media/library-image.js'

type SharedChange = Partial<Pick<Story, 'sectionId' | 'leadMediaId' | 'topicIds' | 'authorIds' | 'isBreaking' | 'isImportant'>>
type SaveState = { kind: 'saved' | 'saving' } | { kind: 'failed' | 'conflict'; message: string }

/**
 * Section, topics, authors, lead image and flags: one story-wide set, saved the moment it changes
 * (one request at a time, each against the state the last one left). A change someone else made
 * first is never overwritten: the current values come back and the person is told.
 */
export function SharedFields({ story: initial, versions }: { story: Story; versions: StoryVersion[] }) {
  const { t } = useI18n()
  const user = useUser()
  const [story, setStory] = useState(initial)
  const [state, setState] = useState<SaveState>({ kind: 'saved' })
  const saved = useRef(initial) // the story as the server last confirmed it
  const queue = useRef<Promise<void>>(Promise.resolve())
  const waiting = useRef(0)
  const generation = useRef(0) // a conflict drops the changes still queued: they were made against values now gone

  if (!mayEditSharedFields(user, initial, versions)) {
    // One who could change a draft story's fields is told why a live one's are not theirs to change.
    return <ReadOnlySharedFields story={story} live={mayEditOriginal(user, initial, versions)} />
  }

  function change(patch: SharedChange) {
    setStory((s) => ({ ...s, ...patch }))
    setState({ kind: 'saving' })
    const gen = generation.current
    waiting.current++
    queue.current = queue.current.then(async () => {
      waiting.current--
      if (gen !== generation.current) return
      try {
        const now = await updateStory(initial.id, { expectedUpdatedAt: saved.current.updatedAt, ...patch })
        saved.current = now
        if (waiting.current === 0) {
          setStory(now)
          setState({ kind: 'saved' })
        }
      } catch (err) {
        generation.current++
        if (err instanceof ApiError && err.status === 409 && err.code === 'story_changed') await reload()
        else {
          // What is shown goes back to what the server has, so the screen never claims an unsaved value.
          setStory(saved.current)
          setState({ kind: 'failed', message: failure(err) })
        }
      }
    })
  }

  const failure = (err: unknown) => (err instanceof ApiError ? errorMessage(err, t) : t('error.unexpected', { code: 'shared-fields' }))

  /** After a refused change: the story as it is now, and the person told why their change is gone. */
  async function reload() {
    try {
      const { story: now } = await getStory(initial.id)
      saved.current = now
      setStory(now)
      setState({ kind: 'conflict', message: t('sharedFields.conflict') })
    } catch (err) {
      setStory(saved.current)
      setState({ kind: 'failed', message: failure(err) })
    }
  }

  const stateText = 'message' in state ? state.message : state.kind === 'saved' ? t('save.saved') : t('save.saving')
  return (
    <section className="shared-fields" aria-labelledby="shared-fields-title">
      <div className="shared-fields-head">
        <h2 id="shared-fields-title">{t('story.sharedFields')}</h2>
        <span className={`shared-fields-state save-${state.kind}`} role="status" aria-live="polite" data-shared-state={state.kind}>
          {stateText}
        </span>
      </div>
      <p className="meta">{t('sharedFields.hint')}</p>
      <SectionSelect value={story.sectionId} onChange={(sectionId) => change({ sectionId })} />
      <TopicsSelect value={story.topicIds} onChange={(topicIds) => change({ topicIds })} />
      <AuthorsSelect value={story.authorIds} onChange={(authorIds) => change({ authorIds })} />
      <LeadImageField
        mediaId={story.leadMediaId}
        onPick={(media) => change({ leadMediaId: media.id })}
        onRemove={() => change({ leadMediaId: null })}
      />
      <FlagsFieldset value={{ isBreaking: story.isBreaking, isImportant: story.isImportant }} onChange={change} />
    </section>
  )
}

/** The same fields as text, for whoever may not change them (`live`: because the story is live). */
function ReadOnlySharedFields({ story, live }: { story: Story; live: boolean }) {
  const { t, locale } = useI18n()
  const { topics, authors } = useTaxonomy()
  const topicName = (id: string) => {
    const topic = topics.find((x) => x.id === id)
    return topic ? nameIn(topic.names, locale) : id
  }
  const flags = [story.isBreaking && t('story.breaking'), story.isImportant && t('story.important')].filter(Boolean).join(', ')
  return (
    <section className="shared-fields">
      <h2>{t('story.sharedFields')}</h2>
      <dl>
        <dt>{t('story.section')}</dt>
        <dd>{story.sectionId ? topicName(story.sectionId) : t('story.noSection')}</dd>
        <dt>{t('story.tags')}</dt>
        <dd>{story.topicIds.map(topicName).join(', ') || '—'}</dd>
        <dt>{t('story.authors')}</dt>
        <dd>{story.authorIds.map((id) => nameIn(authors.find((a) => a.id === id)?.names ?? {}, locale)).join(', ') || '—'}</dd>
        <dt>{t('story.leadImage')}</dt>
        <dd>
          {story.leadMediaId ? (
            <LibraryImage className="lead-thumb" id={story.leadMediaId} want={480} width={160} alt={t('story.leadImage')} />
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('story.flags')}</dt>
        <dd>{flags || '—'}</dd>
      </dl>
      <p className="meta" data-shared-state={live ? 'live-read-only' : 'read-only'}>
        {t(live ? 'sharedFields.liveReadOnly' : 'sharedFields.readOnly')}
      </p>
    </section>
  )
}
