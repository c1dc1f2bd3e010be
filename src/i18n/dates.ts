const formatters = new Map<string, Intl.DateTimeFormat>()

/** "24 листопада 2026 р. о 09:59" — a moment in the reader's language and the site's time zone. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long', timeStyle: 'short' })
    formatters.set(key, f)
  }
  return f.format(new Date(iso))
}
