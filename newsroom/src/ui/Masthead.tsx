import { useI18n } from '../i18n/i18n.js'
import { Link, useRoute } from '../router.js'
import { may } from '../session/permissions.js'
import { useSession, useUser } from '../session/session.js'
import { UiLanguagePicker } from './UiLanguagePicker.js'

export function Masthead() {
  const { t } = useI18n()
  const { signOut } = useSession()
  const user = useUser()
  const route = useRoute()
  const current = (name: string) => (route.name === name ? ('page' as const) : undefined) // marked for screen readers and underlined
  return (
    <header className="masthead">
      <nav aria-label={t('app.title')}>
        <Link to={{ name: 'desk' }} className="brand">
          Vistka
        </Link>
        <Link to={{ name: 'desk' }} aria-current={current('desk')}>
          {t('nav.desk')}
        </Link>
        {may(user, 'story.create') && (
          <Link to={{ name: 'newStory' }} aria-current={current('newStory')}>
            {t('nav.newStory')}
          </Link>
        )}
        <Link to={{ name: 'media' }} aria-current={current('media')}>
          {t('nav.media')}
        </Link>
        {may(user, 'story.edit_any') && (
          <Link to={{ name: 'pages' }} aria-current={current('pages')}>
            {t('nav.pages')}
          </Link>
        )}
        {may(user, 'redirect.manage') && (
          <Link to={{ name: 'redirects' }} aria-current={current('redirects')}>
            {t('nav.redirects')}
          </Link>
        )}
        {may(user, 'taxonomy.manage') && (
          <>
            <Link to={{ name: 'topics' }} aria-current={current('topics')}>
              {t('nav.topics')}
            </Link>
            <Link to={{ name: 'authors' }} aria-current={current('authors')}>
              {t('nav.authors')}
            </Link>
          </>
        )}
        {may(user, 'user.manage') && (
          <Link to={{ name: 'users' }} aria-current={current('users')}>
            {t('nav.users')}
          </Link>
        )}
        {may(user, 'integration.manage') && (
          <Link to={{ name: 'integrations' }} aria-current={current('integrations')}>
            {t('nav.integrations')}
          </Link>
        )}
      </nav>
      <div className="account">
        <span className="who">{t('nav.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
        <UiLanguagePicker />
        <button type="button" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </div>
    </header>
  )
}
