import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/client.js'
import type { Media } from '../api/types.js'
import { uploadMedia } from '../api/upload.js'

export type Upload =
  | { key: number; name: string; state: 'waiting' }
  | { key: number; name: string; state: 'sending'; loaded: number; total: number }
  | { key: number; name: string; state: 'done'; media: Media }
  | { key: number; name: string; state: 'failed'; error: ApiError; file: File }

let nextKey = 0

/**
 * Files being uploaded to the library, one at a time in the order given (the server makes nine
 * variants of each, so parallel uploads would only queue there), each with its own progress
 * and, when refused, the server's reason.
 */
export function useUploads(onUploaded: (media: Media) => void) {
  const [uploads, setUploads] = useState<Upload[]>([])
  const queue = useRef<{ key: number; file: File }[]>([])
  const running = useRef(false)
  const abort = useRef(new AbortController())
  const uploaded = useRef(onUploaded)
  uploaded.current = onUploaded

  useEffect(() => {
    const controller = new AbortController()
    abort.current = controller
    return () => controller.abort() // leaving the screen stops what is still going out
  }, [])

  const update = useCallback((key: number, next: Upload) => setUploads((list) => list.map((u) => (u.key === key ? next : u))), [])

  const run = useCallback(async () => {
    if (running.current) return
    running.current = true
    for (let item = queue.current.shift(); item; item = queue.current.shift()) {
      const { key, file } = item
      update(key, { key, name: file.name, state: 'sending', loaded: 0, total: file.size })
      try {
        const media = await uploadMedia(file, (p) => update(key, { key, name: file.name, state: 'sending', ...p }), abort.current.signal)
        update(key, { key, name: file.name, state: 'done', media })
        uploaded.current(media)
      } catch (err) {
        if (abort.current.signal.aborted) break
        const error = err instanceof ApiError ? err : new ApiError(0, 'network', '')
        update(key, { key, name: file.name, state: 'failed', error, file })
      }
    }
    running.current = false
  }, [update])

  const add = useCallback(
    (files: readonly File[]) => {
      const items = files.map((file) => ({ key: ++nextKey, file }))
      setUploads((list) => [...list, ...items.map(({ key, file }): Upload => ({ key, name: file.name, state: 'waiting' }))])
      queue.current.push(...items)
      void run()
    },
    [run],
  )

  /** Sends a refused file again (after the network or the session is back). */
  const retry = useCallback(
    (upload: Upload) => {
      if (upload.state !== 'failed') return
      update(upload.key, { key: upload.key, name: upload.name, state: 'waiting' })
      queue.current.push({ key: upload.key, file: upload.file })
      void run()
    },
    [run, update],
  )

  const clearFinished = useCallback(() => setUploads((list) => list.filter((u) => u.state === 'waiting' || u.state === 'sending')), [])

  return { uploads, add, retry, clearFinished }
}
