import { FormError } from './FormError.js'

/** The end of a new-item form: its create button, the confirmation (announced) and any refusal. */
export function CreateFormFooter({
  label,
  disabled,
  done,
  error,
}: {
  label: string
  disabled: boolean
  done: string | null
  error: string | null
}) {
  return (
    <>
      <div className="admin-form-actions">
        <button type="submit" className="primary" disabled={disabled}>
          {label}
        </button>
        <span role="status" className="admin-ok">
          {done}
        </span>
      </div>
      <FormError error={error} />
    </>
  )
}
