import { type KeyboardEvent, useId, useRef, useState } from 'react'
import { createTopic, updateTopic } from '../api/taxonomy.js'
import type { Topic, TopicKind } from '../api/types.js'
import { nameIn } from '../editor/taxonomy.js'
import { useI18n } from '../i18n/i18n.js'
import { AdminListPanel } from './AdminListPanel.js'
import { CreateFormFooter } from './CreateFormFooter.js'
import { emptyNames, NamesFields, namesPayload } from './NamesFields.js'
import { TopicRow } from './TopicRow.js'
import { useCreateForm } from './useCreateForm.js'
import { matches, useList, useProblem } from './useList.js'
import './admin.css'

/** The kinds of topic, as the server has them (src/taxonomy/taxonomy.types.ts TOPIC_KINDS), one tab each. */
const KINDS: readonly TopicKind[] = ['section', 'tag', 'person', 'organisation', 'place']

/** Sections, tags, people, organisations and places: one tab a kind, each a filterable list with its own new-topic form. */
export function TaxonomyScreen() {
  const { t } = useI18n()
  const id = useId()
  const [kind, setKind] = useState<TopicKind>('section')
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = (KINDS.indexOf(kind) + step + KINDS.length) % KINDS.length
    setKind(KINDS[next] as TopicKind)
    tabs.current[next]?.focus()
  }
  return (
    <div className="admin-screen">
      <h1>{t('topics.title')}</h1>
      <div role="tablist" aria-label={t('topics.kinds')} className="kind-tabs" onKeyDown={onKeyDown}>
        {KINDS.map((k, i) => (
          <button
            key={k}
            ref={(el) => {
              tabs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${k}`}
            aria-selected={k === kind}
            aria-controls={`${id}-panel`}
            tabIndex={k === kind ? 0 : -1}
            onClick={() => setKind(k)}
          >
            {t(`topics.kind.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${kind}`}>
        <TopicList key={kind} kind={kind} />
      </div>
    </div>
  )
}

function TopicList({ kind }: { kind: TopicKind }) {
  const { t } = useI18n()
  const { items, setItems, error, loading } = useList<Topic>('/topics', { kind })
  const problem = useProblem()
  const [q, setQ] = useState('')
  const [moveError, setMoveError] = useState<string | null>(null)
  const shown = items.filter((x) => matches(x.names, q))
  const replace = (topic: Topic) => setItems((prev) => prev.map((x) => (x.id === topic.id ? topic : x)))

  /** Sections are the site's menu, in this order: a move renumbers the positions that changed. */
  async function move(topic: Topic, step: -1 | 1) {
    const order = [...items]
    const at = order.indexOf(topic)
    const other = order[at + step]
    if (!other) return
    order[at] = other
    order[at + step] = topic
    setItems(order)
    setMoveError(null)
    try {
      for (const [position, x] of order.entries()) if (x.position !== position) replace(await updateTopic(x.id, { position }))
    } catch (err) {
      setMoveError(problem(err, 'move'))
    }
  }

  return (
    <AdminListPanel
      label={t(`topics.kind.${kind}`)}
      form={<NewTopicForm kind={kind} position={items.length} onCreated={(topic) => setItems((prev) => [...prev, topic])} />}
      heading={t('topics.listOf', { kind: t(`topics.kind.${kind}`), count: items.length })}
      filterLabel={t('admin.filter')}
      q={q}
      onFilter={setQ}
      note={kind === 'section' && <p className="meta">{t('topics.sectionOrder')}</p>}
      error={error}
      listError={moveError}
      loading={loading}
      rows={shown}
      row={(topic) => (
        <TopicRow
          key={topic.id}
          topic={topic}
          others={items.filter((x) => x.id !== topic.id)}
          onChanged={replace}
          onGone={(id) => setItems((prev) => prev.filter((x) => x.id !== id))}
          onMerged={(into) => setItems((prev) => prev.filter((x) => x.id !== topic.id).map((x) => (x.id === into.id ? into : x)))}
          {...(kind === 'section' &&
            !q && {
              onMove: (step: -1 | 1) => void move(topic, step),
              first: items[0]?.id === topic.id,
              last: items.at(-1)?.id === topic.id,
            })}
        />
      )}
      none={t('topics.none')}
    />
  )
}

function NewTopicForm({ kind, position, onCreated }: { kind: TopicKind; position: number; onCreated(topic: Topic): void }) {
  const { t, locale } = useI18n()
  const formId = useId()
  const [names, setNames] = useState(emptyNames)
  const { busy, error, done, submit } = useCreateForm(async () => {
    // A new section goes to the end of the menu; other kinds have no order that readers see.
    const topic = await createTopic({ kind, names: namesPayload(names), ...(kind === 'section' && { position }) })
    onCreated(topic)
    setNames(emptyNames())
    return t('topics.created', { name: nameIn(topic.names, locale) })
  })

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t(`topics.new.${kind}`)}</h2>
      <NamesFields names={names} onChange={setNames} disabled={busy} person={kind === 'person'} />
      <p className="meta">{t('names.hint')}</p>
      <CreateFormFooter
        label={t('topics.create')}
        disabled={busy || !Object.values(names).some((n) => n.name.trim())}
        done={done}
        error={error}
      />
    </form>
  )
}
