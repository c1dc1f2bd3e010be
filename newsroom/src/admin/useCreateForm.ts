import { type FormEvent, useState } from 'react'
import { useProblem } from './useList.js'

/**
 * The life of a new-item form: busy while the request runs, the refusal if any, and the
 * confirmation to announce. `create` sends the request, clears the fields and returns the
 * confirmation text.
 */
export function useCreateForm(create: () => Promise<string>) {
  const problem = useProblem()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      setDone(await create())
    } catch (err) {
      setError(problem(err, 'create'))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, done, submit }
}
