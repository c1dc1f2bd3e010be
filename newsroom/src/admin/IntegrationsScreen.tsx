import { useI18n } from '../i18n/i18n.js'
import { ContentKeysPanel } from './ContentKeysPanel.js'
import { WebhooksPanel } from './WebhooksPanel.js'
import './admin.css'

/** Integrations (admins): keys for the Content API, and webhooks that tell other systems of changes. */
export function IntegrationsScreen() {
  const { t } = useI18n()
  return (
    <div className="admin-screen">
      <h1>{t('integrations.title')}</h1>
      <ContentKeysPanel />
      <WebhooksPanel />
    </div>
  )
}
