import { useI18n } from '../i18n/i18n.js'
import { may } from '../session/permissions.js'
import { useUser } from '../session/session.js'
import { TranslationWork } from './TranslationWork.js'
import { VersionList } from './VersionList.js'

/** The languages stories are written in; the server refuses any other. */
export const CONTENT_LOCALES = ['uk', 'en', 'ru'] as const

/** Home: what is on the desk, one list per state. Authors and contributors see their own work (the server decides). */
export function Desk() {
  const { t } = useI18n()
  const user = useUser()
  const own = !may(user, 'story.edit_any') && !may(user, 'translation.edit')
  const locales = user.locales.length ? user.locales : CONTENT_LOCALES
  return (
    <div className="desk">
      <h1>{t('desk.title')}</h1>
      <div className="desk-grid">
        <VersionList title={own ? t('desk.myDrafts') : t('desk.drafts')} query={{ status: 'draft' }} shown="updated" locales={locales} />
        <VersionList title={t('desk.inReview')} query={{ status: 'in_review' }} shown="updated" locales={locales} />
        {/* Edits of live versions wait here for whoever may publish them; the others see their own waiting. */}
        <VersionList
          title={may(user, 'story.publish') ? t('desk.pending') : t('desk.pendingWaiting')}
          query={{ pending: true }}
          shown="pending"
          locales={locales}
        />
        <VersionList title={t('desk.scheduled')} query={{ status: 'scheduled' }} shown="scheduled" locales={locales} />
        <VersionList title={t('desk.published')} query={{ status: 'published' }} shown="published" locales={locales} />
        {may(user, 'translation.edit') && <TranslationWork locales={locales} />}
      </div>
    </div>
  )
}
