/** How long failed deliveries (webhooks, purges) keep being retried. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000

/** First retry after ~30 s, doubling to at most two hours; "full jitter" keeps many failed receivers from being retried in lockstep. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(2 * 60 * 60_000, 30_000 * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Whether an answer (or no answer: a network error) is worth trying again: 5xx, 429, 408, or nothing. */
export const isRetryable = (status: number | null): boolean => status === null || status >= 500 || status === 429 || status === 408
