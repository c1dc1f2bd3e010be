/** The newsroom works in Kyiv time whatever the computer's own time zone is. */
export const NEWSROOM_TIME_ZONE = 'Europe/Kyiv'

/** A moment as the desk shows it, e.g. "2 груд. 2026 р., 09:15". */
export function formatKyiv(iso: string, uiLocale: string): string {
  return new Intl.DateTimeFormat(uiLocale, { timeZone: NEWSROOM_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** Kyiv's wall-clock reading of a moment, as `YYYY-MM-DDTHH:mm` (what <input type="datetime-local"> holds). */
export function toKyivLocal(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: NEWSROOM_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

/**
 * The moment a Kyiv wall-clock time names. Kyiv's offset is +2 or +3 hours depending on the date,
 * so guess with +2 and correct by how far the guess reads off; a time skipped by the spring
 * change resolves to the hour after it.
 */
export function fromKyivLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  const wanted = Date.UTC(y, mo - 1, d, h, mi)
  let guess = wanted - 2 * 3600_000
  for (let i = 0; i < 3; i++) {
    const read = Date.parse(`${toKyivLocal(new Date(guess))}:00Z`)
    if (read === wanted) break
    guess += wanted - read
  }
  return new Date(guess)
}
