import { deleteRedirect, updateRedirect } from '../api/redirects.js'
import type { Redirect } from '../api/types.js'
import { useI18n } from '../i18n/i18n.js'
import { Link } from '../router.js'
import { formatKyiv } from '../ui/kyiv-time.js'
import { FormError } from './FormError.js'
import { RedirectForm } from './RedirectForm.js'
import { ConfirmAction } from './RowActions.js'
import { useRowActions } from './useRowActions.js'

/** One redirect in the table: the old address (a link that tries it), where it leads, who made it and when; Edit and Delete. */
export function RedirectRow({
  redirect: r,
  onChanged,
  onDeleted,
}: {
  redirect: Redirect
  onChanged(redirect: Redirect): void
  onDeleted(): void
}) {
  const { t, locale } = useI18n()
  const { mode, busy, error, open, run } = useRowActions<'edit' | 'delete'>(() => {})
  const name = r.fromPath

  if (mode === 'edit')
    return (
      <tr className="redirect-editing">
        <td colSpan={5}>
          <RedirectForm
            label={t('admin.editOf', { name })}
            submitLabel={t('admin.save')}
            initial={r}
            onCancel={() => open('view')}
            onSave={async (fromPath, target) => {
              onChanged(await updateRedirect(r.id, { fromPath, target }))
              open('view')
              return undefined
            }}
          />
        </td>
      </tr>
    )

  return (
    <>
      <tr>
        <td data-label={t('redirects.from')}>
          <a href={encodeURI(r.fromPath)} className="redirect-from" target="_blank" rel="noreferrer">
            {r.fromPath}
          </a>
        </td>
        <td data-label={t('redirects.to')}>
          <Target redirect={r} />
        </td>
        <td data-label={t('redirects.origin')}>
          <span className="state-badge">{t(`redirects.origin.${r.origin}`)}</span>
        </td>
        <td data-label={t('redirects.date')}>
          <time dateTime={r.createdAt}>{formatKyiv(r.createdAt, locale)}</time>
        </td>
        <td className="redirect-actions">
          <div className="admin-actions">
            <button type="button" disabled={busy} onClick={() => open('edit')} aria-label={t('admin.editOf', { name })}>
              {t('admin.edit')}
            </button>
            <button type="button" className="danger-quiet" onClick={() => open('delete')} aria-label={t('admin.deleteOf', { name })}>
              {t('admin.delete')}
            </button>
          </div>
        </td>
      </tr>
      {(mode === 'delete' || error) && (
        <tr className="redirect-question">
          <td colSpan={5}>
            {mode === 'delete' && (
              <ConfirmAction
                label={t('admin.deleteOf', { name })}
                question={t('redirects.deleteConfirm', { path: r.fromPath })}
                yes={t('admin.deleteYes')}
                busy={busy}
                onYes={() =>
                  void run(
                    'delete',
                    async () => {
                      await deleteRedirect(r.id)
                      onDeleted()
                    },
                    true,
                  )
                }
                onKeep={() => open('view')}
              />
            )}
            <FormError error={error} />
          </td>
        </tr>
      )}
    </>
  )
}

/** Where a redirect leads: the story or page (linked to its editor) with its language, or the URL. */
function Target({ redirect: r }: { redirect: Redirect }) {
  const { t } = useI18n()
  const { storyId, locale, url } = r.target
  if (url !== null || !storyId || !locale)
    return (
      <a href={url ?? '#'} className="redirect-url" target="_blank" rel="noreferrer">
        {url}
      </a>
    )
  return (
    <span className="redirect-story-target">
      <span className="locale-badge">{locale.toUpperCase()}</span>{' '}
      {r.targetStory ? (
        <Link to={{ name: 'story', storyId, locale }}>{r.targetStory.headline}</Link>
      ) : (
        <span className="meta">{t('redirects.versionGone')}</span>
      )}
      {r.targetStory?.kind === 'page' && <span className="meta"> · {t('redirects.page')}</span>}
    </span>
  )
}
