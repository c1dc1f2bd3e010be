import type { ReactNode } from 'react'
import type { Story, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { nameIn, useTaxonomy } from './taxonomy.js'

/** Where readers find a published version (the default language has no prefix, as on the public site). */
const publicPath = (v: StoryVersion) => `${v.locale === 'uk' ? '' : `/${v.locale}`}/news/${v.slug}-${v.storyId}`

/** The side column: state, the fields every language shares, SEO fields (children) and the public page. */
export function StorySidebar({
  hidden = false,
  story,
  version,
  revisions,
  children,
}: {
  /** Kept mounted (typed SEO text stays) while the preview takes its place. */
  hidden?: boolean
  story: Story
  version: StoryVersion
  revisions: ReactNode
  children: ReactNode
}) {
  const { t, locale } = useI18n()
  const { topics, authors } = useTaxonomy()
  const topicName = (id: string) => {
    const topic = topics.find((x) => x.id === id)
    return topic ? nameIn(topic.names, locale) : id
  }
  const section = story.sectionId ? topicName(story.sectionId) : t('story.noSection')
  const flags = [story.isBreaking && t('story.breaking'), story.isImportant && t('story.important')].filter(Boolean).join(', ')
  return (
    <aside className="editor-side" hidden={hidden}>
      <p className="meta">{t('story.revision', { revision: version.revision })}</p>
      {version.status === 'published' && (
        <p>
          <a href={publicPath(version)} target="_blank" rel="noreferrer">
            {t('story.preview')}
          </a>
        </p>
      )}
      {revisions}
      <section>
        <h2>{t('story.seo')}</h2>
        {children}
        <p className="meta">
          {t('story.slug')}: <code>{version.slug}</code>
        </p>
      </section>
      <section>
        <h2>{t('story.sharedFields')}</h2>
        <dl>
          <dt>{t('story.section')}</dt>
          <dd>{section}</dd>
          <dt>{t('story.tags')}</dt>
          <dd>{story.topicIds.map(topicName).join(', ') || '—'}</dd>
          <dt>{t('story.authors')}</dt>
          <dd>{story.authorIds.map((id) => nameIn(authors.find((a) => a.id === id)?.names ?? {}, locale)).join(', ') || '—'}</dd>
          <dt>{t('story.leadImage')}</dt>
          <dd>
            {story.leadMediaId ? (
              <img className="lead-thumb" src={`/media/v/${story.leadMediaId}/480.jpg`} alt={t('story.leadImage')} width={160} />
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('story.flags')}</dt>
          <dd>{flags || '—'}</dd>
        </dl>
        <p className="meta">{t('story.sharedFieldsReadOnly')}</p>
      </section>
    </aside>
  )
}
