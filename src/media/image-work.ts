/**
 * Decoding and encoding an image takes tens to hundreds of MB at its peak and a whole core while
 * it runs, so uploads take turns: at most this many images are worked on at once in a process,
 * the rest wait (their bytes are already read, within the upload limit). One fits a 2-core
 * machine that also serves readers.
 */
export const IMAGE_JOBS_AT_ONCE = 1

// libvips settings are per process, set when sharp is loaded (packages-on-use.ts): its operation
// cache keeps decoded pixels for reuse, which an upload never gets (each image is seen once), so
// it is off; one thread per image is sharp's own default on glibc without jemalloc, to limit
// malloc fragmentation (memory that never goes back); it is said so the ceiling holds whatever
// allocator the host has.

/** Runs jobs at most `limit` at a time, in the order they asked; a failing job frees its turn. */
export function createTurns(limit: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async function inTurn<T>(job: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await job()
    } finally {
      const next = waiting.shift()
      if (next)
        next() // the turn passes straight on, so `running` stays counted
      else running--
    }
  }
}

/** The process's one queue for image work (uploads, re-processing). */
export const inImageTurn = createTurns(IMAGE_JOBS_AT_ONCE)
