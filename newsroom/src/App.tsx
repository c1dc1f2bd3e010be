import { lazy, Suspense } from 'react'
import { Desk } from './desk/Desk.js'
import { NewStory } from './editor/NewStory.js'
import { useI18n } from './i18n/i18n.js'
import { Link, useRoute } from './router.js'
import { may } from './session/permissions.js'
import { SignInForm } from './session/SignInForm.js'
import { useSession } from './session/session.js'
import { Dialog } from './ui/Dialog.js'
import { Masthead } from './ui/Masthead.js'
import { MayNot } from './ui/MayNot.js'
import { UiLanguagePicker } from './ui/UiLanguagePicker.js'

// The editor (TipTap and ProseMirror) is most of the app's code: load it only when a story is opened.
const StoryEditor = lazy(() => import('./editor/StoryEditor.js'))
// The media library is its own chunk too: the desk, where most sessions start, does not need it.
const MediaScreen = lazy(() => import('./media/MediaScreen.js').then((m) => ({ default: m.MediaScreen })))
// The taxonomy, authors and users screens are a few people's tools: chunks of their own as well.
const TaxonomyScreen = lazy(() => import('./admin/TaxonomyScreen.js').then((m) => ({ default: m.TaxonomyScreen })))
const AuthorsScreen = lazy(() => import('./admin/AuthorsScreen.js').then((m) => ({ default: m.AuthorsScreen })))
const UsersScreen = lazy(() => import('./admin/UsersScreen.js').then((m) => ({ default: m.UsersScreen })))
const PagesScreen = lazy(() => import('./admin/PagesScreen.js').then((m) => ({ default: m.PagesScreen })))
const RedirectsScreen = lazy(() => import('./admin/RedirectsScreen.js').then((m) => ({ default: m.RedirectsScreen })))
const IntegrationsScreen = lazy(() => import('./admin/IntegrationsScreen.js').then((m) => ({ default: m.IntegrationsScreen })))

export function App() {
  const { t } = useI18n()
  const { state } = useSession()
  const route = useRoute()

  if (state.kind === 'loading') return <p className="loading">{t('app.loading')}</p>
  if (state.kind === 'signedOut')
    return (
      <main className="sign-in-page" id="main">
        <UiLanguagePicker />
        <h1>{t('signIn.title')}</h1>
        <SignInForm />
      </main>
    )

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Masthead />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          {route.name === 'desk' && <Desk />}
          {route.name === 'newStory' && <NewStory />}
          {route.name === 'media' && <MediaScreen />}
          {route.name === 'topics' && (may(state.user, 'taxonomy.manage') ? <TaxonomyScreen /> : <MayNot />)}
          {route.name === 'authors' && (may(state.user, 'taxonomy.manage') ? <AuthorsScreen /> : <MayNot />)}
          {route.name === 'users' && (may(state.user, 'user.manage') ? <UsersScreen /> : <MayNot />)}
          {route.name === 'pages' && (may(state.user, 'story.edit_any') ? <PagesScreen /> : <MayNot />)}
          {route.name === 'redirects' && (may(state.user, 'redirect.manage') ? <RedirectsScreen /> : <MayNot />)}
          {route.name === 'integrations' && (may(state.user, 'integration.manage') ? <IntegrationsScreen /> : <MayNot />)}
          {route.name === 'story' && <StoryEditor key={`${route.storyId}/${route.locale}`} storyId={route.storyId} locale={route.locale} />}
          {route.name === 'notFound' && (
            <p>
              {t('app.notFound')} <Link to={{ name: 'desk' }}>{t('app.backToDesk')}</Link>
            </p>
          )}
        </Suspense>
      </main>
      {state.kind === 'expired' && (
        // The screen underneath keeps its state (and unsaved text): only the session is renewed.
        <Dialog title={t('session.expiredTitle')}>
          <p>{t('session.expiredText')}</p>
          <SignInForm email={state.user.email} />
        </Dialog>
      )}
    </>
  )
}
