/** Public URL slugs: readable Latin words from a headline or a name in any of our languages. */
export const SLUG_MAX = 100
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// Ukrainian: the official passport transliteration (KMU 2010); word-initial є, ї, й, ю, я differ.
const UK: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'e',
  ы: 'y',
  э: 'e',
  ъ: '',
}
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }
const RU: Record<string, string> = {
  ...UK,
  г: 'g',
  е: 'e',
  и: 'i',
  й: 'j',
  х: 'kh',
  ц: 'c',
  щ: 'shch',
  ю: 'yu',
  я: 'ya',
  ы: 'y',
  э: 'e',
  ъ: '',
  ё: 'e',
  і: 'i',
  ї: 'yi',
  є: 'ye',
}

/** A readable Latin URL slug from a headline in any of our languages. */
export function slugify(text: string, locale: string): string {
  const table = locale === 'ru' ? RU : UK
  const lower = text.toLowerCase().replace(/['’ʼ`]/g, '')
  let out = ''
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string
    const atWordStart = i === 0 || !/\p{L}/u.test(lower[i - 1] as string)
    out += (locale !== 'ru' && atWordStart ? UK_INITIAL[ch] : undefined) ?? table[ch] ?? ch
  }
  const ascii = out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return truncateAtDash(slug, SLUG_MAX) || 'story'
}

function truncateAtDash(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max + 1)
  const dash = cut.lastIndexOf('-')
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '')
}
