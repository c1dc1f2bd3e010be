/**
 * Our language for a WordPress language code. `--locale-map` comes first (`pl=uk`), then the
 * code itself or its language part (`uk_UA`, `en-US` → `uk`, `en`); `ua`, the country code many
 * Ukrainian sites use for their language, means Ukrainian. A code that names none of the site's
 * languages is returned as `{ unknown }` so the report can say which code to map.
 */
export function wordpressLocale(
  code: string,
  choice: { map: Readonly<Record<string, string>>; siteLocales: readonly string[] },
): string | { unknown: string } {
  const raw = code.trim().toLowerCase().replace('_', '-')
  const mapped = choice.map[raw] ?? choice.map[raw.split('-')[0] as string]
  if (mapped) return mapped
  for (const candidate of [raw, raw.split('-')[0] as string]) {
    const ours = candidate === 'ua' ? 'uk' : candidate
    if (choice.siteLocales.includes(ours)) return ours
  }
  return { unknown: code }
}

/** Reads `--locale-map pl=uk,ua=uk`; refuses targets the site doesn't publish in. */
export function parseLocaleMap(text: string, siteLocales: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [from, to, ...rest] = pair.split('=').map((s) => s.trim().toLowerCase())
    if (!from || !to || rest.length) throw new RangeError(`--locale-map takes pairs like pl=uk,ua=uk; '${pair}' is not one.`)
    if (!siteLocales.includes(to))
      throw new RangeError(`--locale-map maps '${from}' to '${to}', which is not one of the site's languages (${siteLocales.join(', ')}).`)
    out[from.replace('_', '-')] = to
  }
  return out
}
