/**
 * Work an event listener starts and nobody awaits (an event bus calls listeners and moves on):
 * its failures go to `onError`, and `settled()` waits until all of it, including work started
 * meanwhile, is done — what shutdown and tests wait on.
 */
export function backgroundWork(onError: (err: unknown) => void) {
  const pending = new Set<Promise<unknown>>()
  return {
    run(work: () => Promise<unknown>): void {
      const p = work()
        .catch(onError)
        .finally(() => pending.delete(p))
      pending.add(p)
    },
    async settled(): Promise<void> {
      while (pending.size) await Promise.all([...pending])
    },
  }
}
