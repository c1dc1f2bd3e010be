/** A refusal or failure to show where it happened; nothing when there is none. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  )
}
