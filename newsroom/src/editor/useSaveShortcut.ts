import { useEffect } from 'react'

/** Ctrl+S / ⌘S saves at once, as in every editor people are used to (and never opens the browser's "save page"). */
export function useSaveShortcut(saveNow: () => Promise<unknown>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void saveNow()
      }
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [saveNow])
}
