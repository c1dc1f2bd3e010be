/**
 * The UTC instants bounding a day or month of a time zone's calendar, so "24 November" on a Kyiv
 * site means what a Kyiv reader means by it. Undefined for anything that isn't a real date.
 */
export function archiveRange(p: { year: string; month: string; day?: string | undefined }, timeZone: string) {
  if (!/^\d{4}$/.test(p.year) || !/^\d{2}$/.test(p.month) || (p.day !== undefined && !/^\d{2}$/.test(p.day))) return undefined
  const year = Number(p.year)
  const month = Number(p.month)
  const day = p.day === undefined ? undefined : Number(p.day)
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return undefined
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined
  const start = zonedMidnight(year, month, day ?? 1, timeZone)
  const end =
    day === undefined
      ? zonedMidnight(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1, timeZone)
      : zonedMidnight(year, month, day + 1, timeZone)
  return { year, month, day, from: start.toISOString(), to: end.toISOString() }
}

/** Midnight at the start of a calendar day in a time zone, as a UTC Date (the day may overflow into the next month). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, day))
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(guess)
  const get = (type: string) => Number(parts.find((x) => x.type === type)?.value)
  const asLocal = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return new Date(guess.getTime() - (asLocal - guess.getTime()))
}
