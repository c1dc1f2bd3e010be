import { useState } from 'react'
import { useProblem } from './useList.js'

/**
 * What a list row is showing (its plain view, an edit form or a question) and the request it
 * is running. `open` switches and calls `reset` so a form starts from the item as it is now;
 * `run` marks the row busy and puts a refusal in the row. With `closeOnFail` a refused answer
 * to a question closes the question: the reason why not stays in the row.
 */
export function useRowActions<M extends string>(reset: () => void) {
  const problem = useProblem()
  const [mode, setMode] = useState<M | 'view'>('view')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = (next: M | 'view') => {
    setMode(next)
    setError(null)
    reset()
  }
  const run = async (code: string, work: () => Promise<void>, closeOnFail = false) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(problem(err, code))
      if (closeOnFail) setMode('view')
    } finally {
      setBusy(false)
    }
  }
  return { mode, setMode, busy, error, open, run }
}
