import type { FastifyRequest } from 'fastify'
import type { LocaleSettings } from '../shared/locales.js'

/** The language to answer a request in: the URL's locale prefix, else the best Accept-Language match, else the default. */
export function requestLocale(req: FastifyRequest, site: LocaleSettings): string {
  const first = req.url.split('/')[1]?.split('?')[0]
  if (first && first !== site.defaultLocale && site.locales.includes(first)) return first
  const header = req.headers['accept-language']
  if (typeof header === 'string') {
    const ranked = header
      .split(',')
      .map((part) => {
        const [tag = '', q] = part.trim().split(';q=')
        return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) }
      })
      .filter((x) => x.q > 0)
      .sort((a, b) => b.q - a.q)
    const match = ranked.find((x) => site.locales.includes(x.lang))
    if (match) return match.lang
  }
  return site.defaultLocale
}
