import { useI18n } from '../i18n/i18n.js'

/** A secret the server shows only in its answer to the creation: selectable, with the warning that it won't be shown again. */
export function ShownOnce({ label, value }: { label: string; value: string }) {
  const { t } = useI18n()
  return (
    <div className="shown-once" role="status">
      <p>
        <strong>{label}</strong> {t('integrations.shownOnce')}
      </p>
      <input type="text" readOnly value={value} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
    </div>
  )
}
