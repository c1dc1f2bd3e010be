import { useI18n } from '../i18n/i18n.js'
import { FormError } from './FormError.js'

/** The end of a new-item (or edit) form: its submit button, a cancel button when editing, the confirmation (announced) and any refusal. */
export function CreateFormFooter({
  label,
  disabled,
  done,
  error,
  onCancel,
}: {
  label: string
  disabled: boolean
  done: string | null
  error: string | null
  onCancel?: (() => void) | undefined
}) {
  const { t } = useI18n()
  return (
    <>
      <div className="admin-form-actions">
        <button type="submit" className="primary" disabled={disabled}>
          {label}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        )}
        <span role="status" className="admin-ok">
          {done}
        </span>
      </div>
      <FormError error={error} />
    </>
  )
}
