import type { ReactNode } from 'react'
import type { Story, StoryVersion } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { SharedFields } from './SharedFields.js'
import { publicPath } from './SlugField.js'

/** The side column: state, the fields every language shares, SEO fields and address (children) and the public page. */
export function StorySidebar({
  hidden = false,
  story,
  versions,
  version,
  revisions,
  children,
}: {
  /** Kept mounted (typed SEO text stays) while the preview takes its place. */
  hidden?: boolean
  story: Story
  versions: StoryVersion[]
  version: StoryVersion
  revisions: ReactNode
  children: ReactNode
}) {
  const { t } = useI18n()
  return (
    <aside className="editor-side" hidden={hidden}>
      <p className="meta">{t('story.revision', { revision: version.revision })}</p>
      {version.status === 'published' && (
        <p>
          <a href={publicPath(version, version.slug, story.kind)} target="_blank" rel="noreferrer">
            {t('story.preview')}
          </a>
        </p>
      )}
      {revisions}
      <section>
        <h2>{t('story.seo')}</h2>
        {children}
      </section>
      {/* A page (About us) has no section, tags, bylines or flags. */}
      {story.kind !== 'page' && <SharedFields story={story} versions={versions} />}
    </aside>
  )
}
