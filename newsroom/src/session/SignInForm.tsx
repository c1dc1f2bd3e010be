import { type FormEvent, useState } from 'react'
import { ApiError } from '../api/client.js'
import { useI18n } from '../i18n/i18n.js'
import { errorMessage } from '../ui/error-message.js'
import { useSession } from './session.js'

/** Email and password; a refusal (wrong password, too many attempts, no network) is shown right under the fields. */
export function SignInForm({ email: knownEmail = '' }: { email?: string }) {
  const { t } = useI18n()
  const { signIn } = useSession()
  const [email, setEmail] = useState(knownEmail)
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!email.trim() || !password) return setError(t('signIn.missing'))
    setBusy(true)
    setError(null)
    try {
      await signIn(email.trim(), password)
    } catch (err) {
      setError(err instanceof ApiError ? errorMessage(err, t) : String(err))
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="sign-in" onSubmit={submit} noValidate>
      <label>
        {t('signIn.email')}
        <input type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        {t('signIn.password')}
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <p className="form-error" role="alert" aria-live="assertive">
        {error}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  )
}
